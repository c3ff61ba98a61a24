// Trigger phrases added for issue 20's recall, English and French. The trigger table alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, tableRelations, NO_RANKER } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('brigade', 'Desert Brigade'),
  actor('union', 'Sahel Union', 'coalition'),
  actor('army', 'National Army', 'state_force'),
  actor('amadou', 'Amadou Traore', 'person'),
  actor('peul', 'Fulani', 'community', ['Peuls']),
];
const relationsIn = tableRelations(ACTORS);

describe('membership', () => {
  it('reads "another component of", "one of the members of", "composante du", "membre de la", "font partie du"', () => {
    expect(relationsIn('The FLN is another component of the Sahel Union.')).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
    expect(relationsIn('The FLN has been one of the members of the Sahel Union.')).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
    expect(relationsIn('Le FLN devient une composante du Sahel Union.', 'fr')).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
    expect(relationsIn('La Desert Brigade, elle-même membre de la Sahel Union, recrute.', 'fr')).toContainEqual(['member_of', 'actor:brigade', 'actor:union']);
  });
});

describe('alliances told by a coalition', () => {
  it('reads "in coalition with", "formed a coalition with", « en coalition avec » as an alliance, never as membership', () => {
    expect(relationsIn('The FLN fought in coalition with the Desert Brigade in 2015.')).toEqual([['allied_with', 'actor:brigade', 'actor:fln']]);
    expect(relationsIn('The FLN formed a coalition with the Desert Brigade in 2015.')).toEqual([['allied_with', 'actor:brigade', 'actor:fln']]);
    expect(relationsIn('Le FLN a combattu en coalition avec la Desert Brigade.', 'fr')).toEqual([['allied_with', 'actor:brigade', 'actor:fln']]);
    // Fighting inside a coalition is still membership.
    expect(relationsIn('The FLN fought in the Sahel Union until 2016.')).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
  });
});

describe('hostility', () => {
  it('reads an attack on a group or force, but not on a community', () => {
    expect(relationsIn('The FLN ambushed the National Army.')).toContainEqual(['hostile_to', 'actor:army', 'actor:fln']);
    expect(relationsIn('Des combattants du FLN ont attaqué un poste de la National Army.', 'fr')).toContainEqual(['hostile_to', 'actor:army', 'actor:fln']);
    expect(relationsIn('The FLN attacked Fulani villages.')).toEqual([]);
  });

  it('reads "fought each other" and "s’affrontent" between the actors named before', () => {
    expect(relationsIn('The FLN and the Desert Brigade fought each other.')).toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
    expect(relationsIn('Le FLN et la Desert Brigade s’affrontent.', 'fr')).toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
  });

  it('reads "chasse X de" as hostility', () => {
    expect(relationsIn('Le FLN chasse la Desert Brigade de la ville.', 'fr')).toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
  });
});

describe('leadership, affiliation and support', () => {
  it('reads "took over the group" as leading it, not "took over from"', () => {
    expect(relationsIn('Desert Brigade\n\nIn 2017 Amadou Traore took over the group.')).toContainEqual(['leads', 'actor:amadou', 'actor:brigade']);
    expect(relationsIn('Amadou Traore took over from the Desert Brigade.')).toEqual([]);
  });

  it('reads "se réclame de" as an affiliation and "épaulée par" as support', () => {
    expect(relationsIn('Le FLN, qui se réclame de la Sahel Union, recrute.', 'fr')).toContainEqual(['affiliated_with', 'actor:fln', 'actor:union']);
    expect(relationsIn('La National Army, épaulée par la Desert Brigade, patrouille.', 'fr')).toContainEqual(['supported_by', 'actor:army', 'actor:brigade']);
  });
});

describe('coalitions formed by groups, mergers, French phrasings', () => {
  const more = [...ACTORS, actor('guard', 'River Guard')];
  const rel = (text: string, language = 'en') =>
    extract({ text, language, actors: more, places: [], ranker: NO_RANKER }).relations.map((r) => [r.type, r.from.id, r.to.id]);

  it('reads groups that form a coalition as its members and founders, and a person who forms a group as its founder', () => {
    expect(rel('The FLN and the Desert Brigade formed the Sahel Union in 2017.')).toEqual([
      ['member_of', 'actor:fln', 'actor:union'],
      ['member_of', 'actor:brigade', 'actor:union'],
      ['founded', 'actor:fln', 'actor:union'],
      ['founded', 'actor:brigade', 'actor:union'],
    ]);
    expect(rel('The Sahel Union was formed by the FLN and the Desert Brigade.')).toContainEqual(['member_of', 'actor:brigade', 'actor:union']);
    expect(rel('The FLN is one of the groups that formed the Sahel Union.')).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
    expect(rel('Amadou Traore formed the Desert Brigade.')).toEqual([['founded', 'actor:amadou', 'actor:brigade']]);
  });

  it('reads "né de la fusion de" and "born of the merger of" as the groups after merging into the one before', () => {
    expect(rel('La River Guard est née de la fusion du FLN et de la Desert Brigade.', 'fr')).toEqual([
      ['merged_into', 'actor:fln', 'actor:guard'],
      ['merged_into', 'actor:brigade', 'actor:guard'],
    ]);
    expect(rel('The River Guard, born of the merger of the FLN and the Desert Brigade, grew.')).toContainEqual(['merged_into', 'actor:fln', 'actor:guard']);
  });

  it('reads "liée à", "s’est rallié à", "lutte contre", "rivaux" and an adverbial "aux côtés de" on the subject', () => {
    expect(rel('Le FLN, lié à la Sahel Union, recrute.', 'fr')).toContainEqual(['affiliated_with', 'actor:fln', 'actor:union']);
    expect(rel('Le FLN s’est rallié à la Sahel Union.', 'fr')).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
    expect(rel('Le FLN lutte contre la Desert Brigade.', 'fr')).toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
    expect(rel('Le FLN et la Desert Brigade, rivaux depuis 2020, recrutent.', 'fr')).toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
    const side = rel('Le FLN combat la River Guard aux côtés de la Desert Brigade.', 'fr');
    expect(side).toContainEqual(['allied_with', 'actor:brigade', 'actor:fln']);
    expect(side).not.toContainEqual(['allied_with', 'actor:brigade', 'actor:guard']);
  });
});

describe('intentions', () => {
  const places = [{ id: 'place:gao', kind: 'town' as const, name: 'Gao', country: 'ML' }];
  const rel = (text: string, language = 'en') =>
    extract({ text, language, actors: ACTORS, places, ranker: NO_RANKER }).relations.map((r) => [r.type, r.from.id, r.to.id]);

  it('drops a relation the text only intends or conjectures, in English and French', () => {
    expect(rel('The FLN tried to seize Gao.')).toEqual([]);
    expect(rel('The FLN aims to join the Sahel Union.')).toEqual([]);
    expect(rel('Le FLN vise à rejoindre la Sahel Union.', 'fr')).toEqual([]);
    expect(rel('Le FLN tente de s’emparer de Gao.', 'fr')).toEqual([]);
  });

  it('keeps what a history narrates with "would", and what is stated', () => {
    expect(rel('The FLN would itself split from the Sahel Union in 2017.')).toEqual([['split_from', 'actor:fln', 'actor:union']]);
    expect(rel('The FLN seized Gao.')).toEqual([['controls', 'actor:fln', 'place:gao']]);
  });
});

describe('joining a force for an operation', () => {
  it('reads "joined Y for operations" and « a rejoint Y pour une offensive » as an alliance, not a membership', () => {
    const en = relationsIn('In May the Desert Brigade joined the National Army for operations near the border.');
    expect(en).toContainEqual(['allied_with', 'actor:army', 'actor:brigade']);
    expect(en).not.toContainEqual(['member_of', 'actor:brigade', 'actor:army']);
    const fr = relationsIn('La Desert Brigade a rejoint la National Army pour une offensive dans le nord.', 'fr');
    expect(fr).toContainEqual(['allied_with', 'actor:army', 'actor:brigade']);
    expect(fr).not.toContainEqual(['member_of', 'actor:brigade', 'actor:army']);
  });

  it('keeps joining a coalition without an operation as membership', () => {
    const en = relationsIn('The FLN joined the Sahel Union in 2016.');
    expect(en).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
    expect(en).not.toContainEqual(['allied_with', 'actor:fln', 'actor:union']);
    expect(relationsIn('Le FLN a rejoint la Sahel Union en 2016.', 'fr')).toContainEqual(['member_of', 'actor:fln', 'actor:union']);
  });
});

describe('support told as reliance', () => {
  it('reads "relies on", "leans heavily on", « s’appuie désormais sur » as support from the actor after it', () => {
    expect(relationsIn('The National Army relies on the Desert Brigade in the north.')).toContainEqual(['supported_by', 'actor:army', 'actor:brigade']);
    expect(relationsIn('The National Army leans heavily on the Desert Brigade.')).toContainEqual(['supported_by', 'actor:army', 'actor:brigade']);
    expect(relationsIn('La National Army s’appuie désormais sur la Desert Brigade.', 'fr')).toContainEqual(['supported_by', 'actor:army', 'actor:brigade']);
  });

  it('reads no support from reliance on something that is no actor', () => {
    expect(relationsIn('The FLN relies on smuggling, while the Desert Brigade patrols the roads.').filter(([type]) => type === 'supported_by')).toEqual([]);
    expect(relationsIn('Le FLN s’appuie sur la contrebande ; la Desert Brigade patrouille.', 'fr').filter(([type]) => type === 'supported_by')).toEqual([]);
  });
});

describe('hostility told by losing ground, taking up arms or turning guns', () => {
  const hostile = (rs: [string, string, string][]) => rs.filter(([type]) => type === 'hostile_to').map(([, a, b]) => [a, b].sort().join(' '));
  it('reads "lost X to A and B" and « a perdu X face à A » as hostility with each taker', () => {
    expect(hostile(relationsIn('The FLN lost Gao to the National Army and the Desert Brigade in 2015.'))).toEqual([
      'actor:army actor:fln',
      'actor:brigade actor:fln',
    ]);
    expect(hostile(relationsIn('Le FLN a perdu ses positions face à la Desert Brigade.', 'fr'))).toEqual(['actor:brigade actor:fln']);
  });

  it('reads "took up arms against", « a pris les armes contre », "turned their guns on"', () => {
    expect(hostile(relationsIn('The FLN took up arms against the National Army in 2012.'))).toEqual(['actor:army actor:fln']);
    expect(hostile(relationsIn('Le FLN a pris les armes contre la National Army.', 'fr'))).toEqual(['actor:army actor:fln']);
    expect(hostile(relationsIn('Fighters of the FLN turned their guns on the Desert Brigade.'))).toEqual(['actor:brigade actor:fln']);
  });

  it('reads no hostility from losing something to no one, nor from a loss without "to"', () => {
    expect(hostile(relationsIn('The FLN lost many fighters to disease, while the Desert Brigade recruited.'))).toEqual([]);
    expect(hostile(relationsIn('The FLN lost Gao in 2015; the Desert Brigade stayed in Kidal.'))).toEqual([]);
  });
});

describe('alliance told by tandem or a longstanding tie', () => {
  it('reads "in tandem with", « allié des », « alliés de longue date »', () => {
    expect(relationsIn('The FLN now fights in tandem with the Desert Brigade.')).toContainEqual(['allied_with', 'actor:brigade', 'actor:fln']);
    expect(relationsIn('Le FLN, allié des Desert Brigade dans la région, tient Gao.', 'fr')).toContainEqual(['allied_with', 'actor:brigade', 'actor:fln']);
    expect(relationsIn('Le FLN et la Desert Brigade, alliés de longue date, tiennent Gao.', 'fr')).toContainEqual([
      'allied_with',
      'actor:brigade',
      'actor:fln',
    ]);
  });

  it('reads no alliance from a longstanding tie with no second actor, nor across sentences', () => {
    expect(relationsIn('Le FLN et ses alliés de longue date tiennent Gao.', 'fr')).toEqual([]);
    expect(relationsIn('The FLN fights in tandem with local herders. The Desert Brigade stays in Kidal.')).toEqual([]);
  });
});

describe('a merger told as melting or dissolving into a whole', () => {
  it('reads « s’est fondu (plus tard) dans » and "dissolved itself into" as merged_into', () => {
    expect(relationsIn('La Desert Brigade s’est fondue quelques mois plus tard dans la Sahel Union.', 'fr')).toContainEqual([
      'merged_into',
      'actor:brigade',
      'actor:union',
    ]);
    expect(relationsIn('In 2024 the Desert Brigade dissolved itself into the Sahel Union.')).toContainEqual(['merged_into', 'actor:brigade', 'actor:union']);
  });

  it('reads no merger from melting into a crowd, nor from dissolving without "into"', () => {
    expect(relationsIn('Les hommes de la Desert Brigade se sont fondus dans la population ; la Sahel Union recrute.', 'fr')).toEqual([]);
    expect(relationsIn('The Desert Brigade dissolved itself in 2024, and the Sahel Union took its fighters.').filter(([t]) => t === 'merged_into')).toEqual([]);
  });
});
