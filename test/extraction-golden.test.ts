// Golden files of the extraction output for each seed document, against the frozen gazetteer.
// They hold offsets, ids, EDTF and short surfaces only. Update deliberately: npm run golden:update.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/core/text/normalise.js';
import { extract } from '../src/ingest/extract.js';
import { presentExtraction, type ExtractionReport } from '../src/services/ingest/present-extraction.js';
import { frozenGazetteer, seedDocuments } from '../eval/corpus.js';

/** Surfaces longer than a few words are replaced by their hash, so no golden file repeats a passage. */
const short = (surface: string) => (surface.split(/\s+/).length <= 5 ? surface : `sha256:${sha256Hex(surface).slice(0, 16)}`);

/** One JSON value per line, so that a change shows as a changed line in review. */
function golden(report: ExtractionReport): string {
  const lines = [
    ...report.mentions.map((m) => ['mention', m.start, m.end, m.proposed ? `new:${m.id}` : m.id, short(m.surface)]),
    ...report.proposedActors.map((p) => ['actor', { ...p, name: short(p.name) }]),
    ...report.dates.map((d) => ['date', d.start, d.end, d.edtf, short(d.surface)]),
    ...report.relations.map((r) => ['relation', r]),
    ...report.events.map((e) => ['event', e]),
  ];
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}

const seeds = seedDocuments();
const { actors, places } = frozenGazetteer();

describe.skipIf(seeds.length === 0)('extraction golden files (test/golden/NNN.jsonl)', () => {
  it.each(seeds.map((s) => [s.key, s] as const))('seed %s', async (key, doc) => {
    const extraction = extract({ text: doc.text, actors, places, ...(doc.date ? { documentDate: doc.date } : {}) });
    await expect(golden(presentExtraction(extraction, doc.text))).toMatchFileSnapshot(`./golden/${key}.jsonl`);
  });
  // The time the whole corpus takes is a figure for `npm run bench` (bench/extraction-throughput.ts), not a test:
  // tests check correctness, and a shared machine's load made this one fail at 12 s with nothing wrong.
});
