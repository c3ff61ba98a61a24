// A saved view: an in-app location (the URL hash) a user keeps under a name, with a note.
import { z } from 'zod';

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

export const VIEW_NAME_MAX = 120;
export const VIEW_NOTE_MAX = 4000;
export const VIEW_HASH_MAX = 2000;

// `#/` then no whitespace, control character or backslash: what the app's own links produce. A hash
// is never a scheme, so `javascript:` or `https://` can only appear inside it as inert text — but
// the app makes no such locations, so a leading scheme-like segment is refused too.
const IN_APP = /^#\/(?![a-z][a-z0-9+.-]*:)[^\s\p{Cc}\\]*$/iu;

/** The location of a view: an in-app hash (`#/…`), never another page or scheme. */
export const viewHashSchema = z
  .string()
  .max(VIEW_HASH_MAX, `expected at most ${VIEW_HASH_MAX} characters`)
  .regex(IN_APP, 'expected an in-app location starting with #/ (no spaces, no scheme)');

/** A view's name: 1 to VIEW_NAME_MAX printable characters, trimmed. */
export const viewNameSchema = z
  .string()
  .trim()
  .min(1, `expected 1 to ${VIEW_NAME_MAX} characters`)
  .max(VIEW_NAME_MAX, `expected 1 to ${VIEW_NAME_MAX} characters`)
  .regex(/^[^\p{Cc}]*$/u, 'no control characters');

/** A view's note: free text with line breaks, up to VIEW_NOTE_MAX characters; other control characters are refused. */
export const viewNoteSchema = z
  .string()
  .max(VIEW_NOTE_MAX, `expected at most ${VIEW_NOTE_MAX} characters`)
  .regex(/^(?:[^\p{Cc}]|[\n\r\t])*$/u, 'no control characters but line breaks and tabs')
  .transform((note) => note.replace(/\r\n?/g, '\n').trim());

/** A view's id: 24 lower-case hex digits. */
export const viewIdSchema = z.string().regex(/^[0-9a-f]{24}$/, 'expected 24 hex digits');
