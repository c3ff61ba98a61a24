// Pattern classes added in session 12 for relations on unseen reports: clauses opened by a pronoun, list items that
// are a branch of a group, French participles, defeat and side-by-side phrasing, passive successions, spokesmen, and
// French lists of districts. Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { testActor as actor, testPlace as place, tableRelations } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('brigade', 'Desert Brigade'),
  actor('union', 'Union of Patriots', 'armed_group', ['UP']),
  actor('coalition', 'Sahel Coalition', 'coalition'),
  actor('state-org', 'Islamic Caliphate', 'armed_group'),
  actor('army', 'National Army', 'state_force'),
  actor('mission', 'Operation Dune', 'international_force'),
  actor('force', 'Operation Sable', 'international_force'),
  actor('amadou', 'Amadou Traore', 'person'),
];
const cercle = (slug: string, name: string): Place => ({ id: `place:${slug}-cercle`, kind: 'cercle', name: `${name} Cercle`, country: 'ML' });
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('sadou', 'Sadou'), place('wara', 'Wara'), cercle('sadou', 'Sadou'), cercle('wara', 'Wara')];
const relationsIn = tableRelations(ACTORS, PLACES);

describe('a pronoun opening a clause', () => {
  it('is not an item of the list before it ("X left Y, and it …")', () => {
    expect(relationsIn('The FLN left the Islamic Caliphate, and it has been at war with the Desert Brigade since 2019.')).toEqual([
      ['hostile_to', 'actor:brigade', 'actor:fln'],
    ]);
  });
});

describe('a list item that is a branch of a group', () => {
  it('keeps the list whole and reads no affiliation of the other items', () => {
    const found = relationsIn('In 2017 the FLN, the Desert Brigade and the Saharan branch of the Union of Patriots merged into the Sahel Coalition.');
    expect(found).toEqual(
      expect.arrayContaining([
        ['merged_into', 'actor:fln', 'actor:coalition'],
        ['merged_into', 'actor:brigade', 'actor:coalition'],
        ['merged_into', 'actor:union', 'actor:coalition'],
      ]),
    );
    expect(found.filter(([type]) => type === 'affiliated_with')).toEqual([]);
  });
});

describe('hostility', () => {
  it('reads French participles and the passé simple: a affronté, avaient combattu', () => {
    expect(relationsIn('Le FLN a affronté la Desert Brigade près de Gao.', 'fr')).toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
    expect(relationsIn('Le FLN, qui avait combattu la Desert Brigade en 2018, a perdu ses positions.', 'fr')).toContainEqual([
      'hostile_to',
      'actor:brigade',
      'actor:fln',
    ]);
    // A reflexive form is mutual, read by the pairwise pattern, not as the subject facing a later actor.
    expect(relationsIn('Le FLN et la Desert Brigade se sont affrontés, puis le FLN a rejoint la Sahel Coalition.', 'fr')).not.toContainEqual([
      'hostile_to',
      'actor:coalition',
      'actor:fln',
    ]);
  });

  it('reads a defeat or a war waged on another', () => {
    expect(relationsIn('In Gao, the FLN routed the Desert Brigade on 27 June.')).toEqual([['hostile_to', 'actor:brigade', 'actor:fln']]);
    expect(relationsIn('From 2020 the FLN also waged open war on the Desert Brigade.')).toEqual([['hostile_to', 'actor:brigade', 'actor:fln']]);
  });
});

describe('alliance and succession', () => {
  it('reads fighting side by side as an alliance', () => {
    expect(relationsIn('The FLN and the Desert Brigade fought there side by side.')).toEqual([['allied_with', 'actor:brigade', 'actor:fln']]);
    expect(relationsIn('Le FLN et la Desert Brigade ont combattu côte à côte.', 'fr')).toContainEqual(['allied_with', 'actor:brigade', 'actor:fln']);
  });

  it('reads a passive replacement: the actor after "by"/"par" succeeds the one before', () => {
    expect(relationsIn('In 2014 Operation Dune was replaced by Operation Sable.')).toEqual([['successor_of', 'actor:force', 'actor:mission']]);
    expect(relationsIn('En 2014, Operation Dune a été remplacée par Operation Sable.', 'fr')).toEqual([['successor_of', 'actor:force', 'actor:mission']]);
  });
});

describe('membership', () => {
  it('reads a spokesman for a group as a member, through a relative clause', () => {
    expect(relationsIn('Amadou Traore, who had been a spokesman for the FLN, left in 2015.')).toEqual([['member_of', 'actor:amadou', 'actor:fln']]);
    expect(relationsIn('Amadou Traore, porte-parole du FLN, a démenti.', 'fr')).toContainEqual(['member_of', 'actor:amadou', 'actor:fln']);
  });
});

describe('French lists of districts', () => {
  it('reads every name of "les cercles de A et de B" as its cercle', () => {
    expect(relationsIn('Le FLN opère dans les cercles de Sadou et de Wara.', 'fr')).toEqual([
      ['operates_in', 'actor:fln', 'place:sadou-cercle'],
      ['operates_in', 'actor:fln', 'place:wara-cercle'],
    ]);
    expect(relationsIn('Le FLN opère dans les cercles de Sadou, de Kidal et de Wara.', 'fr')).toEqual([
      ['operates_in', 'actor:fln', 'place:sadou-cercle'],
      ['operates_in', 'actor:fln', 'place:kidal'],
      ['operates_in', 'actor:fln', 'place:wara-cercle'],
    ]);
  });
});

describe('allies acting with a group', () => {
  const withAllies = tableRelations([...ACTORS, actor('mali', 'Mali', 'state')], PLACES);
  it('reads "X et leurs alliés du groupe Y" and "X and its allies Y" as one subject', () => {
    expect(withAllies('Le FLN et leurs alliés du groupe Desert Brigade tiennent Kidal depuis 2014.', 'fr')).toEqual(
      expect.arrayContaining([
        ['controls', 'actor:fln', 'place:kidal'],
        ['controls', 'actor:brigade', 'place:kidal'],
      ]),
    );
  });

  it('leaves "et ses alliés" alone when no actor stands before "et"', () => {
    const found = withAllies('Le FLN a quitté Gao ; l’armée et ses alliés de la Desert Brigade ont affronté le National Army.', 'fr');
    expect(found).not.toContainEqual(['hostile_to', 'actor:army', 'actor:fln']);
  });
});

describe('supporters in the active voice', () => {
  it('reads "Y backed X", "Y soutient X", "Y a épaulé X" as X supported by Y', () => {
    expect(relationsIn('Operation Sable backed the FLN and the Desert Brigade in 2018.')).toEqual([
      ['supported_by', 'actor:fln', 'actor:force'],
      ['supported_by', 'actor:brigade', 'actor:force'],
    ]);
    expect(relationsIn('Operation Sable a épaulé la National Army pendant les combats.', 'fr')).toEqual([['supported_by', 'actor:army', 'actor:force']]);
    expect(relationsIn('The FLN was backed by Operation Sable.')).toEqual([['supported_by', 'actor:fln', 'actor:force']]);
  });

  it('reads no support in an adjective ("the armed FLN")', () => {
    expect(relationsIn('Operation Sable fought the armed FLN.')).not.toContainEqual(['supported_by', 'actor:fln', 'actor:force']);
  });
});

describe('subjects across clauses and sentences', () => {
  it('reads "la ville" after a seizure as the place named last', () => {
    expect(relationsIn('En juin 2012, le FLN chasse la Desert Brigade de Gao et s’empare de la ville.', 'fr')).toContainEqual([
      'controls',
      'actor:fln',
      'place:gao',
    ]);
    expect(relationsIn('En juin 2012, le FLN chasse la Desert Brigade de Gao et s’empare de la ville.', 'fr')).not.toContainEqual([
      'controls',
      'actor:brigade',
      'place:gao',
    ]);
  });

  it('reads "celui-ci" as the actor named last before it', () => {
    expect(relationsIn('Amadou Traore a pris la tête du FLN. Celui-ci opère surtout dans la région de Kidal.', 'fr')).toContainEqual([
      'operates_in',
      'actor:fln',
      'place:kidal',
    ]);
  });

  it('reads an offensive somewhere as operating there', () => {
    expect(relationsIn('The National Army launched an offensive across Gao.')).toEqual([['operates_in', 'actor:army', 'place:gao']]);
    expect(relationsIn('Le FLN mène une offensive dans les cercles de Sadou et de Wara.', 'fr')).toEqual([
      ['operates_in', 'actor:fln', 'place:sadou-cercle'],
      ['operates_in', 'actor:fln', 'place:wara-cercle'],
    ]);
  });

  it('takes no subject from an opening participial phrase for the next sentence', () => {
    const text =
      'Northern Liberation Front\n\nAllié à la Desert Brigade pendant l’occupation, le groupe a perdu Gao. En 2013, il a rejoint la Sahel Coalition.';
    expect(relationsIn(text, 'fr')).toContainEqual(['member_of', 'actor:fln', 'actor:coalition']);
    expect(relationsIn(text, 'fr')).not.toContainEqual(['member_of', 'actor:brigade', 'actor:coalition']);
  });
});

describe('places, subjects and banners in longer clauses', () => {
  const wider = tableRelations(
    [...ACTORS, actor('niger', 'Niger', 'state')],
    [...PLACES, { id: 'place:niger', kind: 'country', name: 'Niger', country: 'NE' }],
  );

  it('reads a country after "of" as part of the place before it, so the list goes on', () => {
    expect(wider('The FLN operates mainly in Kidal of Niger and in Gao of Niger.')).toEqual(
      expect.arrayContaining([
        ['operates_in', 'actor:fln', 'place:kidal'],
        ['operates_in', 'actor:fln', 'place:gao'],
      ]),
    );
  });

  it('gives a second relative clause ("and which") the first one’s antecedent', () => {
    expect(relationsIn('Officials blame the FLN, which recruits widely and which has been fighting the National Army for years.')).toContainEqual([
      'hostile_to',
      'actor:army',
      'actor:fln',
    ]);
    expect(relationsIn('Officials blame the FLN, which recruits widely and which has been active around Gao for years.')).toContainEqual([
      'operates_in',
      'actor:fln',
      'place:gao',
    ]);
  });

  it('reads a participial phrase without commas as qualifying the actor before it', () => {
    expect(relationsIn('Depuis août, le FLN dirigé par Amadou Traore impose un blocus à Gao.', 'fr')).toEqual([
      ['leads', 'actor:amadou', 'actor:fln'],
      ['operates_in', 'actor:fln', 'place:gao'],
    ]);
    expect(relationsIn('The FLN led by Amadou Traore attacked the Desert Brigade.')).toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
  });

  it('reads a blockade or an encirclement as operating there', () => {
    expect(relationsIn('The FLN, which has blockaded towns across Kidal, struck again.')).toEqual([['operates_in', 'actor:fln', 'place:kidal']]);
    expect(relationsIn('Le FLN, qui encercle Gao depuis août, n’a pas combattu.', 'fr')).toEqual([['operates_in', 'actor:fln', 'place:gao']]);
  });

  it('reads fighting under a group’s banner as membership', () => {
    expect(relationsIn('The Desert Brigade now fights under the FLN’s banner.')).toEqual([['member_of', 'actor:brigade', 'actor:fln']]);
    expect(relationsIn('La Desert Brigade combat sous la bannière du FLN.', 'fr')).toContainEqual(['member_of', 'actor:brigade', 'actor:fln']);
  });
});

describe('holding, units, fire and sides', () => {
  it('reads ruling a place and extending a hold over it as control', () => {
    expect(relationsIn('In 2012 the FLN ruled Kidal.')).toEqual([['controls', 'actor:fln', 'place:kidal']]);
    expect(relationsIn('Le FLN a étendu son emprise sur Gao.', 'fr')).toEqual([['controls', 'actor:fln', 'place:gao']]);
  });

  it('reads "X, a unit of Y" as membership', () => {
    expect(relationsIn('The Desert Brigade, a unit of the FLN, claimed the attack.')).toEqual([['member_of', 'actor:brigade', 'actor:fln']]);
  });

  it('reads coming under fire, pushing out, and siding with', () => {
    expect(relationsIn('A column of the National Army came under fire from the FLN.')).toEqual([['hostile_to', 'actor:army', 'actor:fln']]);
    expect(relationsIn('The FLN seized Kidal, pushing out the Desert Brigade.')).toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
    expect(relationsIn('The Desert Brigade has generally sided with the National Army.')).toEqual([['allied_with', 'actor:army', 'actor:brigade']]);
  });
});

describe('the subject of a sentence that opens with a phrase', () => {
  it('reads a pronoun after an opening prepositional phrase as the document’s subject', () => {
    const text = 'Northern Liberation Front\n\nLe FLN est actif à Gao. À la différence de la Desert Brigade, il a beaucoup recruté parmi les Fulani.';
    const relationsWithFulani = tableRelations([...ACTORS, actor('fulani', 'Fulani', 'community')], PLACES);
    expect(relationsWithFulani(text, 'fr')).toContainEqual(['based_on_community', 'actor:fln', 'actor:fulani']);
    expect(relationsWithFulani(text, 'fr')).not.toContainEqual(['based_on_community', 'actor:brigade', 'actor:fulani']);
  });
});

describe('an opening subordinate clause', () => {
  it('keeps the actor named inside it out of the main clause’s subjects', () => {
    const found = relationsIn('Although briefly allied to the Desert Brigade, the FLN has repeatedly clashed with the National Army since 2012.');
    expect(found).toContainEqual(['hostile_to', 'actor:army', 'actor:fln']);
    expect(found).not.toContainEqual(['hostile_to', 'actor:army', 'actor:brigade']);
  });
});

describe('"intégrer" as absorbing people', () => {
  it('reads no membership when a force takes in fighters of a group', () => {
    expect(relationsIn('La National Army a intégré des ex-combattants du FLN en 2015.', 'fr')).not.toContainEqual(['member_of', 'actor:army', 'actor:fln']);
  });

  it('still reads joining the ranks of a group', () => {
    expect(relationsIn('En 2017, le FLN a intégré les rangs de la Sahel Coalition.', 'fr')).toContainEqual(['member_of', 'actor:fln', 'actor:coalition']);
  });
});
