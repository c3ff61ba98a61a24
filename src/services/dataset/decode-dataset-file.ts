import type { Issue } from '../../core/errors.js';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * A dataset file's text, and an issue for each line whose bytes are not UTF-8, naming the field that
 * holds them. Decoding leniently would store U+FFFD in place of the bytes (issue 18), so such a line
 * is a problem; the lenient text is still returned, so that the rest of the file is checked too.
 */
export function decodeDatasetFile(file: string, bytes: Uint8Array): { text: string; issues: Issue[] } {
  try {
    return { text: strict.decode(bytes), issues: [] };
  } catch {
    const issues: Issue[] = [];
    let start = 0;
    for (let line = 1; start <= bytes.length; line++) {
      const newline = bytes.indexOf(0x0a, start);
      const end = newline < 0 ? bytes.length : newline;
      const issue = lineIssue(file, line, bytes.subarray(start, end));
      if (issue) issues.push(issue);
      start = end + 1;
    }
    return { text: lenient.decode(bytes), issues };
  }
}

function lineIssue(file: string, line: number, bytes: Uint8Array): Issue | undefined {
  try {
    strict.decode(bytes);
    return undefined;
  } catch {
    const text = lenient.decode(bytes);
    const path = fieldHolding(text);
    return {
      code: 'invalid_input',
      file,
      line,
      ...(path ? { path } : {}),
      message: `not valid UTF-8 at character ${text.indexOf('\uFFFD') + 1} of the line; save the file as UTF-8`,
    };
  }
}

/** The dotted path (`name`, `evidence.0.source`) of the first key or text in a JSON line holding U+FFFD. */
function fieldHolding(text: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const walk = (value: unknown, path: string[]): string | undefined => {
    if (typeof value === 'string') return value.includes('\uFFFD') ? path.join('.') : undefined;
    if (value === null || typeof value !== 'object') return undefined;
    for (const [key, child] of Object.entries(value)) {
      if (key.includes('\uFFFD')) return [...path, key].join('.');
      const found = walk(child, [...path, key]);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(json, []) || undefined;
}
