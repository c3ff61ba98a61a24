import { describe, expect, it } from 'vitest';
import { frenchFinite, frenchVerb } from './french-verbs.js';
import { testActor as actor, testPlace as place, tableRelations } from './testing.js';

const whole = (source: string) => new RegExp(`^${source}$`, 'iu');

describe('frenchVerb', () => {
  it('conjugates regular -er verbs with their accent and soft-g changes', () => {
    expect(['intègre', 'intègrent', 'intégrait', 'intégra', 'intégrèrent'].every((w) => whole(frenchFinite('intégrer')).test(w))).toBe(true);
    expect(['dirige', 'dirigeait', 'dirigea', 'dirigèrent'].every((w) => whole(frenchFinite('diriger')).test(w))).toBe(true);
    expect(whole(frenchFinite('diriger')).test('dirigé')).toBe(false);
  });

  it('reads the compound past with an adverb after the auxiliary', () => {
    expect(whole(frenchVerb('diriger')).test('a longtemps dirigé')).toBe(true);
    expect(whole(frenchVerb('occuper')).test('avaient occupée')).toBe(true);
    expect(whole(frenchVerb('rejoindre')).test('rejoignirent')).toBe(true);
  });

  it('conjugates any verb of the lexicon and refuses a word it lacks', () => {
    expect(whole(frenchVerb('courir')).test('a couru')).toBe(true);
    expect(() => frenchVerb('zorglubber')).toThrow();
  });
});

const relationsIn = tableRelations(
  [
    actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
    actor('coalition', 'Sahel Coalition', 'coalition'),
    actor('amadou', 'Amadou Traore', 'person'),
  ],
  [place('kidal', 'Kidal')],
);

describe('French triggers in every tense', () => {
  it('reads the present and passé simple of joining, founding, leading and holding', () => {
    expect(relationsIn('En 2017, le FLN rejoignit la Sahel Coalition.', 'fr')).toEqual([['member_of', 'actor:fln', 'actor:coalition']]);
    expect(relationsIn('Le FLN intègre la Sahel Coalition en 2017.', 'fr')).toEqual([['member_of', 'actor:fln', 'actor:coalition']]);
    expect(relationsIn('Amadou Traore fonde le FLN en 2012.', 'fr')).toEqual([['founded', 'actor:amadou', 'actor:fln']]);
    expect(relationsIn('Amadou Traore dirigea le FLN.', 'fr')).toEqual([['leads', 'actor:amadou', 'actor:fln']]);
    expect(relationsIn('Le FLN occupa Kidal en 2012.', 'fr')).toEqual([['controls', 'actor:fln', 'place:kidal']]);
  });

  it('reads commanding one of a group’s units as membership', () => {
    expect(relationsIn('Amadou Traore a commandé l’une des katibas du FLN.', 'fr')).toEqual([['member_of', 'actor:amadou', 'actor:fln']]);
    expect(relationsIn('Amadou Traore commanded one of the FLN’s units.')).toEqual([['member_of', 'actor:amadou', 'actor:fln']]);
  });
});
