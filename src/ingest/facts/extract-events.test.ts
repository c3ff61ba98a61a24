import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [actor('fln', 'Northern Liberation Front'), actor('army', 'Malian Armed Forces', 'state_force')];
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao')];

const eventsIn = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2019-06-30' }).events.map((e) => [e.type, e.place?.id, e.date]);

describe('events', () => {
  it('reads "the city" as the place named last', () => {
    expect(eventsIn('Fighting reached Gao in May 2019. On 3 June 2019 the Northern Liberation Front captured the city.')).toContainEqual([
      'town_captured',
      'place:gao',
      '2019-06-03',
    ]);
    expect(eventsIn('Les combats ont atteint Gao en mai 2019. Le 3 juin 2019, le Northern Liberation Front a pris la ville.', 'fr')).toContainEqual([
      'town_captured',
      'place:gao',
      '2019-06-03',
    ]);
  });

  it('reads "killed" as a violent event', () => {
    expect(eventsIn('On 3 June 2019 the Northern Liberation Front killed twelve soldiers near Kidal.')).toEqual([['armed_clash', 'place:kidal', '2019-06-03']]);
  });

  it('proposes no event from a headline, nor from a comparison with earlier ones', () => {
    expect(eventsIn('Northern Liberation Front attacks army post in Kidal on 3 June 2019')).toEqual([]);
    const text = 'On 3 June 2019 the Northern Liberation Front attacked Kidal. It was the deadliest attack on the army since 2012.';
    expect(eventsIn(text)).toEqual([['armed_clash', 'place:kidal', '2019-06-03']]);
  });

  it('proposes an incident told twice once', () => {
    const text =
      'On 3 June 2019 the Northern Liberation Front attacked Kidal. Officials met in Gao the next week. ' +
      'The attack of 3 June 2019 on Kidal was claimed by the Northern Liberation Front.';
    expect(eventsIn(text).filter(([type]) => type === 'armed_clash')).toHaveLength(1);
  });
});
