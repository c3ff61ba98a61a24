// A foreign force leaving a town withdraws; a national force or an armed group leaving it abandons it.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/model/actor.js';
import { extract } from '../extract.js';
import { testActor, testPlace as place } from './testing.js';

const ACTORS: Actor[] = [
  { ...testActor('dune', 'Operation Dune', 'state_force', ['Dune']), country: 'FR' },
  { ...testActor('army', 'National Army', 'state_force', ['NA']), country: 'ML' },
  testActor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
];
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('tessit', 'Tessit')];
const run = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2022-12-31' }).events.map((e) => `${e.type} ${e.place?.id ?? '-'}`);

describe('a force leaving a town', () => {
  it('is a withdrawal when the force is of another country than the town', () => {
    expect(run('Operation Dune left Kidal in April 2022, then Gao in June.')).toEqual(['withdrawal place:kidal', 'withdrawal place:gao']);
    expect(run('Dune a quitté Tessit en avril 2022.', 'fr')).toEqual(['withdrawal place:tessit']);
  });

  it('stays a town abandoned when the force is the country’s own or an armed group', () => {
    expect(run('The FLN left Kidal in April 2022.')).toEqual(['town_abandoned place:kidal']);
    expect(run('La FLN a quitté Tessit en avril 2022.', 'fr')).toEqual(['town_abandoned place:tessit']);
  });
});
