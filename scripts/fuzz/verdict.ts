// What every answer to a fuzzed request must satisfy (docs/security.md, "Fuzz and load"): no 5xx, a
// 4xx in the API's error shape, and nothing internal in the body: no stack trace, no path of the
// repository, no database location.
import type { FuzzCase } from './route-cases.js';

/** An answer as the fuzz saw it. */
export interface Answer {
  status: number;
  text: string;
  /**
   * Set when the connection broke before the answer's body was read (scripts/fuzz/targets.ts): the
   * status is the head's, or the refusal the request's size implies; the body cannot be judged.
   */
  unread?: true;
}

const STACK_FRAME = /\bat (?:async )?[\w$.<>[\] ]*\(?(?:file:\/\/|node:|\/)[^\s)]*:\d+:\d+\)?/;
const DATABASE_URL = /postgres(?:ql)?:\/\/[^\s"']+/i;

/**
 * The problems with one answer: an empty list when it passes. `secrets` are strings no answer may
 * hold. The error shape is the API's: a URL whose dot segments resolve outside /api (`/api/actors/../../x`)
 * reaches the web app's plain 404, as a browser's would.
 */
export function judge(sent: FuzzCase, answer: Answer, secrets: readonly string[]): string[] {
  const api = new URL(sent.url, 'http://localhost').pathname.startsWith('/api/');
  const problems: string[] = [];
  if (answer.status === 0) problems.push(answer.text || 'no answer');
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  // Node's HTTP parser answers a request line and headers over 16 KB itself, with an empty 431, before any app code runs.
  const parserRefusal = answer.status === 431 && answer.text === '';
  if (api && answer.status >= 400 && answer.status < 500 && !parserRefusal && !answer.unread && !hasErrorShape(answer.text))
    problems.push(`${answer.status} without { error: { code, message } }`);
  // A 404 may repeat what the client sent; only what the request did not carry is a leak.
  const asked = `${sent.url} ${sent.body ?? ''}`;
  if (STACK_FRAME.test(answer.text) && !STACK_FRAME.test(asked)) problems.push('a stack trace in the answer');
  const url = DATABASE_URL.exec(answer.text)?.[0];
  if (url && !asked.includes(url)) problems.push('a database URL in the answer');
  for (const secret of secrets) if (answer.text.includes(secret) && !asked.includes(secret)) problems.push(`"${secret}" in the answer`);
  return problems;
}

function hasErrorShape(text: string): boolean {
  try {
    const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    return typeof body.error?.code === 'string' && typeof body.error.message === 'string';
  } catch {
    return false;
  }
}
