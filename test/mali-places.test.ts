// Every Mali event is on the map or says why not (issue: places with a real gazetteer).
import { describe, expect, it } from 'vitest';
import { locateEvent } from '../src/analysis/places/event-location.js';
import type { ConflictEvent } from '../src/core/model/event.js';
import type { Place } from '../src/core/model/place.js';
import { maliStore } from './support/graph-exports.js';

describe('the Mali dataset on the map', async () => {
  const store = await maliStore();
  const events = (await store.list('event')) as ConflictEvent[];
  const places: Place[] = await store.list('place');
  const byId = new Map(places.map((p) => [p.id, p]));
  const located = events.map((e) => ({ event: e, at: locateEvent(e, byId) }));

  it('draws every event that names a place: at the place, or at the nearest place around it with a point, saying so', () => {
    const named = located.filter(({ event }) => event.place !== undefined);
    const lost = named.filter(({ at, event }) => !at.mapped && !(at.reason === 'no-coordinates' && byId.get(event.place ?? '')?.kind === 'area'));
    expect(lost.map(({ event }) => event.id)).toEqual([]);
    for (const { at, event } of named) if (at.mapped && at.drawnAt.id !== event.place) expect(at.note).toContain(byId.get(event.place ?? '')?.name);
  });

  it('gives every event without a point a reason', () => {
    for (const { at } of located) if (!at.mapped) expect(at.text.length).toBeGreaterThan(10);
    const reasons = new Set(located.flatMap(({ at }) => (at.mapped ? [] : [at.reason])));
    expect([...reasons].every((r) => ['no-place', 'no-place-organisational', 'no-coordinates'].includes(r))).toBe(true);
  });

  it('links no place to a gazetteer entry of another country', () => {
    for (const p of places) if (p.gazetteer) expect(p.gazetteer.slice(3, 5)).toBe(p.country);
  });
});
