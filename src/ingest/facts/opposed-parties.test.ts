import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, tableRelations } from './testing.js';

const relations = tableRelations(TEST_GROUPS);
const of = (type: string, text: string, language = 'en') =>
  relations(text, language)
    .filter(([t]) => t === type)
    .map(([, from, to]) => [from.slice(6), to.slice(6)].sort().join('~'))
    .sort();

describe('a fight that opposes two parties named after its verb', () => {
  it('reads « opposer X à Y » and "pit X against Y" as hostility, whatever stands between', () => {
    expect(of('hostile_to', 'De violents combats ont opposé à Gao la Desert Brigade aux combattants du FLN.', 'fr')).toEqual(['brigade~fln']);
    expect(of('hostile_to', 'Les affrontements opposant la Desert Brigade au FLN ont fait dix morts.', 'fr')).toEqual(['brigade~fln']);
    expect(
      of('hostile_to', 'De durs combats ont opposé le Northern Liberation Front (FLN), membre de la Sahel Union, aux hommes de la Desert Brigade.', 'fr'),
    ).toEqual(['brigade~fln']);
    expect(of('hostile_to', 'Fighting in Gao pitted the Desert Brigade against fighters of the FLN.')).toEqual(['brigade~fln']);
  });

  it('reads "continued to clash" as a reciprocal fight of its subjects', () => {
    expect(of('hostile_to', 'The FLN and the Desert Brigade continued to clash throughout 2016.')).toEqual(['brigade~fln']);
  });
});

describe('an actor named with its allies', () => {
  it('reads "X and its Y allies", « X et ses alliés de Y » as an alliance', () => {
    expect(of('allied_with', 'The FLN and its River Guard allies took the camp.')).toEqual(['fln~guard']);
    expect(of('allied_with', 'The FLN and its allies of the River Guard took Gao.')).toEqual(['fln~guard']);
    expect(of('allied_with', 'Le FLN et ses alliés touareg de la River Guard ont pris le camp.', 'fr')).toEqual(['fln~guard']);
  });

  it('reads no alliance from a possessive that names something else', () => {
    expect(of('allied_with', 'The FLN and its fighters attacked the River Guard.')).toEqual([]);
  });
});

describe('a reported clause', () => {
  it('reads the subject after « rappelle que », "said that" as the subject of its verb, not of an object relative', () => {
    expect(of('member_of', 'Il rappelle que le FLN a rejoint la Sahel Union en 2015.', 'fr')).toEqual(['fln~union']);
    expect(of('member_of', 'Officials said that the FLN joined the Sahel Union in 2015.')).toEqual(['fln~union']);
  });
});
