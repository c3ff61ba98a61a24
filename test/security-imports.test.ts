// Issue 18, finding 11: an ACLED or UCDP file cannot overwrite one event with another, store an absurd
// death toll, or make two source ids into one Faultline id.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../src/core/errors.js';
import { acledEventId } from '../src/interop/acled/acled-records.js';
import { gedEventId } from '../src/interop/ucdp/ged-records.js';
import { importAcled } from '../src/services/interop/import-acled.js';
import { importUcdpEvents } from '../src/services/interop/import-ucdp.js';
import type { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { tempFile } from './support/ingest-fixtures.js';
import { FIX, importOptions, world } from './support/interop-world.js';

type Row = Record<string, string>;

/** A copy of a fixture's first data row for each change given, as a CSV file. */
function csvOf(fixture: string, changes: Partial<Row>[]): string {
  const [header, first] = parse(readFileSync(`${FIX}/${fixture}`, 'utf8'), { bom: true, relax_column_count: true }) as string[][];
  if (!header || !first) throw new Error(`${fixture} has no data row`);
  const rows = changes.map((change) => header.map((column, i) => change[column] ?? first[i] ?? ''));
  return tempFile(fixture, stringify([header, ...rows]));
}

/** Imports and expects a refusal that wrote nothing; returns the problems as `line:field:message`. */
async function refusedImport(store: SqliteStore, run: () => Promise<unknown>): Promise<string[]> {
  const before = await store.counts();
  const error = await run().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FaultlineError);
  expect(await store.counts()).toEqual(before);
  return (error as FaultlineError).issues.map((i) => `${i.line}:${i.path ?? ''}:${i.message}`);
}

const ucdpOptions = { ...importOptions, mapping: 'data/mappings/ucdp-actors.csv' };

describe('imported ids and counts', () => {
  it('finding 11: ACLED ids that differ only in case or punctuation in one file are a problem naming both lines, not one event written twice', async () => {
    const store = await world();
    const file = csvOf('acled-current.csv', [{ event_id_cnty: 'MLI9001' }, { event_id_cnty: 'mli9001', fatalities: '7' }, { event_id_cnty: 'Mli9001' }]);
    const issues = await refusedImport(store, () => importAcled(store, file, importOptions));
    expect(issues).toEqual([expect.stringMatching(/^3:event_id_cnty:.*line 2/), expect.stringMatching(/^4:event_id_cnty:.*line 2/)]);
  });

  it('finding 11: ACLED and UCDP death tolls must be whole numbers from 0 to 1,000,000', async () => {
    const store = await world();
    const acled = csvOf('acled-current.csv', [
      { event_id_cnty: 'MLI9001', fatalities: '1000000000000000000000000' },
      { event_id_cnty: 'MLI9002', fatalities: '1e24' },
    ]);
    expect(await refusedImport(store, () => importAcled(store, acled, importOptions))).toEqual([
      expect.stringMatching(/^2:fatalities:.*1000000/),
      expect.stringMatching(/^3:fatalities:/),
    ]);
    const ucdp = csvOf('ucdp-ged.csv', [{ id: '1', best: '1000001', high: '1000001' }]);
    expect(await refusedImport(store, () => importUcdpEvents(store, ucdp, ucdpOptions))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^2:best:/), expect.stringMatching(/^2:high:/)]),
    );
    const fine = csvOf('acled-current.csv', [{ event_id_cnty: 'MLI9001', fatalities: '1000000' }]);
    await importAcled(store, fine, importOptions);
    expect((await store.get('event', 'event:acled-mli9001'))?.fatalities).toEqual({ best: 1_000_000 });
  });

  it('finding 11: a UCDP id repeated in one file is a problem naming both lines; a row repeated word for word is read once', async () => {
    const store = await world();
    const file = csvOf('ucdp-ged.csv', [{ id: '5' }, { id: '5', best: '9', high: '9' }]);
    expect(await refusedImport(store, () => importUcdpEvents(store, file, ucdpOptions))).toEqual([expect.stringMatching(/^3:id:.*line 2/)]);
    const repeated = csvOf('ucdp-ged.csv', [{ id: '5' }, { id: '5' }]);
    const summary = await importUcdpEvents(store, repeated, ucdpOptions);
    expect(summary).toMatchObject({ rows: 2, events: 1 });
  });

  it('finding 11: different source ids never share a Faultline id, and ordinary ids keep theirs', async () => {
    expect(acledEventId('MLI9001')).toBe('event:acled-mli9001');
    expect(acledEventId('MLI-44')).toBe('event:acled-mli-44');
    expect(acledEventId('data-123')).toBe('event:acled-data-123');
    expect(acledEventId('event:kidal-clash')).toBe('event:acled-event-kidal-clash');
    expect(gedEventId('880001')).toBe('event:ucdp-ged-880001');
    const acled = [
      'MLI 9001/../x',
      'MLI-9001-X',
      'mli-9001-x',
      'MLI_9001_X',
      'mli9001',
      'MLI9001',
      'Mli9001',
      '',
      '///',
      'event:a_b',
      'event:a-b',
      'EVENT-A-B',
    ];
    expect(new Set(acled.map(acledEventId)).size).toBe(acled.length);
    const ged = ['1', '01', '1a', '1A', '1-a', '1 a', '1/../a'];
    expect(new Set(ged.map(gedEventId)).size).toBe(ged.length);
    for (const id of [...acled.map(acledEventId), ...ged.map(gedEventId)]) expect(id).toMatch(/^event:[a-z0-9]+(?:[-_.][a-z0-9]+)*$/);

    // Two files, one id each, that the old slug made one event: now two events.
    const store = await world();
    await importAcled(store, csvOf('acled-current.csv', [{ event_id_cnty: 'MLI 9001/../x', fatalities: '1' }]), importOptions);
    await importAcled(store, csvOf('acled-current.csv', [{ event_id_cnty: 'MLI-9001-X', fatalities: '2' }]), importOptions);
    expect((await store.get('event', acledEventId('MLI 9001/../x')))?.fatalities).toEqual({ best: 1 });
    expect((await store.get('event', acledEventId('MLI-9001-X')))?.fatalities).toEqual({ best: 2 });
  });
});
