// An ACLED import into PostgreSQL that crosses every hand-off of the import's pipeline with a few
// hundred rows: batches of the reading worker, the worker waiting for the writer (it reads at most
// four batches ahead), several INSERT statements per write, and writes too large for per-record locks.
// A 1M-row import once hung here: the worker posted its first batches while the writer was still
// registering the file (seconds for a large file on PostgreSQL), nobody was listening yet, and
// writer and worker then waited for each other. Registration here (the source record's write; the
// file's text is stored after the first batch) lasts until the worker has posted three batches, so
// the writer always starts late; the test's timeout turns a hang into a failure.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { expect, it, vi } from 'vitest';
import { generateAcledCsv } from '../src/interop/acled/generate-acled.js';
import { importAcled } from '../src/services/interop/import-acled.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import type { Change, Store, WriteMeta, WriteSummary } from '../src/core/store-port.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildSource } from './factories.js';
import { importOptions as options } from './support/interop-world.js';
import { describeWithPostgres } from './support/postgres-cluster.js';

const ROWS = 600;
const BATCH_ROWS = 60;
// Each write holds about 120 changes: above the per-record lock limit, and staged (staged-write.ts); smaller writes take four statements of 35 versions.
const SIZES = { recordLocksUpTo: 50, rowsPerStatement: 35, stagedFrom: 100 };
/** Actors the generated rows name (through the ACLED mapping), so that events get participants. */
async function seed(store: Store): Promise<void> {
  const actors = [buildActor('jnim', { kind: 'coalition' }), buildActor('wagner-group'), buildActor('dan-na-ambassagou')];
  await store.write(
    [
      { kind: 'source', record: buildSource() },
      ...actors.map((record) => ({ kind: 'actor' as const, record })),
      ...actors.map((a) => ({ kind: 'claim' as const, record: buildClaim(a.id, 1) })),
    ],
    { by: 'tester' },
  );
}

// Messages the import's reading worker has posted (counted whether or not anyone listens for them).
const posted = vi.spyOn(Worker.prototype, 'emit');
const messagesPosted = () => posted.mock.calls.filter(([event]) => event === 'message').length;

/**
 * A PostgreSQL store whose registration of an export lasts until the reading worker has posted three
 * batches, as a large file's registration can.
 */
class SlowRegistration extends PostgresStore {
  slow = false;

  override async write(changes: readonly Change[], meta: WriteMeta): Promise<WriteSummary> {
    if (changes.some((c) => c.kind === 'source'))
      for (const start = Date.now(); this.slow && messagesPosted() < 3 && Date.now() - start < 20_000;) await new Promise((resolve) => setTimeout(resolve, 10));
    return super.write(changes, meta);
  }
}

describeWithPostgres('ACLED import into PostgreSQL across every batch and worker hand-off', (cluster) => {
  it('finishes, writes what the embedded store writes, and writes nothing more when run again', { timeout: 40_000 }, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-acled-')), 'handoffs.csv');
    writeFileSync(file, [...generateAcledCsv(ROWS)].join(''));
    const store = new SlowRegistration({ url: await cluster().createDatabase(), clock: options.clock, writeSizes: SIZES });
    const embedded = new SqliteStore({ path: ':memory:', clock: options.clock });
    try {
      await seed(store);
      await seed(embedded);
      store.slow = true;
      const how = { ...options, inWorker: true, batchRows: BATCH_ROWS };
      const writes: number[] = [];
      const summary = await importAcled(store, file, { ...how, progress: (phase, done) => void (phase === 'write' && writes.push(done)) });
      expect(writes.length).toBeGreaterThan(ROWS / BATCH_ROWS);
      expect(summary).toMatchObject({ rows: ROWS, events: ROWS, unchanged: 0 });
      expect(summary).toEqual(await importAcled(embedded, file, { ...options, batchRows: BATCH_ROWS }));
      expect(await store.counts()).toEqual(await embedded.counts());
      expect(await store.list('event')).toEqual(await embedded.list('event'));
      expect(await store.claims()).toEqual(await embedded.claims());
      expect(await store.list('place')).toEqual(await embedded.list('place'));
      const audit = await store.audit();
      expect(audit.filter((e) => e.action === 'record.insert')).toHaveLength(summary.inserted + 8);
      const first = await store.get('event', 'event:acled-mli1');
      expect(first?.participants.length).toBeGreaterThan(0);
      expect(JSON.parse(audit.find((e) => e.id === first?.id)?.after ?? 'null')).toEqual(first);
      // Idempotent: the same file again changes nothing and audits nothing.
      store.slow = false;
      const again = await importAcled(store, file, how);
      expect(again).toMatchObject({ events: ROWS, inserted: 0, updated: 0 });
      expect(await store.audit()).toHaveLength(audit.length);
    } finally {
      await store.close();
      await embedded.close();
    }
  });
});
