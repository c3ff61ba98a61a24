// A counted plural of states ("the three countries", « les trois pays ») stands for the states a list named before it.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/model/actor.js';
import type { Place } from '../../core/model/place.js';
import { testActor as actor, tableRelations } from './testing.js';

const inCountry = (a: Actor, country: string): Actor => ({ ...a, country });
const ACTORS: Actor[] = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('bloc', 'Union of Desert States', 'international_org', ['UDS']),
  inCountry(actor('mali', 'Mali', 'state'), 'ML'),
  inCountry(actor('niger', 'Niger', 'state'), 'NE'),
  inCountry(actor('chad', 'Chad', 'state'), 'TD'),
  inCountry(actor('russia', 'Russia', 'state', ['Russie']), 'RU'),
];
// Niger is a country place as well: a list may name it as the territory, and it still counts as the state.
const PLACES: Place[] = [{ id: 'place:niger', kind: 'country', name: 'Niger', country: 'NE' }];
const relationsIn = tableRelations(ACTORS, PLACES);
const STATES = ['actor:chad', 'actor:mali', 'actor:niger'];
const hostileToFln = (rs: [string, string, string][]) =>
  rs
    .filter(([type, from, to]) => type === 'hostile_to' && (from === 'actor:fln' || to === 'actor:fln'))
    .map(([, from, to]) => (from === 'actor:fln' ? to : from))
    .sort();

describe('a counted plural of states stands for the states listed before it', () => {
  it('reads "the three countries" after a list of three, in a later sentence', () => {
    const rs = relationsIn('Mali, Niger and Chad signed a defence pact in May. The three countries have fought the FLN since then.');
    expect(hostileToFln(rs)).toEqual(STATES);
  });

  it('reads « les trois États » after « du Mali, du Niger et du Chad », the middle one maybe read as a place', () => {
    const rs = relationsIn('Les chefs des gouvernements du Mali, du Niger et du Chad se sont réunis. Les trois États, qui combattent le FLN, recrutent.', 'fr');
    expect(hostileToFln(rs)).toEqual(STATES);
  });

  it('gives each state the support the phrase receives', () => {
    const rs = relationsIn('Mali, Niger et Chad ont quitté le bloc. Ces pays s’appuient désormais sur la Russie.', 'fr');
    expect(
      rs
        .filter(([type]) => type === 'supported_by')
        .map(([, from]) => from)
        .sort(),
    ).toEqual(STATES);
  });

  it('makes each counted state a member of the body named right after the phrase', () => {
    const rs = relationsIn('Mali, Niger and Chad left the regional bloc. Officials hailed the new unity of the three countries of the UDS.');
    expect(
      rs
        .filter(([type, , to]) => type === 'member_of' && to === 'actor:bloc')
        .map(([, from]) => from)
        .sort(),
    ).toEqual(STATES);
    const fr = relationsIn('Le Mali, le Niger et le Chad ont quitté la Cédéao. La presse salue l’unité des trois pays de l’UDS.', 'fr');
    expect(
      fr
        .filter(([type, , to]) => type === 'member_of' && to === 'actor:bloc')
        .map(([, from]) => from)
        .sort(),
    ).toEqual(STATES);
  });

  it('reads nothing when the number does not fit the list, or when no list of states came before', () => {
    expect(hostileToFln(relationsIn('Mali and Niger signed a pact in May. The three countries have fought the FLN since then.'))).toEqual([]);
    expect(hostileToFln(relationsIn('The three countries have fought the FLN since 2015.'))).toEqual([]);
    // "the countries" without a number or a demonstrative may be any countries.
    expect(hostileToFln(relationsIn('Mali, Niger and Chad signed a pact. In the countries of the region, soldiers fight the FLN.'))).toEqual([]);
  });

  it('pairs no alliance among the states of "L’alliance, dont les trois pays sont membres"', () => {
    const rs = relationsIn('Mali, Niger et Chad ont signé un pacte. L’alliance, dont les trois pays sont les seuls membres, est née en 2023.', 'fr');
    expect(rs.filter(([type]) => type === 'allied_with')).toEqual([]);
  });
});
