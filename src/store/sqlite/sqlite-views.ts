import type Database from 'better-sqlite3';
import { FaultlineError } from '../../core/errors.js';
import type { SavedView } from '../../core/saved-views.js';
import { viewAuditView } from '../audit-views.js';
import { appendAudit } from './sqlite-accounts.js';

interface ViewRow {
  id: string;
  owner: string;
  name: string;
  hash: string;
  note: string;
  saved_at: string;
}

const toView = (r: ViewRow): SavedView => ({ id: r.id, owner: r.owner, name: r.name, hash: r.hash, note: r.note, savedAt: r.saved_at });

/** The saved views of the embedded store; every change and its audit entry share one transaction. */
export class SqliteViews {
  constructor(private readonly db: Database.Database) {}

  private byId(id: string): SavedView | undefined {
    const row = this.db.prepare('SELECT * FROM saved_views WHERE id = ?').get(id) as ViewRow | undefined;
    return row ? toView(row) : undefined;
  }

  listViews(owner: string): SavedView[] {
    return (this.db.prepare('SELECT * FROM saved_views WHERE owner = ? ORDER BY saved_at DESC, id').all(owner) as ViewRow[]).map(toView);
  }

  getView(owner: string, id: string): SavedView | undefined {
    const view = this.byId(id);
    return view?.owner === owner ? view : undefined;
  }

  putView(view: SavedView, meta: { by: string; at: string }): void {
    this.db.transaction(() => {
      const before = this.byId(view.id);
      if (before && before.owner !== view.owner) throw new FaultlineError('not_found', `view not found: ${view.id}`);
      this.db
        .prepare(
          `INSERT INTO saved_views (id, owner, name, hash, note, saved_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, hash = excluded.hash, note = excluded.note, saved_at = excluded.saved_at`,
        )
        .run(view.id, view.owner, view.name, view.hash, view.note, view.savedAt);
      appendAudit(this.db, [
        { at: meta.at, actor: meta.by, action: 'view.put', kind: 'view', id: view.id, before: viewAuditView(before), after: viewAuditView(this.byId(view.id)) },
      ]);
    })();
  }

  deleteView(owner: string, id: string, meta: { by: string; at: string }): boolean {
    return this.db.transaction(() => {
      const before = this.getView(owner, id);
      if (!before) return false;
      this.db.prepare('DELETE FROM saved_views WHERE id = ? AND owner = ?').run(id, owner);
      appendAudit(this.db, [{ at: meta.at, actor: meta.by, action: 'view.delete', kind: 'view', id, before: viewAuditView(before), after: null }]);
      return true;
    })();
  }
}
