// Use cases of saved views: a user keeps in-app locations under a name and a note, and only ever
// reaches their own (docs/security.md, "Saved views").
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { FaultlineError, NotFoundError } from '../../core/errors.js';
import { viewHashSchema, viewNameSchema, viewNoteSchema } from '../../core/saved-view-schemas.js';
import type { SavedView } from '../../core/saved-views.js';
import type { SavedViews } from '../../core/store-port.js';

/** Who acts, and the clock that dates the change. */
export interface ViewActor {
  /** The signed-in user, or `local` in single-user mode: the owner of every view they touch. */
  owner: string;
  clock: () => Date;
}

/** What a user sends to save or change a view. */
export interface ViewInput {
  name: string;
  hash: string;
  note?: string;
}

function checked<T>(schema: z.ZodType<T>, field: string, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? 'invalid';
  throw new FaultlineError('invalid_input', `${field}: ${message}`, { issues: [{ code: 'invalid_input', path: field, message }] });
}

/** The owner's views, most recently saved first. */
export function listOwnViews(store: SavedViews, owner: string): Promise<SavedView[]> {
  return store.listViews(owner);
}

/** Saves a new view under a fresh id; the rules are checked here too, for callers other than HTTP. */
export async function saveView(store: SavedViews, input: ViewInput, actor: ViewActor): Promise<SavedView> {
  const at = actor.clock().toISOString();
  const view: SavedView = {
    id: randomBytes(12).toString('hex'),
    owner: actor.owner,
    name: checked(viewNameSchema, 'name', input.name),
    hash: checked(viewHashSchema, 'hash', input.hash),
    note: checked(viewNoteSchema, 'note', input.note ?? ''),
    savedAt: at,
  };
  await store.putView(view, { by: actor.owner, at });
  return view;
}

/** Changes one of the owner's views (name, location or note); another user's view is `not_found`, as a missing one. */
export async function changeView(store: SavedViews, id: string, change: Partial<ViewInput>, actor: ViewActor): Promise<SavedView> {
  const before = await store.getView(actor.owner, id);
  if (!before) throw new NotFoundError('view', id);
  const at = actor.clock().toISOString();
  const view: SavedView = {
    ...before,
    ...(change.name !== undefined ? { name: checked(viewNameSchema, 'name', change.name) } : {}),
    ...(change.hash !== undefined ? { hash: checked(viewHashSchema, 'hash', change.hash) } : {}),
    ...(change.note !== undefined ? { note: checked(viewNoteSchema, 'note', change.note) } : {}),
    savedAt: at,
  };
  await store.putView(view, { by: actor.owner, at });
  return view;
}

/** Deletes one of the owner's views; another user's view is `not_found`, as a missing one. */
export async function deleteOwnView(store: SavedViews, id: string, actor: ViewActor): Promise<void> {
  if (!(await store.deleteView(actor.owner, id, { by: actor.owner, at: actor.clock().toISOString() }))) throw new NotFoundError('view', id);
}
