// Relations to places the dataset lacks (proposed from their context): read after a word of lasting presence, not after
// an incident's. The trigger table alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { NO_RANKER, testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']), actor('army', 'National Army', 'state_force')];
const PLACES = [place('gao', 'Gao')];
/** `[type, from, surface of the place]` of each place relation, with whether the place was proposed from the text. */
const placeRelations = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, ranker: NO_RANKER })
    .relations.filter((r) => r.to.kind === 'place')
    .map((r) => [r.type, r.from.id, r.to.surface.split(' ').at(-1), r.to.via === 'proposed']);

describe('relations to places the dataset lacks', () => {
  it('reads a group active, based or besieging in a commune or village the text introduces (English and French)', () => {
    expect(placeRelations('The FLN is active in the commune of Tabarkosso and around Gao.')).toContainEqual(['operates_in', 'actor:fln', 'Tabarkosso', true]);
    expect(placeRelations('Le FLN est implanté dans la commune de Tabarkosso depuis 2019.', 'fr')).toContainEqual([
      'operates_in',
      'actor:fln',
      'Tabarkosso',
      true,
    ]);
    expect(placeRelations('Depuis mai, le FLN mène une offensive dans les communes de Tabarkosso et de Kouldiam.', 'fr')).toEqual(
      expect.arrayContaining([
        ['operates_in', 'actor:fln', 'Tabarkosso', true],
        ['operates_in', 'actor:fln', 'Kouldiam', true],
      ]),
    );
  });

  it('reads none from troops, a patrol or an attack near such a village, which place an incident', () => {
    expect(placeRelations('After the raid the National Army kept troops in the village of Tabarkosso.')).toEqual([]);
    expect(placeRelations('Le FLN a établi des positions dans le village de Tabarkosso.', 'fr')).toEqual([]);
    expect(placeRelations('The FLN overran an army post in the village of Tabarkosso.')).toEqual([]);
  });
});
