import type pg from 'pg';
import { RECORD_KINDS, type RecordKind } from '../../core/dataset/kinds.js';
import { LOCKS, lockUntilCommit } from './advisory-locks.js';
import { kindPartition } from './write-versions.js';
import { WrittenIds } from './written-ids.js';

/** A kind with more versions than this stored is left to the lookups of staged-write.ts: reading its ids would cost more. */
const READ_IDS_UP_TO = 100_000;

/**
 * At the start of a large series: takes the writers' lock exclusively (as its first large write
 * would), so that no one else adds records until it commits, then reads the ids stored of each kind
 * that holds few versions (an import into a new or small database). A record of such a kind that is
 * neither among them nor written by the series since is not stored (fresh-write.ts).
 */
export async function writtenIds(client: pg.PoolClient): Promise<WrittenIds> {
  await lockUntilCommit(client, LOCKS.writers);
  const known: RecordKind[] = [];
  const stored: { kind: RecordKind; id: string }[] = [];
  for (const kind of RECORD_KINDS) {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM ${kindPartition(kind)} LIMIT ${READ_IDS_UP_TO + 1}`);
    if (rows.length > READ_IDS_UP_TO) continue;
    known.push(kind);
    for (const { id } of rows) stored.push({ kind, id });
  }
  const written = new WrittenIds(new Set(known));
  written.note(stored);
  return written;
}
