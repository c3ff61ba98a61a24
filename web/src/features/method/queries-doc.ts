// docs/queries.md is bundled into the app as text, so a method opens offline, from a clean clone, in the
// version the app was built with.
import text from '../../../../docs/queries.md?raw';

export const QUERIES_DOC = text;
export const QUERIES_DOC_PATH = 'docs/queries.md';
