// A large valid dataset for durability and load tests: actors, events and one supporting claim each.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Change } from '../../src/core/store-port.js';
import { dumpDataset } from '../../src/services/dataset/dump-dataset.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildEvent, buildSource } from '../factories.js';

/** Writes a dataset folder of `events` events among `actors` actors; returns the folder and its record count. */
export async function syntheticDataset(options: { actors: number; events: number }): Promise<{ dir: string; records: number }> {
  const changes: Change[] = [{ kind: 'source', record: buildSource() }];
  for (let i = 0; i < options.actors; i++) {
    changes.push({ kind: 'actor', record: buildActor(`a${i}`) }, { kind: 'claim', record: buildClaim(`actor:a${i}`, 1) });
  }
  for (let i = 0; i < options.events; i++) {
    const year = 2000 + (i % 25);
    const participants = [
      { actor: `actor:a${i % options.actors}`, role: 'perpetrator' as const },
      { actor: `actor:a${(i * 7 + 1) % options.actors}`, role: 'target' as const },
    ];
    changes.push(
      { kind: 'event', record: buildEvent(`e${i}`, { date: `${year}-${String((i % 12) + 1).padStart(2, '0')}`, participants, fatalities: { best: i % 9 } }) },
      { kind: 'claim', record: buildClaim(`event:e${i}`, 1) },
    );
  }
  const scratch = new SqliteStore({ path: ':memory:' });
  await scratch.write(changes, { by: 'generator' });
  const dir = mkdtempSync(join(tmpdir(), 'faultline-synthetic-'));
  await dumpDataset(scratch, dir);
  await scratch.close();
  return { dir, records: changes.length };
}
