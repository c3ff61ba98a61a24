// A saved view: an in-app location (the URL hash) a user keeps under a name, with a note.
// Plain types and bounds; the rules are in saved-view-schemas.ts.

/** A location in the web app, its name and its note, owned by one user (docs/security.md, "Saved views"). */
export interface SavedView {
  /** 24 hex digits, made by the server. */
  id: string;
  /** The user it belongs to; `local` in single-user mode. */
  owner: string;
  name: string;
  /** An in-app location such as `#/network?date=2017-06`. */
  hash: string;
  /** Free text; empty when there is none. */
  note: string;
  /** When it was first saved or last changed (ISO instant). */
  savedAt: string;
}

/** Bounds of a view's fields, shared by the server's schemas (saved-view-schemas.ts) and the web's forms. */
export const VIEW_NAME_MAX = 120;
export const VIEW_NOTE_MAX = 4000;
export const VIEW_HASH_MAX = 2000;
