import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Place } from '../../core/model/place.js';
import { adminKeyOf } from './admin-areas.js';
import { locateEvent } from './event-location.js';

const places: Place[] = [
  { id: 'place:mali', kind: 'country', name: 'Mali', country: 'ML', coordinates: [-3.5, 17.3], precision: 'centroid' },
  { id: 'place:kidal-region', kind: 'region', name: 'Kidal Region', country: 'ML', parent: 'place:mali', coordinates: [1.1, 19.4], precision: 'centroid' },
  { id: 'place:kidal-cercle', kind: 'cercle', name: 'Kidal Cercle', country: 'ML', parent: 'place:kidal-region' },
  { id: 'place:kidal', kind: 'town', name: 'Kidal', country: 'ML', parent: 'place:kidal-cercle', coordinates: [1.4, 18.4], precision: 'exact' },
  { id: 'place:anefis', kind: 'town', name: 'Anéfis', country: 'ML', parent: 'place:kidal-cercle' },
];
const byId = new Map(places.map((p) => [p.id, p]));
const event = (over: Partial<ConflictEvent>): ConflictEvent => ({
  id: 'event:x',
  type: 'armed_clash',
  date: '2015-08',
  participants: [],
  description: 'x',
  ...over,
});

describe('locateEvent', () => {
  it('draws an event at its own place when that place has a point', () => {
    const at = locateEvent(event({ place: 'place:kidal' }), byId);
    expect(at).toMatchObject({ mapped: true, coordinates: [1.4, 18.4], fuzz: 'exact' });
  });

  it('draws an event at a place without a point at the nearest enclosing place that has one, as an area, and says so', () => {
    const at = locateEvent(event({ place: 'place:anefis' }), byId);
    expect(at).toMatchObject({ mapped: true, coordinates: [1.1, 19.4], fuzz: 'area' });
    expect(at.mapped && at.note).toContain('Anéfis');
    expect(at.mapped && at.drawnAt.id).toBe('place:kidal-region');
  });

  it('gives a reason for an event without a place, which depends on whether it happens at a spot', () => {
    expect(locateEvent(event({}), byId)).toMatchObject({ mapped: false, reason: 'no-place' });
    expect(locateEvent(event({ type: 'formation' }), byId)).toMatchObject({ mapped: false, reason: 'no-place-organisational' });
    expect(locateEvent(event({ place: 'place:nowhere' }), byId)).toMatchObject({ mapped: false, reason: 'unknown-place' });
  });
});

describe('adminKeyOf', () => {
  it('counts a town under its region and cercle, and a country-wide event apart from every region', () => {
    expect(adminKeyOf('place:anefis', 'admin1', byId).key).toBe('place:kidal-region');
    expect(adminKeyOf('place:anefis', 'admin2', byId).key).toBe('place:kidal-cercle');
    expect(adminKeyOf('place:anefis', 'country', byId).key).toBe('place:mali');
    expect(adminKeyOf('place:mali', 'admin1', byId)).toEqual({ key: 'place:mali>admin1?', name: 'Mali (no region stated)', unstated: true });
  });
});
