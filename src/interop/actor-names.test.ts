import { describe, expect, it } from 'vitest';
import { ActorNameIndex, nameCandidates, parseActorMapping, proposedNaming } from './actor-names.js';

const actors = [
  { id: 'actor:jnim', name: "Jama'at Nusrat al-Islam wal-Muslimin", aliases: [{ name: 'JNIM' }] },
  { id: 'actor:fama', name: 'Malian Armed Forces', aliases: [{ name: 'FAMa' }] },
  { id: 'actor:a', name: 'Twin' },
  { id: 'actor:b', name: 'Twin' },
];

describe('actor names', () => {
  it('tries the acronym, the long form and the name without qualifiers', () => {
    expect(nameCandidates('JNIM: Group for Support of Islam and Muslims')).toEqual([
      'JNIM: Group for Support of Islam and Muslims',
      'JNIM',
      'Group for Support of Islam and Muslims',
    ]);
    expect(nameCandidates('Military Forces of Mali (2012-2021)')).toEqual(['Military Forces of Mali (2012-2021)', 'Military Forces of Mali']);
    expect(proposedNaming('MNLA: National Movement for the Liberation of Azawad')).toEqual({
      name: 'National Movement for the Liberation of Azawad',
      acronym: 'MNLA',
    });
  });

  it('resolves through aliases, folded, and through the mapping file first', () => {
    const { mapping, issues } = parseActorMapping('name,actor\nMilitary Forces of Mali,actor:fama\nCivilians,-\n', 'm.csv');
    expect(issues).toEqual([]);
    const index = new ActorNameIndex(actors, mapping);
    expect(index.resolve('JNIM: Group for Support of Islam and Muslims')).toEqual({ actor: 'actor:jnim' });
    expect(index.resolve('fama')).toEqual({ actor: 'actor:fama' });
    expect(index.resolve('Military Forces of Mali (2021-)')).toEqual({ actor: 'actor:fama' });
    expect(index.resolve('Civilians (Mali)')).toEqual({ skip: true });
    expect(index.resolve('Sons of the Dune')).toBeUndefined();
  });

  it('resolves a name two actors share to neither', () => {
    expect(new ActorNameIndex(actors).resolve('twin')).toBeUndefined();
  });

  it('names the line of a bad mapping entry', () => {
    expect(parseActorMapping('name,actor\nX,not an id\n', 'm.csv').issues).toEqual([expect.objectContaining({ line: 2, path: 'actor' })]);
  });
});
