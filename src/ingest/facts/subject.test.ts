import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place, NO_RANKER } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front'),
  actor('brigade', 'Desert Brigade'),
  actor('fulani', 'Fulani', 'community'),
  actor('kone', 'Ibrahim Kone', 'person'),
];
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('menaka', 'Menaka')];
// The trigger table alone, so these tests say what the subject does, not what the trained weights do.

const relationsIn = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, ranker: NO_RANKER }).relations.map((r) => [r.type, r.from.id, r.to.id]);

describe("the document's subject", () => {
  it('reads "it", "its" and "the group" as the actor of the heading', () => {
    const text = 'Northern Liberation Front\n\nIt operates in Kidal and Gao.\n\nThe group split from the Desert Brigade in 2014.';
    expect(relationsIn(text)).toEqual([
      ['operates_in', 'actor:fln', 'place:kidal'],
      ['operates_in', 'actor:fln', 'place:gao'],
      ['split_from', 'actor:fln', 'actor:brigade'],
    ]);
  });

  it('prefers an actor named earlier in the same sentence', () => {
    const text = 'Northern Liberation Front\n\nThe Desert Brigade and its allies are based in Menaka.';
    expect(relationsIn(text)).toContainEqual(['operates_in', 'actor:brigade', 'place:menaka']);
    expect(relationsIn(text)).not.toContainEqual(['operates_in', 'actor:fln', 'place:menaka']);
  });

  it('reads an actor in subject position as the new subject', () => {
    const text = 'Northern Liberation Front\n\nThe Desert Brigade was formed in 2010. It is active in Gao.';
    expect(relationsIn(text)).toEqual([['operates_in', 'actor:brigade', 'place:gao']]);
  });

  it('leaves "they" to an actor of its own sentence, and impersonal "it" alone', () => {
    expect(relationsIn('Northern Liberation Front\n\nVillagers said they are present in Gao.')).toEqual([]);
    expect(relationsIn('Northern Liberation Front\n\nIt is said that fighters operate in Gao.')).toEqual([]);
  });

  it('reads French "il" and "le groupe" the same way', () => {
    const text = 'Northern Liberation Front\n\nLe groupe est implanté dans Kidal. Il a rejoint la Desert Brigade en 2015.';
    expect(relationsIn(text, 'fr')).toEqual([
      ['operates_in', 'actor:fln', 'place:kidal'],
      ['member_of', 'actor:fln', 'actor:brigade'],
    ]);
  });
});

describe('a person in a group’s genitive', () => {
  it('reads the group, not its leader named after "of" or « de », as the subject', () => {
    expect(relationsIn('The Desert Brigade of Ibrahim Kone operates around Menaka.')).toContainEqual(['operates_in', 'actor:brigade', 'place:menaka']);
    expect(relationsIn("La Desert Brigade d'Ibrahim Kone recrute surtout autour de Menaka.", 'fr')).toContainEqual([
      'operates_in',
      'actor:brigade',
      'place:menaka',
    ]);
  });

  it('keeps the subject after a comma that closes the genitive phrase', () => {
    const found = relationsIn('Unlike the Desert Brigade of Ibrahim Kone, the FLN operates around Menaka.');
    expect(found).toContainEqual(['operates_in', 'actor:fln', 'place:menaka']);
    expect(found).not.toContainEqual(['operates_in', 'actor:brigade', 'place:menaka']);
  });
});
