// The rules of a saved view's fields, apart from saved-views.ts so that the web's forms load no schema library.
import { z } from 'zod';
import { VIEW_HASH_MAX, VIEW_NAME_MAX, VIEW_NOTE_MAX } from './saved-views.js';

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
