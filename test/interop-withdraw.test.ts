// Re-importing a later ACLED export with --withdraw-missing: the events it no longer lists, within
// the countries and days it covers, are withdrawn; everything else stands, and history keeps all.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAcled } from '../src/services/interop/import-acled.js';
import { importUcdpEvents } from '../src/services/interop/import-ucdp.js';
import { buildClaim } from './factories.js';
import { FIX, importOptions as options, world } from './support/interop-world.js';

/** The June 2017 export as ACLED might publish it later: MLI9002 and MLI9003 gone, two rows added at the month's ends. */
function laterExport(): string {
  const lines = readFileSync(`${FIX}/acled-current.csv`, 'utf8').split('\n');
  const row = (id: string) => lines.find((l) => l.startsWith(`${id},`)) ?? '';
  const moved = (id: string, day: string) => row('MLI9004').replace('MLI9004,2017-06-22', `${id},${day}`);
  const file = join(mkdtempSync(join(tmpdir(), 'faultline-acled-later-')), 'acled-later.csv');
  writeFileSync(file, [lines[0], row('MLI9001'), row('MLI9004'), moved('MLI9005', '2017-06-01'), moved('MLI9006', '2017-06-30')].join('\n') + '\n');
  return file;
}

describe('withdrawing what a later ACLED export no longer lists', () => {
  it('rejects the earlier claims, retires the events no other source supports, and leaves other countries and days alone', async () => {
    const store = await world();
    await importAcled(store, `${FIX}/acled-current.csv`, options);
    await importAcled(store, `${FIX}/acled-legacy.csv`, options);
    // An analyst's own source also supports MLI9003.
    await store.write([{ kind: 'claim', record: buildClaim('event:acled-mli9003', 2) }], { by: 'analyst' });
    const gone = await store.get('event', 'event:acled-mli9002');
    const file = laterExport();

    const summary = await importAcled(store, file, { ...options, withdrawMissing: true });
    expect(summary.withdrawn).toEqual({
      scope: { prefixes: ['mli'], from: '2017-06-01', to: '2017-06-30' },
      events: 2,
      claims: 2,
      retired: 1,
      kept: ['event:acled-mli9003'],
    });
    expect(await store.get('event', 'event:acled-mli9002')).toBeUndefined();
    const [history] = await store.history('event', 'event:acled-mli9002');
    expect(history).toMatchObject({ record: gone, recordedTo: expect.any(String) });
    expect(await store.get('event', 'event:acled-mli9002', { recordedAt: history?.recordedFrom ?? '' })).toEqual(gone);
    const [withdrawnClaim] = await store.claims({ subjects: ['event:acled-mli9002'] });
    expect(withdrawnClaim).toMatchObject({ status: 'rejected', reviewedBy: 'tester', reviewedAt: '2026-02-01' });
    expect(withdrawnClaim?.note).toMatch(/withdrawn on importing acled-later\.csv: .* MLI from 2017-06-01 to 2017-06-30$/);

    // MLI9003 stands on the analyst's claim; only ACLED's is rejected.
    expect(await store.get('event', 'event:acled-mli9003')).toBeDefined();
    expect((await store.claims({ subjects: ['event:acled-mli9003'] })).map((c) => [c.method, c.status])).toEqual([
      ['import:acled', 'rejected'],
      ['analyst', 'accepted'],
    ]);
    // Another country's event, and the events the export lists, are untouched.
    expect((await store.list('event')).map((e) => e.id).filter((id) => id.startsWith('event:acled-'))).toEqual([
      'event:acled-bfo5001',
      'event:acled-mli9001',
      'event:acled-mli9003',
      'event:acled-mli9004',
      'event:acled-mli9005',
      'event:acled-mli9006',
    ]);
    expect((await store.audit({ id: 'event:acled-mli9002' })).at(-1)).toMatchObject({ action: 'record.retire', actor: 'tester' });

    // The same export again withdraws nothing more (MLI9003 is still missing, and still kept); the first export brings MLI9002 back.
    expect((await importAcled(store, file, { ...options, withdrawMissing: true })).withdrawn).toMatchObject({
      events: 1,
      claims: 0,
      retired: 0,
      kept: ['event:acled-mli9003'],
    });
    await importAcled(store, `${FIX}/acled-current.csv`, options);
    expect(await store.get('event', 'event:acled-mli9002')).toBeDefined();
    expect((await store.claims({ subjects: ['event:acled-mli9002'] }))[0]).toMatchObject({ status: 'accepted' });
    expect(await store.history('event', 'event:acled-mli9002')).toHaveLength(2);
  });

  it('withdraws nothing unless asked, and refuses to for exports that do not say what they cover', async () => {
    const store = await world();
    await importAcled(store, `${FIX}/acled-current.csv`, options);
    const summary = await importAcled(store, laterExport(), options);
    expect(summary.withdrawn).toBeUndefined();
    expect(await store.get('event', 'event:acled-mli9002')).toBeDefined();
    const before = await store.counts();
    await expect(importUcdpEvents(store, `${FIX}/ucdp-ged.csv`, { ...options, withdrawMissing: true })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await store.counts()).toEqual(before);
  });
});
