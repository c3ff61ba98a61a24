// Prints a dataset folder's coverage as Markdown tables (counts by kind and type), for its README.
// Usage: npx tsx scripts/dataset-coverage.ts data/mali
import { readDataset } from '../src/services/dataset/read-dataset.js';

const dir = process.argv[2] ?? 'data/mali';
const { records, issues } = readDataset(dir);
if (issues.length) {
  console.error(`${issues.length} problem(s) in ${dir}; run faultline validate`);
  process.exit(1);
}
const count = (values: string[]) => [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]);
const table = (title: string, rows: [string, number][]) => {
  console.log(`| ${title} | count |\n| --- | ---: |`);
  for (const [k, n] of rows) console.log(`| ${k} | ${n} |`);
  console.log();
};
const field = (kind: keyof typeof records, key: string) => records[kind].map((at) => String((at.record as Record<string, unknown>)[key]));
console.log(`Totals: ${records.source.length} sources, ${records.actor.length} actors, ${records.place.length} places, ${records.relation.length} relations, ${records.event.length} events, ${records.claim.length} claims.\n`);
table('actor kind', count(field('actor', 'kind')));
table('relation type', count(field('relation', 'type')));
table('event type', count(field('event', 'type')));
table('place kind', count(field('place', 'kind')));
const claims = records.claim.map((at) => at.record as { stance: string; value?: unknown; evidence: { source: string }[] });
const titles = new Map(records.source.map((at) => [at.record.id, (at.record as unknown as { title: string }).title]));
table('claims citing', count(claims.flatMap((c) => [...new Set(c.evidence.map((e) => titles.get(e.source) ?? e.source))])));
console.log(`Competing or disputing claims (with a value, or stance disputes): ${claims.filter((c) => c.value !== undefined || c.stance === 'disputes').length}.`);
