import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { Gazetteer } from '../../core/places/gazetteer.js';
import { gazetteerLinks } from './gazetteer-links.js';

const gazetteer = new Gazetteer([
  { id: 'gn:ML.09:gao', name: 'Gao', alternates: [], country: 'ML', admin1: { code: 'ML.09', name: 'Gao' }, coordinates: [-0.04, 16.27] },
]);
const place = (over: Partial<Place>): Place => ({ id: 'place:gao', kind: 'town', name: 'Gao', country: 'ML', ...over });

describe('C10 gazetteer links', () => {
  it('accepts a link to an entry or an admin area of the same country, near the recorded point', () => {
    expect(
      gazetteerLinks(
        [place({ gazetteer: 'gn:ML.09:gao', coordinates: [-0.05, 16.28] }), place({ id: 'place:r', kind: 'region', gazetteer: 'gn:ML.09' })],
        gazetteer,
      ),
    ).toEqual([]);
  });

  it('finds a link to nothing, to another country, and to a homonym far away', () => {
    const found = gazetteerLinks(
      [
        place({ gazetteer: 'gn:ML.09:gaoo' }),
        place({ country: 'BF', gazetteer: 'gn:ML.09:gao' }),
        place({ gazetteer: 'gn:ML.09:gao', coordinates: [-1.6, 11.6] }),
        place({ kind: 'region', gazetteer: 'gn:ML.99' }),
      ],
      gazetteer,
    );
    expect(found.map((f) => [f.rule, f.message.match(/does not hold|another country|km from/)?.[0]])).toEqual([
      ['C10', 'does not hold'],
      ['C10', 'another country'],
      ['C10', 'km from'],
      ['C10', 'does not hold'],
    ]);
  });
});
