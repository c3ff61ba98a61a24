// A country read as a territory inside a list of states stands for its state in the list's relations.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/model/actor.js';
import type { Place } from '../../core/model/place.js';
import { testActor as actor, tableRelations, testPlace } from './testing.js';

const STATES: [string, string, string][] = [
  ['mali', 'Mali', 'ML'],
  ['niger', 'Niger', 'NE'],
  // The state's own name differs, so "Chad" in a text is read as the territory only.
  ['chad', 'Republic of Chad', 'TD'],
];
const ACTORS: Actor[] = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('bloc', 'Union of Desert States', 'international_org', ['UDS']),
  ...STATES.map(([slug, name, country]) => ({ ...actor(slug, name, 'state'), country })),
];
const PLACES: Place[] = [{ id: 'place:chad', kind: 'country', name: 'Chad', country: 'TD' }, testPlace('kidal', 'Kidal')];
const relationsIn = tableRelations(ACTORS, PLACES);
const ofType = (type: string, text: string, language = 'en') =>
  relationsIn(text, language)
    .filter(([t]) => t === type)
    .map(([, from, to]) => `${from.slice(6)}>${to.slice(6)}`)
    .sort();

describe('a listed country stands for its state', () => {
  it('keeps every founder of a list that mixes states and a territory', () => {
    expect(ofType('founded', 'Mali, Chad and Niger founded the Union of Desert States in 2014.')).toEqual(['chad>bloc', 'mali>bloc', 'niger>bloc']);
    expect(ofType('founded', 'Le Mali, le Chad et le Niger ont fondé l’UDS en 2014.', 'fr')).toEqual(['chad>bloc', 'mali>bloc', 'niger>bloc']);
  });

  it('reads no state where the list holds no state', () => {
    const rs = relationsIn('The FLN recruits in Chad and in Kidal.');
    expect(rs.some(([, from, to]) => from === 'actor:chad' || to === 'actor:chad')).toBe(false);
  });
});
