// Prints a dataset folder's coverage as Markdown tables (counts by kind and type); with --write, replaces
// the block between the coverage markers of DIR/README.md. Usage: npx tsx scripts/dataset-coverage.ts data/mali [--write]
import { readFileSync, writeFileSync } from 'node:fs';
import { readDataset } from '../src/services/dataset/read-dataset.js';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'data/mali';
const lines: string[] = [];
const print = (text: string) => lines.push(text);
const { records, issues } = readDataset(dir);
if (issues.length) {
  console.error(`${issues.length} problem(s) in ${dir}; run faultline validate`);
  process.exit(1);
}
const count = (values: string[]) => [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]);
const table = (title: string, rows: [string, number][]) => {
  print(`| ${title} | count |\n| --- | ---: |`);
  for (const [k, n] of rows) print(`| ${k} | ${n} |`);
  print('');
};
const field = (kind: keyof typeof records, key: string) => records[kind].map((at) => String((at.record as Record<string, unknown>)[key]));
print(
  `Totals: ${records.source.length} sources, ${records.actor.length} actors, ${records.place.length} places, ${records.relation.length} relations, ${records.event.length} events, ${records.claim.length} claims.\n`,
);
table('actor kind', count(field('actor', 'kind')));
table('relation type', count(field('relation', 'type')));
table('event type', count(field('event', 'type')));
table('place kind', count(field('place', 'kind')));
const claims = records.claim.map((at) => at.record as unknown as { stance: string; value?: unknown; evidence: { source: string }[] });
const titles = new Map(records.source.map((at) => [at.record.id, (at.record as unknown as { title: string }).title]));
table('claims citing', count(claims.flatMap((c) => [...new Set(c.evidence.map((e) => titles.get(e.source) ?? e.source))])));
print(`Competing or disputing claims (with a value, or stance disputes): ${claims.filter((c) => c.value !== undefined || c.stance === 'disputes').length}.`);

const text = lines.join('\n') + '\n';
if (process.argv.includes('--write')) {
  const readme = `${dir}/README.md`;
  const current = readFileSync(readme, 'utf8');
  const start = '<!-- coverage:start -->';
  const end = '<!-- coverage:end -->';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`${readme}: coverage markers not found`);
  writeFileSync(readme, current.slice(0, from + start.length) + '\n' + text + current.slice(to));
} else {
  process.stdout.write(text);
}
