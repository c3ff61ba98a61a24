import { describe, expect, it } from 'vitest';
import type { ReviewItem } from './api.js';
import { buildPatch, editableFields, isMergeable, needsCountry } from './model.js';

// A village read from the text alone, as the queue lists it (issue 20).
const place = (value: Record<string, unknown>, creates = true): ReviewItem =>
  ({
    claim: { id: 'place:kolo#1', subject: 'place:kolo', value, status: 'proposed' },
    kind: 'place',
    creates,
  }) as unknown as ReviewItem;

describe('a proposed place in the review page', () => {
  it('may be merged, and asks for a country only when the text gave none', () => {
    expect(isMergeable(place({ kind: 'village', name: 'Kolo' }))).toBe(true);
    expect(isMergeable(place({ country: 'ML' }, false))).toBe(false);
    expect(needsCountry(place({ kind: 'village', name: 'Kolo' }))).toBe(true);
    expect(needsCountry(place({ kind: 'village', name: 'Kolo', country: 'ML' }))).toBe(false);
  });

  it('offers the country, parent and coordinates the text left out as empty fields first, sent only when filled in', () => {
    const fields = editableFields(place({ kind: 'village', name: 'Kolo' }));
    expect(fields.map((f) => f.key)).toEqual(['country', 'parent', 'coordinates', 'kind', 'name']);
    expect(fields[0]?.hint).toMatch(/ISO 3166/);
    expect(buildPatch(fields, {})).toEqual({ ok: true, value: {} });
    expect(buildPatch(fields, { country: 'ML', coordinates: '[-1.5, 15.2]' })).toEqual({ ok: true, value: { country: 'ML', coordinates: [-1.5, 15.2] } });
    expect(editableFields(place({ kind: 'village', name: 'Kolo', country: 'ML' })).map((f) => f.key)).toEqual([
      'parent',
      'coordinates',
      'country',
      'kind',
      'name',
    ]);
  });
});
