import type pg from 'pg';
import { FaultlineError } from '../../core/errors.js';
import type { SavedView } from '../../core/saved-views.js';
import { viewAuditView } from '../audit-views.js';
import { appendAudit } from './pg-accounts.js';

type Queryable = pg.Pool | pg.PoolClient;

interface ViewRow {
  id: string;
  owner: string;
  name: string;
  hash: string;
  note: string;
  saved_at: Date;
}

const toView = (r: ViewRow): SavedView => ({ id: r.id, owner: r.owner, name: r.name, hash: r.hash, note: r.note, savedAt: r.saved_at.toISOString() });

/** The owner's views, most recently saved first. */
export async function listViews(db: Queryable, owner: string): Promise<SavedView[]> {
  const { rows } = await db.query<ViewRow>('SELECT * FROM saved_views WHERE owner = $1 ORDER BY saved_at DESC, id', [owner]);
  return rows.map(toView);
}

/** One of the owner's views; another owner's is as absent as a missing one. */
export async function getView(db: Queryable, owner: string, id: string): Promise<SavedView | undefined> {
  const { rows } = await db.query<ViewRow>('SELECT * FROM saved_views WHERE id = $1 AND owner = $2', [id, owner]);
  return rows[0] ? toView(rows[0]) : undefined;
}

/** Inside a transaction: create or replace the view and audit it; an id another user owns is `not_found`. */
export async function putView(client: pg.PoolClient, view: SavedView, meta: { by: string; at: string }): Promise<void> {
  const { rows } = await client.query<ViewRow>('SELECT * FROM saved_views WHERE id = $1 FOR UPDATE', [view.id]);
  const before = rows[0] ? toView(rows[0]) : undefined;
  if (before && before.owner !== view.owner) throw new FaultlineError('not_found', `view not found: ${view.id}`);
  // Two first saves of one id race on the primary key: the loser waits for the winner, then updates its row.
  await client.query(
    `INSERT INTO saved_views (id, owner, name, hash, note, saved_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, hash = excluded.hash, note = excluded.note, saved_at = excluded.saved_at
     WHERE saved_views.owner = excluded.owner`,
    [view.id, view.owner, view.name, view.hash, view.note, view.savedAt],
  );
  const after = await getView(client, view.owner, view.id);
  if (!after) throw new FaultlineError('not_found', `view not found: ${view.id}`);
  await appendAudit(client, [
    { at: meta.at, actor: meta.by, action: 'view.put', kind: 'view', id: view.id, before: viewAuditView(before), after: viewAuditView(after) },
  ]);
}

/** Inside a transaction: delete one of the owner's views and audit it; false when they have none with that id. */
export async function deleteView(client: pg.PoolClient, owner: string, id: string, meta: { by: string; at: string }): Promise<boolean> {
  const { rows } = await client.query<ViewRow>('DELETE FROM saved_views WHERE id = $1 AND owner = $2 RETURNING *', [id, owner]);
  if (!rows[0]) return false;
  await appendAudit(client, [{ at: meta.at, actor: meta.by, action: 'view.delete', kind: 'view', id, before: viewAuditView(toView(rows[0])), after: null }]);
  return true;
}
