// Clause structure around a trigger: a relative clause's subject for an adverbial ("qui avaient combattu X aux côtés de
// Y"), an object relative with an adverb and a long name ("which the Long Name (LN) later joined"), a denial ("denies
// any cooperation with"), a joint operation named as an object ("ambushed a joint patrol"), and "chef d'état-major".
// The trigger table alone.
import { describe, expect, it } from 'vitest';
import { testActor as actor, tableRelations } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('brigade', 'Desert Brigade'),
  actor('guard', 'River Guard'),
  actor('union', 'Sahel Union', 'coalition', ['SU']),
  actor('force', 'Lake Force', 'international_force'),
  actor('amadou', 'Amadou Traore', 'person'),
];
const relationsIn = tableRelations(ACTORS);

describe('relative clauses', () => {
  it('gives an adverbial inside a relative clause to the clause’s antecedent, not to the object before it', () => {
    const fr = relationsIn('Le FLN et la River Guard, qui avaient combattu la Desert Brigade aux côtés de la Lake Force, ont reculé.', 'fr');
    expect(fr).toContainEqual(['allied_with', 'actor:fln', 'actor:force']);
    expect(fr).not.toContainEqual(['allied_with', 'actor:brigade', 'actor:force']);
    const en = relationsIn('The FLN, which fought the Desert Brigade alongside the Lake Force, withdrew.');
    expect(en).toContainEqual(['allied_with', 'actor:fln', 'actor:force']);
    expect(en).not.toContainEqual(['allied_with', 'actor:brigade', 'actor:force']);
  });

  it('reads an object relative with an adverb and a long name with its acronym', () => {
    expect(relationsIn('The groups set up the Sahel Union (SU), which the Northern Liberation Front (FLN) later joined.')).toContainEqual([
      'member_of',
      'actor:fln',
      'actor:union',
    ]);
    expect(relationsIn('Ils ont fondé la Sahel Union, que le FLN a ensuite rejoint.', 'fr')).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
  });
});

describe('statements that are not ties', () => {
  it('drops a tie the sentence denies', () => {
    expect(relationsIn('The River Guard denies any cooperation with the FLN.')).toEqual([]);
    expect(relationsIn('La River Guard dément toute alliance avec le FLN.', 'fr')).toEqual([]);
  });

  it('pairs no one with the subject of "ambushed a joint patrol"', () => {
    expect(relationsIn('FLN fighters ambushed a joint patrol near the border, killing soldiers of the Lake Force.')).not.toContainEqual([
      'allied_with',
      'actor:fln',
      'actor:force',
    ]);
    expect(relationsIn('The FLN and the Desert Brigade conducted joint patrols.')).toContainEqual(['allied_with', 'actor:brigade', 'actor:fln']);
  });

  it('reads "chef d’état-major" as no leadership of a group', () => {
    expect(relationsIn('Amadou Traore, chef d’état-major de la Lake Force, a parlé.', 'fr')).not.toContainEqual(['leads', 'actor:amadou', 'actor:force']);
  });
});
