// Relations stated by a copula and a relational noun whose other end is a pronoun: the clitic "en", a possessive,
// and the relatives "dont" / "whose" / "of which". The trigger table alone.
import { describe, expect, it } from 'vitest';
import { testActor as actor, tableRelations, TEST_GROUPS } from './testing.js';

const ACTORS = [...TEST_GROUPS, actor('amadou', 'Amadou Traore', 'person')];
const relationsIn = tableRelations(ACTORS);

describe('the clitic "en"', () => {
  it('reads "X en est le chef" and "A et B en sont les membres" as ties to the group the text is about', () => {
    const leads = 'Le FLN est apparu dans le nord. Amadou Traore en est le secrétaire général depuis 2014.';
    expect(relationsIn(leads, 'fr')).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
    const members = 'La Sahel Union est une coalition. Le FLN, la Desert Brigade et la River Guard en sont les membres fondateurs.';
    expect(relationsIn(members, 'fr')).toEqual(
      expect.arrayContaining([
        ['member_of', 'actor:fln', 'actor:union'],
        ['member_of', 'actor:brigade', 'actor:union'],
        ['member_of', 'actor:guard', 'actor:union'],
      ]),
    );
  });

  it('reads "X en est issu" as a split from the group the text is about', () => {
    expect(relationsIn('Le FLN a longtemps dominé la région. La Desert Brigade, apparue en 2009, en est issue.', 'fr')).toContainEqual([
      'split_from',
      'actor:brigade',
      'actor:fln',
    ]);
  });

  it('leaves the preposition "en" alone', () => {
    expect(relationsIn('Le FLN est apparu en 2012. Amadou Traore est arrivé en 2014.', 'fr')).toEqual([]);
  });
});

describe('possessives after a copula', () => {
  it('reads "X is its leader" and "X est son fondateur"', () => {
    expect(relationsIn('The FLN appeared in 2012. Amadou Traore is its leader.')).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
    expect(relationsIn('Le FLN est apparu en 2012. Amadou Traore est son fondateur.', 'fr')).toContainEqual(['founded', 'actor:amadou', 'actor:fln']);
  });
});

describe('relatives', () => {
  it('reads "dont X est le chef", "dont est issu X" and "whose leader is X" as ties to the antecedent', () => {
    expect(relationsIn('Le FLN, dont Amadou Traore est le chef, a attaqué hier.', 'fr')).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
    expect(relationsIn('Le FLN, dont est issue la Desert Brigade, recrute.', 'fr')).toContainEqual(['split_from', 'actor:brigade', 'actor:fln']);
    expect(relationsIn('The FLN, whose leader is Amadou Traore, recruits widely.')).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
    expect(relationsIn('The Sahel Union, of which the FLN is a member, recruits.')).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
  });

  it('reads a subject pronoun after "dont" as the text’s subject, not the antecedent', () => {
    const text = 'La Desert Brigade est apparue en 2013. Elle a rompu avec le FLN, dont elle est issue.';
    expect(relationsIn(text, 'fr')).toContainEqual(['split_from', 'actor:brigade', 'actor:fln']);
  });
});

describe('a relational noun with its "of", then a copula', () => {
  it('reads "Le secrétaire général du mouvement est X", "the founder of the FLN was X" as the holder’s tie', () => {
    expect(relationsIn('Le FLN est apparu dans le nord. Le secrétaire général du mouvement est Amadou Traore.', 'fr')).toContainEqual([
      'leads',
      'actor:amadou',
      'actor:fln',
    ]);
    expect(relationsIn('Le secrétaire général du FLN est Amadou Traore.', 'fr')).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
    expect(relationsIn('In 2012 the founder of the FLN was Amadou Traore.')).toContainEqual(['founded', 'actor:amadou', 'actor:fln']);
  });

  it('reads nothing when the complement names no one', () => {
    expect(relationsIn('The leader of the FLN is a former soldier.')).toEqual([]);
  });
});
