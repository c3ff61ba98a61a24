// Pattern classes added for issue 20's recall: nominal captures, dated lists of places, passives with a phrase before
// "by", French triggers ending in an elided article, French verb forms, plural antecedents. The trigger table alone.
import { describe, expect, it } from 'vitest';
import { testActor as actor, testPlace as place, tableRelations } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('brigade', 'Desert Brigade'),
  actor('coalition', 'Sahel Coalition', 'coalition'),
  actor('army', 'National Army', 'state_force'),
  actor('amadou', 'Amadou Traore', 'person'),
  actor('fulani', 'Fulani', 'community'),
];
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('menaka', 'Menaka'), place('tessalit', 'Tessalit')];
const relationsIn = tableRelations(ACTORS, PLACES);

describe('nominal captures', () => {
  it('reads "the capture of X by Y" and "after the capture of X, Y…" as Y holding X', () => {
    expect(relationsIn('The capture of Gao by the FLN alarmed the capital.')).toContainEqual(['controls', 'actor:fln', 'place:gao']);
    expect(relationsIn('Following the capture of Kidal and Gao, the Desert Brigade declared victory.')).toEqual([
      ['controls', 'actor:brigade', 'place:kidal'],
      ['controls', 'actor:brigade', 'place:gao'],
    ]);
    expect(relationsIn('La prise de Kidal par le FLN a surpris.', 'fr')).toContainEqual(['controls', 'actor:fln', 'place:kidal']);
  });

  it('gives a capture to no one when no group is its agent', () => {
    expect(relationsIn('The capture of Gao was reported on the radio.')).toEqual([]);
  });
});

describe('lists and plural antecedents', () => {
  it('keeps a list of places whose items carry their own dates', () => {
    expect(relationsIn('The FLN captured Kidal on 3 May and Gao on 9 June.')).toEqual([
      ['controls', 'actor:fln', 'place:kidal'],
      ['controls', 'actor:fln', 'place:gao'],
    ]);
  });

  it('keeps a French list whose items repeat their preposition', () => {
    expect(relationsIn('En 2012, le FLN s’est emparé d’Kidal et de Gao.', 'fr')).toEqual([
      ['controls', 'actor:fln', 'place:kidal'],
      ['controls', 'actor:fln', 'place:gao'],
    ]);
  });

  it('gives a place to every actor of the list before the trigger', () => {
    // Taking a town together also makes the two allies (joint-action.ts, coActions).
    expect(relationsIn('The FLN and the Desert Brigade took control of Menaka.')).toEqual([
      ['controls', 'actor:fln', 'place:menaka'],
      ['controls', 'actor:brigade', 'place:menaka'],
      ['allied_with', 'actor:brigade', 'actor:fln'],
    ]);
  });

  it('reads "both groups", "the two groups" and "les deux mouvements" as the groups last named together', () => {
    const text = 'The FLN and the Desert Brigade are rivals. Both groups fought the National Army near Gao. The two groups operate in Kidal.';
    expect(relationsIn(text)).toEqual(
      expect.arrayContaining([
        ['hostile_to', 'actor:army', 'actor:fln'],
        ['hostile_to', 'actor:army', 'actor:brigade'],
        ['operates_in', 'actor:fln', 'place:kidal'],
        ['operates_in', 'actor:brigade', 'place:kidal'],
      ]),
    );
    expect(relationsIn('Le FLN et la Desert Brigade sont rivaux. Les deux mouvements sont actifs dans Kidal.', 'fr')).toEqual([
      ['hostile_to', 'actor:brigade', 'actor:fln'],
      ['operates_in', 'actor:fln', 'place:kidal'],
      ['operates_in', 'actor:brigade', 'place:kidal'],
    ]);
  });

  it('reads "both" alone for a list, but not "both sides of"', () => {
    expect(relationsIn('The FLN and the Desert Brigade met in Gao. Both are based in Tessalit.')).toEqual([
      ['operates_in', 'actor:fln', 'place:tessalit'],
      ['operates_in', 'actor:brigade', 'place:tessalit'],
    ]);
  });
});

describe('passives and French forms', () => {
  it('reads a passive with a date or phrase before "by" or "par"', () => {
    expect(relationsIn('The Desert Brigade was created in August 2014 by Amadou Traore.')).toEqual([['founded', 'actor:amadou', 'actor:brigade']]);
    expect(relationsIn('La Desert Brigade a été créée en août 2014 par Amadou Traore.', 'fr')).toEqual([['founded', 'actor:amadou', 'actor:brigade']]);
    expect(relationsIn('The FLN, led since 2019 by Amadou Traore, grew.')).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
  });

  it('reads French triggers that end in an elided article', () => {
    expect(relationsIn('Amadou Traore, le fondateur d’FLN, a parlé.', 'fr')).toContainEqual(['founded', 'actor:amadou', 'actor:fln']);
  });

  it('reads French verb forms and adverbs: affronte, recrute surtout parmi, actives dans, a pris la tête de', () => {
    expect(relationsIn('Le FLN affronte régulièrement la Desert Brigade.', 'fr')).toEqual([['hostile_to', 'actor:brigade', 'actor:fln']]);
    expect(relationsIn('Le FLN recrute surtout parmi les Fulani.', 'fr')).toEqual([['based_on_community', 'actor:fln', 'actor:fulani']]);
    expect(relationsIn('Les brigades de la Desert Brigade, actives dans Menaka, patrouillent.', 'fr')).toContainEqual([
      'operates_in',
      'actor:brigade',
      'place:menaka',
    ]);
    expect(relationsIn('Amadou Traore a pris la tête de la Sahel Coalition.', 'fr')).toEqual([['leads', 'actor:amadou', 'actor:coalition']]);
  });

  it('reads "a member militia of", "took the helm of", "draws most of its fighters from" and "fought X"', () => {
    expect(relationsIn('The Desert Brigade, a member militia of the Sahel Coalition, grew.')).toContainEqual(['member_of', 'actor:brigade', 'actor:coalition']);
    expect(relationsIn('Amadou Traore took the helm of the FLN.')).toEqual([['leads', 'actor:amadou', 'actor:fln']]);
    expect(relationsIn('The FLN draws most of its fighters from the Fulani.')).toEqual([['based_on_community', 'actor:fln', 'actor:fulani']]);
    expect(relationsIn('The FLN fought the National Army.')).toEqual([['hostile_to', 'actor:army', 'actor:fln']]);
    expect(relationsIn('The FLN fought alongside the National Army.')).not.toContainEqual(['hostile_to', 'actor:army', 'actor:fln']);
  });
});

describe('clauses between the subject and the trigger', () => {
  it('skips an apposition or a relative clause to find the subject before it', () => {
    expect(relationsIn('The FLN, a member militia of the Sahel Coalition, draws most of its fighters from the Fulani.')).toContainEqual([
      'based_on_community',
      'actor:fln',
      'actor:fulani',
    ]);
    expect(relationsIn('The FLN, which is led by Amadou Traore, recruits mainly among the Fulani.')).toEqual(
      expect.arrayContaining([
        ['leads', 'actor:amadou', 'actor:fln'],
        ['based_on_community', 'actor:fln', 'actor:fulani'],
      ]),
    );
  });

  it('reads an object relative clause: "the group that X founded"', () => {
    expect(relationsIn('The Desert Brigade is the group that Amadou Traore founded before he joined the FLN.')).toContainEqual([
      'founded',
      'actor:amadou',
      'actor:brigade',
    ]);
    expect(relationsIn('The Desert Brigade is the group that Amadou Traore founded before he joined the FLN.')).not.toContainEqual([
      'founded',
      'actor:amadou',
      'actor:fln',
    ]);
  });

  it('reads a community named in a group’s noun phrase as its base, but not across a verb', () => {
    expect(relationsIn('The Fulani separatist FLN attacked Gao.')).toContainEqual(['based_on_community', 'actor:fln', 'actor:fulani']);
    expect(relationsIn('The Fulani attacked the FLN.')).not.toContainEqual(['based_on_community', 'actor:fln', 'actor:fulani']);
  });

  it('reads "that militia" as the group named last, not the document’s subject', () => {
    const text = 'Sahel Coalition\n\nThe Sahel Coalition fought the Desert Brigade in 2019. That militia operates in Menaka.';
    expect(relationsIn(text)).toContainEqual(['operates_in', 'actor:brigade', 'place:menaka']);
    expect(relationsIn(text)).not.toContainEqual(['operates_in', 'actor:coalition', 'place:menaka']);
  });
});

describe('splits told from the parent', () => {
  it('reads "X split into A and B" and "the X-splinter Y"', () => {
    expect(relationsIn('In 2017 the Sahel Coalition split along clan lines into the FLN and the Desert Brigade.')).toEqual([
      ['split_from', 'actor:fln', 'actor:coalition'],
      ['split_from', 'actor:brigade', 'actor:coalition'],
    ]);
    expect(relationsIn('The group later split into several factions, including the FLN.', 'en')).toEqual([]);
    expect(relationsIn('Gao was held by the Desert Brigade-splinter FLN.')).toContainEqual(['split_from', 'actor:fln', 'actor:brigade']);
    expect(relationsIn('La Sahel Coalition s’est scindée en 2017 en deux groupes, dont le FLN.', 'fr')).toEqual([
      ['split_from', 'actor:fln', 'actor:coalition'],
    ]);
  });
});
