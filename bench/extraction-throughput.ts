// Extraction throughput on the seed corpus (words per second), for `npm run bench`; owned by ingestion.
import { frozenGazetteer, knownTies, seedDocuments } from '../eval/corpus.js';
import { extract } from '../src/ingest/extract.js';

/** Extracts every seed document (after one warm-up pass) and reports words per second, or why it could not. */
export function extractionThroughput(): string {
  const seeds = seedDocuments();
  if (seeds.length === 0) return 'extraction throughput: no seed documents beside the repository (../shared/seeds)';
  const { actors, places } = frozenGazetteer();
  // With the graph's ties, as ingest runs it (each seed without the ties only it attests, as the evaluation reads it),
  // read before the clock starts.
  const known = new Map(seeds.map((doc) => [doc.id, knownTies(doc.id)]));
  const run = () =>
    seeds.reduce(
      (words, doc) =>
        words + extract({ text: doc.text, actors, places, known: known.get(doc.id) ?? [], ...(doc.date ? { documentDate: doc.date } : {}) }).words,
      0,
    );
  run();
  const started = performance.now();
  const words = run();
  const seconds = (performance.now() - started) / 1000;
  return `extraction throughput: ${Math.round(words / seconds).toLocaleString('en')} words/s (${seeds.length} seed documents, ${words.toLocaleString('en')} words in ${seconds.toFixed(2)} s)`;
}
