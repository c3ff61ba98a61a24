import { describe, expect, it } from 'vitest';
import { ActorNameIndex, actorCountries, nameCandidates, ownCountry, parseActorMapping, proposedNaming, type IndexedActor } from './actor-names.js';

const actors: IndexedActor[] = [
  { id: 'actor:jnim', name: "Jama'at Nusrat al-Islam wal-Muslimin", aliases: [{ name: 'JNIM' }], countries: ['ML', 'BF'] },
  { id: 'actor:fama', name: 'Malian Armed Forces', aliases: [{ name: 'FAMa' }], country: 'ML' },
  { id: 'actor:fan', kind: 'state_force', name: 'Nigerien Armed Forces', aliases: [{ name: 'FAN' }], country: 'NE' },
  { id: 'actor:ansarul', kind: 'armed_group', name: 'Ansarul Islam', aliases: [{ name: 'Ansar al-Islam' }], countries: ['BF'] },
  { id: 'actor:islamic-state', name: 'Islamic State', aliases: [{ name: 'IS' }] },
  { id: 'actor:fulani', kind: 'community', name: 'Fulani' },
  { id: 'actor:gendarmerie', name: 'National Gendarmerie of Mali', aliases: [{ name: 'Gendarmerie' }], country: 'ML' },
  { id: 'actor:a', name: 'Twin' },
  { id: 'actor:b', name: 'Twin' },
  { id: 'actor:twin-ml', name: 'Twin Pair', country: 'ML' },
  { id: 'actor:twin-ne', name: 'Twin Pair', country: 'NE' },
];
const names = (name: string, country?: string) => nameCandidates(name, country).map((c) => c.name);

describe('actor names', () => {
  it('tries the acronym, the long form and the name without a period or country bracket', () => {
    expect(names('JNIM: Group for Support of Islam and Muslims')).toEqual([
      'JNIM: Group for Support of Islam and Muslims',
      'JNIM',
      'Group for Support of Islam and Muslims',
    ]);
    expect(names('Military Forces of Mali (2012-2021)')).toEqual(['Military Forces of Mali (2012-2021)', 'Military Forces of Mali']);
    expect(names('Military Forces of Mali (2013-) Police Forces')).toEqual([
      'Military Forces of Mali (2013-) Police Forces',
      'Police Forces',
      'Military Forces of Mali (2013-)',
      'Military Forces of Mali',
    ]);
    expect(proposedNaming('MNLA: National Movement for the Liberation of Azawad')).toEqual({
      name: 'National Movement for the Liberation of Azawad',
      acronym: 'MNLA',
    });
  });

  it('binds a name to the country its bracket states, else to the row’s', () => {
    expect(ownCountry('Pastoralists (Benin)')).toBe('BJ');
    expect(ownCountry('Military Forces of Mali (2021-)')).toBeUndefined();
    expect(nameCandidates('Fulani Ethnic Group (Mali)', 'BF')).toEqual([
      { name: 'Fulani Ethnic Group (Mali)', country: 'ML' },
      { name: 'Fulani Ethnic Group', country: 'ML' },
    ]);
    // The bracket that tells actors apart stays, except against the mapping file.
    expect(nameCandidates('Military faction (forces of Idriss Deby)', 'TD')).toEqual([
      { name: 'Military faction (forces of Idriss Deby)', country: 'TD' },
      { name: 'Military faction', country: 'TD', mappingOnly: true },
    ]);
    expect(names('Islamic State (West Africa) - Greater Sahara Faction')).toEqual(['Islamic State (West Africa) - Greater Sahara Faction']);
    // Text after a period belongs to the force's own country, whatever the row's.
    expect(nameCandidates('Military Forces of Niger (2023-) National Guard', 'ML')[1]).toEqual({ name: 'National Guard', country: 'NE' });
  });

  it('resolves through aliases, folded, and through the mapping file first', () => {
    const { mapping, issues } = parseActorMapping('name,actor\nMilitary Forces of Mali,actor:fama\nCivilians,-\n', 'm.csv');
    expect(issues).toEqual([]);
    const index = new ActorNameIndex(actors, mapping);
    expect(index.resolve('JNIM: Group for Support of Islam and Muslims')).toEqual({ actor: 'actor:jnim' });
    expect(index.resolve('fama')).toEqual({ actor: 'actor:fama' });
    expect(index.resolve('Military Forces of Mali (2021-)')).toEqual({ actor: 'actor:fama' });
    expect(index.resolve('Military Forces of Mali (2013-) Police Forces', 'ML')).toEqual({ actor: 'actor:fama' });
    expect(index.resolve('Police Forces of Mali (2021-) Gendarmerie', 'ML')).toEqual({ actor: 'actor:gendarmerie' });
    expect(index.resolve('Civilians (Mali)')).toEqual({ skip: true });
    expect(index.resolve('Civilians (International)')).toEqual({ skip: true });
    expect(index.resolve('Sons of the Dune')).toBeUndefined();
  });

  it('resolves acronyms and generic names only within the row’s country', () => {
    const index = new ActorNameIndex(actors);
    expect(index.resolve('FAN', 'NE')).toEqual({ actor: 'actor:fan' });
    expect(index.resolve('FAN', 'TD')).toBeUndefined();
    expect(index.resolve('FAN')).toEqual({ actor: 'actor:fan' });
    expect(index.resolve('JNIM', 'BF')).toEqual({ actor: 'actor:jnim' });
    expect(index.resolve('JNIM', 'TG')).toBeUndefined();
    // An actor of no known country (an international one) is found anywhere; a community is not.
    expect(index.resolve('IS', 'IQ')).toEqual({ actor: 'actor:islamic-state' });
    expect(index.resolve('Fulani', 'NG')).toBeUndefined();
    expect(index.resolve('Fulani')).toEqual({ actor: 'actor:fulani' });
    // A force's full name reaches it in another country's row (it fights abroad); its acronym does not,
    // and an armed group of one country is not its namesake elsewhere.
    expect(index.resolve('Nigerien Armed Forces', 'ML')).toEqual({ actor: 'actor:fan' });
    expect(index.resolve('FAN', 'ML')).toBeUndefined();
    expect(index.resolve('Ansar al-Islam', 'IQ')).toBeUndefined();
    // The country tells apart two actors of one name.
    expect(index.resolve('Twin Pair', 'NE')).toEqual({ actor: 'actor:twin-ne' });
    expect(index.resolve('Twin Pair (Mali)', 'NE')).toEqual({ actor: 'actor:twin-ml' });
  });

  it('applies a mapping entry with a country only to rows of that country', () => {
    const { mapping, issues } = parseActorMapping('name,country,actor,note\nIS,ML,actor:jnim,test\nFulani,ML,actor:fulani,\n', 'm.csv');
    expect(issues).toEqual([]);
    const index = new ActorNameIndex(actors, mapping);
    expect(index.resolve('IS', 'ML')).toEqual({ actor: 'actor:jnim' });
    expect(index.resolve('IS', 'IQ')).toEqual({ actor: 'actor:islamic-state' });
    expect(index.resolve('Fulani', 'ML')).toEqual({ actor: 'actor:fulani' });
    expect(index.resolve('Fulani (Mali)', 'BF')).toEqual({ actor: 'actor:fulani' });
    expect(index.resolve('Fulani (Benin)', 'BJ')).toBeUndefined();
  });

  it('resolves a name two actors share to neither', () => {
    expect(new ActorNameIndex(actors).resolve('twin')).toBeUndefined();
    expect(new ActorNameIndex(actors).resolve('Twin Pair')).toBeUndefined();
  });

  it('places actors in the countries of the places their ties point at', () => {
    const placed = actorCountries(
      [
        { type: 'operates_in', from: 'actor:x', to: 'place:gao' },
        { type: 'controls', from: 'actor:x', to: 'place:djibo' },
        { type: 'member_of', from: 'actor:x', to: 'actor:y' },
      ],
      [
        { id: 'place:gao', country: 'ML' },
        { id: 'place:djibo', country: 'BF' },
      ],
    );
    expect(placed).toEqual(new Map([['actor:x', new Set(['ML', 'BF'])]]));
  });

  it('names the line of a bad mapping entry', () => {
    expect(parseActorMapping('name,actor\nX,not an id\n', 'm.csv').issues).toEqual([expect.objectContaining({ line: 2, path: 'actor' })]);
    expect(parseActorMapping('name,country,actor\nX,Mali,actor:x\n', 'm.csv').issues).toEqual([expect.objectContaining({ line: 2, path: 'country' })]);
    expect(parseActorMapping('name,actor\nX,actor:x\nx,actor:y\n', 'm.csv').issues).toEqual([expect.objectContaining({ line: 3, path: 'name' })]);
  });
});
