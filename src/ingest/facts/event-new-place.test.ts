// A village only the text names places an event that no known place placed (issue 20, session 21). English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']), actor('army', 'National Army', 'state_force')];
const PLACES = [place('gao', 'Gao')];
const run = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2021-05-12' }).events.map((e) => `${e.type} ${e.place?.id ?? '-'}`);

describe('an event at a village the dataset lacks', () => {
  it('points at the village the text names', () => {
    const [en] = run('On 3 May 2021 FLN fighters killed 20 villagers in the village of Tamoura.');
    expect(en).toMatch(/^attack_on_civilians (?!-)/u);
    const [fr] = run('Le 3 mai 2021, des combattants du FLN ont tué 20 villageois dans le village de Tamoura.', 'fr');
    expect(fr).toMatch(/^attack_on_civilians (?!-)/u);
  });

  it('keeps a known town where the sentence names one', () => {
    expect(run('On 3 May 2021 FLN fighters attacked the army post in Gao.')).toEqual(['armed_clash place:gao']);
  });

  it('places none of the copies of one act told of several such villages', () => {
    const events = run('Le 3 mai 2021, le FLN a attaqué simultanément les villages de Tamoura, de Kossaba et de Dinangou.', 'fr');
    expect(new Set(events).size).toBe(events.length);
  });
});
