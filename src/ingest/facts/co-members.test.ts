// Fellow members and merging partners named in one phrase with the whole they form; sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { testActor as actor, tableRelations } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('brigade', 'Desert Brigade'),
  actor('union', 'Union of Patriots', 'armed_group', ['UP']),
  actor('coalition', 'Sahel Coalition', 'coalition'),
  actor('amadou', 'Amadou Traore', 'person'),
];
const relationsIn = tableRelations(ACTORS);

describe('merging to form a new group', () => {
  it('reads "X merged with A to form D" and "X fusionne avec A pour former D" as both merging into D', () => {
    expect(relationsIn('In 2013 the FLN merged with the Desert Brigade to form the Union of Patriots.')).toEqual([
      ['merged_into', 'actor:fln', 'actor:union'],
      ['merged_into', 'actor:brigade', 'actor:union'],
    ]);
    expect(relationsIn('En 2013, le FLN fusionne avec la Desert Brigade pour former l’Union of Patriots.', 'fr')).toEqual([
      ['merged_into', 'actor:fln', 'actor:union'],
      ['merged_into', 'actor:brigade', 'actor:union'],
    ]);
  });

  it('skips a person named inside the partner’s name', () => {
    expect(relationsIn('Le FLN a fusionné avec les hommes d’Amadou Traore pour donner naissance à la Desert Brigade.', 'fr')).toEqual([
      ['merged_into', 'actor:fln', 'actor:brigade'],
    ]);
  });
});

describe('fellow members', () => {
  it('reads "member of D, alongside A and B" as A and B members of D, not allies of the subject', () => {
    expect(relationsIn('Le FLN est membre de la Sahel Coalition, aux côtés de la Desert Brigade et de l’Union of Patriots.', 'fr')).toEqual([
      ['member_of', 'actor:fln', 'actor:coalition'],
      ['member_of', 'actor:brigade', 'actor:coalition'],
      ['member_of', 'actor:union', 'actor:coalition'],
    ]);
    expect(relationsIn('The FLN is a member of the Sahel Coalition, alongside the Desert Brigade.')).toEqual([
      ['member_of', 'actor:fln', 'actor:coalition'],
      ['member_of', 'actor:brigade', 'actor:coalition'],
    ]);
  });
});
