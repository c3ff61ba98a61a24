// The fuzz's summary per target: what was sent, what came back, and each failure with the request
// that caused it, written so it can be sent again by hand or regenerated from its seed.
import type { Failure, Tally } from './run-routes.js';

const clip = (text: string, max = 200) => (text.length > max ? `${JSON.stringify(text.slice(0, max))}… (${text.length} characters)` : JSON.stringify(text));

function describeFailure(f: Failure): string {
  const lines = [`  FAIL ${f.problems.join('; ')}: ${f.route} as ${f.caller} (seed ${f.seed}, case ${f.index}), answered ${f.status}`];
  lines.push(`    ${f.request.method} ${clip(f.request.url, 200)}`);
  if (f.request.contentType !== undefined) lines.push(`    content-type: ${JSON.stringify(f.request.contentType)}`);
  if (f.request.body !== undefined) lines.push(`    body: ${clip(f.request.body)}`);
  return lines.join('\n');
}

/** Prints one target's tally. */
export function printTally(t: Tally): void {
  const statuses = [...t.statuses.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');
  console.log(`\n== ${t.target}: ${t.sent} requests in ${t.seconds.toFixed(1)} s (${t.unsendable} generated but unsendable)`);
  console.log(`   statuses: ${statuses || 'none'}`);
  if (!t.failures.length) {
    console.log('   failures: none');
    return;
  }
  console.log(`   failures: ${t.failures.length + t.more}${t.more ? ` (${t.more} more like those below not shown)` : ''}`);
  for (const f of t.failures) console.log(describeFailure(f));
}
