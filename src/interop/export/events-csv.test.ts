import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { buildActor, buildEvent } from '../../../test/factories.js';
import { acledDayOf } from './acled-date-columns.js';
import { eventsCsv, leftOutCsv } from './events-csv.js';
import type { ExportRecords } from './publishable.js';

const places: Place[] = [
  { id: 'place:mali', kind: 'country', name: 'Mali', country: 'ML', coordinates: [-3.5, 17.3], precision: 'centroid' },
  { id: 'place:algeria', kind: 'country', name: 'Algeria', country: 'DZ', coordinates: [2.6, 28.0], precision: 'centroid' },
  { id: 'place:kidal-region', kind: 'region', name: 'Kidal Region', country: 'ML', parent: 'place:mali', coordinates: [1.1, 19.4], precision: 'centroid' },
  { id: 'place:kidal-cercle', kind: 'cercle', name: 'Kidal Cercle', country: 'ML', parent: 'place:kidal-region' },
  { id: 'place:kidal', kind: 'town', name: 'Kidal', country: 'ML', parent: 'place:kidal-cercle', coordinates: [1.4, 18.4], precision: 'exact' },
  { id: 'place:anefis', kind: 'town', name: 'Anéfis', country: 'ML', parent: 'place:kidal-cercle' },
  { id: 'place:sahara', kind: 'area', name: 'Sahara', country: 'ML' },
];

function rowsOf(events: ExportRecords['events']) {
  const records: ExportRecords = { sources: [], actors: [buildActor('a'), buildActor('b')], places, relations: [], events, claims: [] };
  const { text, leftOut } = eventsCsv(records);
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  return { rows: new Map(rows.map((r) => [r['event_id_cnty'], r])), leftOut };
}

describe('events CSV in ACLED columns', () => {
  it('writes the ISO numeric code as ACLED does, the country name and the admin areas of the place', () => {
    const { rows } = rowsOf([buildEvent('kidal', { place: 'place:kidal', date: '2016-05-12', placePrecision: 1 })]);
    expect(rows.get('event:kidal')).toMatchObject({
      iso: '466',
      country: 'Mali',
      admin1: 'Kidal Region',
      admin2: 'Kidal Cercle',
      location: 'Kidal',
      latitude: '18.4',
      longitude: '1.4',
      geo_precision: '1',
      event_date: '2016-05-12',
      time_precision: '1',
    });
  });

  it('draws an event at a place without a point at the nearest enclosing place with one, with geo_precision 3', () => {
    const { rows } = rowsOf([buildEvent('anefis', { place: 'place:anefis', placePrecision: 1 })]);
    expect(rows.get('event:anefis')).toMatchObject({
      location: 'Anéfis',
      admin1: 'Kidal Region',
      admin2: 'Kidal Cercle',
      latitude: '19.4',
      geo_precision: '3',
    });
  });

  it('names the area as the location of an event known only to a region or a country, with no town', () => {
    const { rows } = rowsOf([
      buildEvent('region', { place: 'place:kidal-region' }),
      buildEvent('country', { place: 'place:algeria' }),
      buildEvent('sahara', { place: 'place:sahara' }),
    ]);
    expect(rows.get('event:region')).toMatchObject({ location: 'Kidal Region', admin1: 'Kidal Region', admin2: '', country: 'Mali', geo_precision: '3' });
    expect(rows.get('event:country')).toMatchObject({ location: 'Algeria', admin1: '', iso: '12', country: 'Algeria', geo_precision: '3' });
    // No place around the Sahara has a point: the row has none, which the ACLED reader accepts.
    expect(rows.get('event:sahara')).toMatchObject({ location: 'Sahara', country: 'Mali', latitude: '', longitude: '', geo_precision: '3' });
  });

  it('leaves out, and lists with their reasons, events with no place or with a date of no known start', () => {
    const { rows, leftOut } = rowsOf([
      buildEvent('nowhere', { date: '2016-03' }),
      buildEvent('split', { type: 'split', date: '2016', participants: [] }),
      buildEvent('by-2019', { place: 'place:kidal', date: '/2019-05' }),
      buildEvent('kidal', { place: 'place:kidal', date: '2016' }),
    ]);
    expect([...rows.keys()]).toEqual(['event:kidal']);
    expect(leftOut.map((l) => [l.event, l.reasons])).toEqual([
      ['event:nowhere', ['no-place']],
      ['event:split', ['no-place-organisational']],
      ['event:by-2019', ['no-known-start']],
    ]);
    const listed = parse(leftOutCsv(leftOut), { columns: true }) as Record<string, string>[];
    expect(listed.map((l) => l['event'])).toEqual(['event:nowhere', 'event:split', 'event:by-2019']);
    expect(listed[2]?.['why']).toContain('/2019-05');
  });
});

describe('acledDayOf', () => {
  it('writes a day as itself, a week at most as its middle day (precision 2), anything longer as its earliest day (precision 3)', () => {
    expect(acledDayOf('2016-05-12')).toEqual({ day: '2016-05-12', precision: 1 });
    expect(acledDayOf('2015-05-15/2015-05-19')).toEqual({ day: '2015-05-17', precision: 2 });
    expect(acledDayOf('2017-06')).toEqual({ day: '2017-06-01', precision: 3 });
    expect(acledDayOf('2013')).toEqual({ day: '2013-01-01', precision: 3 });
    expect(acledDayOf('2013-09/2014-01')).toEqual({ day: '2013-09-01', precision: 3 });
    expect(acledDayOf('2016-01/..')).toEqual({ day: '2016-01-01', precision: 3 });
  });

  it('gives no day to a date without a known start, or to one that is not EDTF', () => {
    expect(acledDayOf('/2016')).toEqual({ reason: 'no-known-start' });
    expect(acledDayOf('sometime')).toEqual({ reason: 'invalid-date' });
  });
});
