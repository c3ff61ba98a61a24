// Authoring aid: prints the evidence selector for a quotation, so the dataset can cite a passage
// without containing it. Usage: npx tsx scripts/cite.ts FILE "exact words from the file" [...more quotes]
import { readFileSync } from 'node:fs';
import { normaliseText, sha256Hex } from '../src/core/text/normalise.js';
import { locatePassage } from '../src/services/locate-passage.js';

const [file, ...quotes] = process.argv.slice(2);
if (!file || quotes.length === 0) {
  process.stderr.write('usage: npx tsx scripts/cite.ts FILE "quotation" ["quotation" ...]\n');
  process.exit(2);
}
const text = normaliseText(readFileSync(file, 'utf8'));
const sourceId = sha256Hex(text);
let failed = false;
for (const quote of quotes) {
  const found = locatePassage(sourceId, text, quote);
  if (found.length === 0) {
    process.stderr.write(`not found in ${file}: ${JSON.stringify(quote.slice(0, 60))}\n`);
    failed = true;
  } else {
    if (found.length > 1) process.stderr.write(`note: ${found.length} occurrences; all printed\n`);
    for (const evidence of found) process.stdout.write(JSON.stringify(evidence) + '\n');
  }
}
process.exit(failed ? 1 : 0);
