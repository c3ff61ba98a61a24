// The import overlaps writing one batch with making the next: each batch after the first is made and
// announced to the store (prepareAhead) while the batch before it is still being written, with the very
// change objects its own write then receives (the store finds what it prepared by record object).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Change, WriteMeta, WriteSummary } from '../../core/store-port.js';
import { generateAcledCsv } from '../../interop/acled/generate-acled.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { importAcled } from './import-acled.js';

const ROWS = 300;
const BATCH_ROWS = 50;

/**
 * A store whose writes take a while, as a server's do, and which notes what is announced and written, and when. A
 * batch's write lasts until the next batch is announced (or two seconds pass, the last batch's case, or an import that
 * does not overlap): what the test checks is the order of events, which a loaded machine's timing cannot change.
 */
class SlowStore extends SqliteStore {
  readonly log: { what: 'announce' | 'start' | 'end'; changes: readonly Change[] }[] = [];
  private announced: (() => void) | undefined;

  prepareAhead(changes: readonly Change[]): void {
    this.log.push({ what: 'announce', changes });
    this.announced?.();
  }

  override async write(changes: readonly Change[], meta: WriteMeta): Promise<WriteSummary> {
    const batch = changes.some((c) => c.kind === 'event');
    if (batch) this.log.push({ what: 'start', changes });
    const last = changes.some((c) => c.kind === 'event' && this.log.filter((e) => e.what === 'start').length === ROWS / BATCH_ROWS);
    if (batch && !last)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 2000);
        this.announced = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    this.announced = undefined;
    const summary = await super.write(changes, meta);
    if (batch) this.log.push({ what: 'end', changes });
    return summary;
  }
}

it('makes and announces each batch while the one before it is written, and writes what it announced', { timeout: 30_000 }, async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'faultline-pipelined-')), 'rows.csv');
  writeFileSync(file, [...generateAcledCsv(ROWS)].join(''));
  const store = new SlowStore({ path: ':memory:', clock: () => new Date('2026-02-01T00:00:00Z') });
  const summary = await importAcled(store, file, { by: 'tester', mapping: 'data/mappings/acled-actors.csv', inWorker: false, batchRows: BATCH_ROWS });
  expect(summary).toMatchObject({ rows: ROWS, events: ROWS });

  const starts = store.log.filter((e) => e.what === 'start');
  expect(starts.length).toBe(ROWS / BATCH_ROWS);
  for (const [k, start] of starts.entries()) {
    if (k === 0) continue;
    const announced = store.log.findIndex((e) => e.what === 'announce' && e.changes[0]?.record === start.changes[0]?.record);
    const previousStart = store.log.indexOf(starts[k - 1] as (typeof starts)[number]);
    const previousEnd = store.log.findIndex((e) => e.what === 'end' && e.changes === starts[k - 1]?.changes);
    // Announced after the write before began and before it ended: the two overlap.
    expect(announced).toBeGreaterThan(previousStart);
    expect(announced).toBeLessThan(previousEnd);
    // The write receives the objects announced, every one of them.
    const records = new Set((store.log[announced]?.changes ?? []).map((c) => c.record));
    expect(start.changes.every((c) => records.has(c.record))).toBe(true);
  }
  // And the store holds what an import without the overlap writes.
  const plain = new SqliteStore({ path: ':memory:', clock: () => new Date('2026-02-01T00:00:00Z') });
  await importAcled(plain, file, { by: 'tester', mapping: 'data/mappings/acled-actors.csv', inWorker: false, batchRows: ROWS * 2 });
  expect(await store.list('event')).toEqual(await plain.list('event'));
  expect(await store.claims()).toEqual(await plain.claims());
});
