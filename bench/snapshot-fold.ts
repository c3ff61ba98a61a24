// The snapshot folded on write (docs/decisions/0010) against the read-time fold on the same store, side
// by side, and what keeping the folds costs a write. Called by run.ts; alone:
//   npx tsx bench/snapshot-fold.ts --sizes 1000,10000 [--repeats 15]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Store } from '../src/core/store-port.js';
import { snapshot } from '../src/services/queries/snapshot.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { bulkLoad } from './bulk-load.js';
import { generateWorld } from './generate.js';
import { time, timeSideBySide, type Timing } from './stats.js';

const AS_OF = '2012-06';

/** The same store without its folds: every snapshot folds at read time (the path before 0010). */
const readTime = (store: Store): Store => new Proxy(store, { get: (target, key) => (key === 'foldedTies' ? undefined : Reflect.get(target, key, target)) });

export interface SnapshotFoldRow {
  size: string;
  query: string;
  ours: Timing;
  baseline?: { name: string; median: number };
}

/** Snapshot rows for run.ts: folded on write, with the read-time fold measured round by round beside it. */
export async function snapshotFoldRows(store: SqliteStore, label: string, n: number): Promise<{ rows: SnapshotFoldRow[]; notes: string[] }> {
  const started = performance.now();
  const folded = await snapshot(store, { asOf: AS_OF });
  const firstMs = performance.now() - started;
  const slow = readTime(store);
  if (!isDeepStrictEqual(folded, await snapshot(slow, { asOf: AS_OF }))) throw new Error(`${label}: the folded snapshot differs from the read-time fold`);
  const side = await timeSideBySide(n, { folded: () => snapshot(store, { asOf: AS_OF }), readTime: () => snapshot(slow, { asOf: AS_OF }) });
  const [relation] = await store.relationsBetween('2012-06-01', '2012-06-30');
  const [claim] = relation ? await store.claims({ subjects: [relation.id] }) : [];
  const [actor] = await store.list('actor');
  let flip = 0;
  // A claim's stance edited (one tie folded again) and an actor's stated existence edited (every lifespan derived again).
  const claimWrite = await time(Math.min(n, 9), () =>
    claim ? store.write([{ kind: 'claim', record: { ...claim, credibility: flip++ % 2 ? 2 : 3 } }], { by: 'bench' }) : undefined,
  );
  const actorWrite = await time(Math.min(n, 5), () =>
    actor ? store.write([{ kind: 'actor', record: { ...actor, existed: flip++ % 2 ? '1990/..' : '1991/..' } }], { by: 'bench' }) : undefined,
  );
  // Leaves the world as it was for the queries timed after this.
  await store.write([...(claim ? [{ kind: 'claim' as const, record: claim }] : []), ...(actor ? [{ kind: 'actor' as const, record: actor }] : [])], {
    by: 'bench',
  });
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  return {
    rows: [
      { size: label, query: `snapshot ${AS_OF}, folded on write`, ours: side.folded, baseline: { name: 'read-time fold', median: side.readTime.median } },
      { size: label, query: `snapshot ${AS_OF}, read-time fold`, ours: side.readTime },
      { size: label, query: 'write: one claim (its tie refolded)', ours: claimWrite },
      { size: label, query: 'write: one actor existence (all lifespans)', ours: actorWrite },
    ],
    notes: [
      `${label}: ${folded.counts.ties} ties in force on ${AS_OF}; first snapshot here ${firstMs.toFixed(0)} ms (it builds the folds when a raw load left them stale); equal to the read-time fold; load average ${load}`,
    ],
  };
}

async function main(): Promise<void> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const sizes = (arg('--sizes') ?? '1000,10000').split(',').map(Number);
  const repeats = Number(arg('--repeats') ?? '15');
  const dir = join(tmpdir(), 'faultline-bench');
  mkdirSync(dir, { recursive: true });
  for (const actors of sizes) {
    const file = join(dir, `fold-${actors}.db`);
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) execFileSync('rm', ['-f', file + suffix]);
    await bulkLoad(file, generateWorld(actors, 10));
    const store = new SqliteStore({ path: file });
    const label = `${actors.toLocaleString('en')} actors / ${(actors * 10).toLocaleString('en')} rel.`;
    const { rows, notes } = await snapshotFoldRows(store, label, repeats);
    for (const row of rows) {
      const ratio = row.baseline ? `  ${(row.ours.median / row.baseline.median).toFixed(2)}× ${row.baseline.name} (${row.baseline.median.toFixed(1)} ms)` : '';
      console.log(`${row.size} | ${row.query} | median ${row.ours.median.toFixed(1)} ms, p95 ${row.ours.p95.toFixed(1)} ms, n=${row.ours.n}${ratio}`);
    }
    for (const note of notes) console.log(note);
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
