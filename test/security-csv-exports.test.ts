// Issue 18, finding 7: a CSV export must not carry formulas into a spreadsheet, and our own events
// CSV must still come back through the ACLED import with every name and note as recorded.
import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Place } from '../src/core/model/place.js';
import { acledEventId } from '../src/interop/acled/acled-records.js';
import { exportTo } from '../src/services/interop/export-file.js';
import { importAcled } from '../src/services/interop/import-acled.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildEvent, buildRelation } from './factories.js';
import { importOptions, world } from './support/interop-world.js';

/** What a spreadsheet reads as a formula at the start of a cell (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;
const HOSTILE = {
  hyperlink: '=HYPERLINK("http://example.invalid/x","click")',
  sum: '@SUM(1+1)*cmd',
  arithmetic: '-2+3',
  plus: '+1 555 0100',
  tab: '\t=1+2 hidden behind a tab',
  quoted: "'=already quoted by its author",
};

async function hostileWorld(): Promise<SqliteStore> {
  const store = await world();
  const actors = [
    buildActor('hyperlink', { name: HOSTILE.hyperlink }),
    buildActor('sum', { name: HOSTILE.sum, kind: 'state_force' }),
    buildActor('quoted', { name: HOSTILE.quoted }),
  ];
  const place: Place = { id: 'place:minus', kind: 'town', name: HOSTILE.arithmetic, country: 'ML', coordinates: [-3.52, 14.08], precision: 'exact' };
  const events = [
    buildEvent('formula', {
      place: place.id,
      date: '2019-03-02',
      placePrecision: 1,
      participants: [
        { actor: 'actor:hyperlink', role: 'participant' },
        { actor: 'actor:sum', role: 'participant' },
        { actor: 'actor:quoted', role: 'participant' },
      ],
      description: `${HOSTILE.tab}; ${HOSTILE.plus}`,
      fatalities: { best: 3 },
    }),
    buildEvent('no-place', { participants: [{ actor: 'actor:sum', role: 'participant' }], description: HOSTILE.plus }),
  ];
  const relation = buildRelation('hyperlink.allied-with.sum', { type: 'allied_with', from: 'actor:hyperlink', to: 'actor:sum', valid: '2018/..' });
  await store.write(
    [
      ...actors.map((record) => ({ kind: 'actor' as const, record })),
      { kind: 'place', record: place },
      ...events.map((record) => ({ kind: 'event' as const, record })),
      { kind: 'relation', record: relation },
      ...[...actors, place, ...events, relation].map((r) => ({ kind: 'claim' as const, record: buildClaim(r.id, 1) })),
    ],
    { by: 'tester' },
  );
  return store;
}

const cellsOf = (file: string) => (parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[]).flatMap((row) => Object.entries(row));

describe('CSV exports and spreadsheet formulas', () => {
  it('finding 7: no CSV export starts a text cell with = + - @ tab or CR, numbers stay numbers, and the events CSV reads back as recorded', async () => {
    const store = await hostileWorld();
    const dir = mkdtempSync(join(tmpdir(), 'faultline-csv-injection-'));
    const events = await exportTo(store, 'events-csv', join(dir, 'events.csv'));
    await exportTo(store, 'relations-csv', join(dir, 'relations.csv'));
    const files = [join(dir, 'events.csv'), join(dir, 'relations.csv'), events.leftOut?.file ?? ''];
    for (const file of files) {
      const cells = cellsOf(file);
      expect(cells.length, file).toBeGreaterThan(0);
      for (const [column, cell] of cells) {
        // A number (a longitude, a relation's sign) may be negative: only text is escaped.
        if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
        expect(cell, `${file}: ${column}`).not.toMatch(FORMULA_START);
      }
    }
    const row = parse(readFileSync(files[0] ?? '', 'utf8'), { columns: true }) as Record<string, string>[];
    expect(row.find((r) => r['event_id_cnty'] === 'event:formula')).toMatchObject({ longitude: '-3.52', location: `'${HOSTILE.arithmetic}` });

    // Read back into an empty database: every escaped cell comes back as it was recorded.
    const fresh = new SqliteStore({ path: ':memory:' });
    const summary = await importAcled(fresh, files[0] ?? '', importOptions);
    const back = await fresh.get('event', acledEventId('event:formula'));
    expect(back?.description).toBe(`${HOSTILE.tab}; ${HOSTILE.plus}`.trim());
    expect(summary.proposedActors.map((p) => p.name).sort()).toEqual([HOSTILE.hyperlink, HOSTILE.quoted, HOSTILE.sum].sort());
    const place = back?.place ? await fresh.get('place', back.place) : undefined;
    expect(place).toMatchObject({ name: HOSTILE.arithmetic, coordinates: [-3.52, 14.08] });
  });
});
