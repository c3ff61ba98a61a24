// French structures the trigger table missed: "du groupe" / "au mouvement" as the group the text is about, a noun's kind
// agreeing with the actor it stands for ("la coalition"), an adjective between a relational noun and its "de", reflexive
// alliance, transitive "rallier", a group noun that introduces a name, and a relational noun that is an item of a list.
// English where the same structure exists. The trigger table alone.
import { describe, expect, it } from 'vitest';
import { testActor as actor, tableRelations, TEST_GROUPS } from './testing.js';

const ACTORS = [
  ...TEST_GROUPS,
  actor('amadou', 'Amadou Traore', 'person'),
  actor('army', 'National Army', 'state_force'),
  actor('wagner', 'Wagner', 'armed_group'),
];
const relationsIn = tableRelations(ACTORS);

describe('the group the text is about', () => {
  it('reads "du groupe" and "au mouvement" as that group', () => {
    expect(relationsIn('Le FLN est un mouvement armé. Amadou Traore est le chef du groupe.', 'fr')).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
    expect(relationsIn('Le FLN est un mouvement armé. La River Guard s’est ralliée au mouvement en 2015.', 'fr')).toContainEqual([
      'member_of',
      'actor:guard',
      'actor:fln',
    ]);
  });

  it('reads "la coalition" as a coalition, not the armed group named just before', () => {
    const text = 'La Sahel Union est née en 2017. Amadou Traore, le fondateur de la Desert Brigade, a pris la tête de la coalition.';
    const out = relationsIn(text, 'fr');
    expect(out).toContainEqual(['leads', 'actor:amadou', 'actor:union']);
    expect(out).not.toContainEqual(['leads', 'actor:amadou', 'actor:brigade']);
    const en = 'The Sahel Union was formed in 2017. Amadou Traore, the founder of the Desert Brigade, became the leader of the coalition.';
    expect(relationsIn(en)).toContainEqual(['leads', 'actor:amadou', 'actor:union']);
  });

  it('leaves "le groupe Wagner" alone: the noun introduces the name', () => {
    const text = 'Le FLN est un mouvement armé. La National Army et ses alliés du groupe Wagner patrouillent.';
    expect(relationsIn(text, 'fr')).not.toContainEqual(['allied_with', 'actor:army', 'actor:fln']);
  });
});

describe('French relational nouns', () => {
  it('reads an adjective between the noun and its "de"', () => {
    expect(relationsIn('Amadou Traore est le chef historique du FLN.', 'fr')).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
    expect(relationsIn('La Desert Brigade est la branche sahélienne du FLN.', 'fr')).toContainEqual(['affiliated_with', 'actor:brigade', 'actor:fln']);
    expect(relationsIn('La River Guard est une composante principale de la Sahel Union.', 'fr')).toContainEqual(['member_of', 'actor:guard', 'actor:union']);
  });

  it('keeps "chef militaire" a commander, not a leader', () => {
    expect(relationsIn('Amadou Traore, chef militaire du FLN, parle.', 'fr')).not.toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
  });

  it('reads a relational noun after "et" as an item of a list, not a predicate', () => {
    const text = 'Le FLN, la River Guard et la branche saharienne de la Desert Brigade ont signé.';
    expect(relationsIn(text, 'fr')).not.toContainEqual(['affiliated_with', 'actor:fln', 'actor:brigade']);
    expect(relationsIn('The FLN, the River Guard and the branch of the Desert Brigade signed.')).not.toContainEqual([
      'affiliated_with',
      'actor:fln',
      'actor:brigade',
    ]);
  });
});

describe('French verbs', () => {
  it('reads "se sont alliés" between the actors before it, and transitive "a rallié"', () => {
    expect(relationsIn('En 2012, le FLN et la Desert Brigade se sont alliés.', 'fr')).toContainEqual(['allied_with', 'actor:brigade', 'actor:fln']);
    expect(relationsIn('En 2017, la River Guard a rallié la Sahel Union.', 'fr')).toContainEqual(['member_of', 'actor:guard', 'actor:union']);
  });
});

describe('"the group" inside a sentence', () => {
  it('is the document’s subject after a participial phrase naming other groups, not the group named last', () => {
    const text = 'Le FLN est né en 2011. Allié à la River Guard et à la Desert Brigade en 2012, le groupe a perdu Gao en 2013.';
    const out = relationsIn(text, 'fr');
    expect(out).toContainEqual(['allied_with', 'actor:fln', 'actor:guard']);
    expect(out).toContainEqual(['allied_with', 'actor:brigade', 'actor:fln']);
  });

  it('is the actor an apposition follows ("X, the group that Y founded")', () => {
    const text = 'The Sahel Union grew. In 2012 he joined the FLN, the group that Amadou Traore founded that year.';
    expect(relationsIn(text)).toContainEqual(['founded', 'actor:amadou', 'actor:fln']);
  });
});
