/**
 * Turns an annotator's draft (kept outside the repository, since it quotes the document) into
 * locators. Usage: tsx eval/build-annotations.ts DRAFT.jsonl SEED-KEY
 * Draft lines: {"type":"region","quote":"…","endQuote":"…"}, {"type":"mention","quote":"GATIA","id":"actor:gatia"}
 * (every occurrence inside the regions; "nth": [2, 5] keeps only those occurrences, "loose": true also finds the name
 * glued to a neighbouring word), {"type":"date","quote":"July 19","edtf":"2016-07-19","nth":1},
 * {"type":"relation","quote":"…","relation":"member_of","from":"…","to":"…"}, {"type":"event","quote":"…",…}.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { seedDocuments } from './corpus.js';
import { locateDrafts, parseDrafts } from './drafts.js';

const [draftFile, key] = process.argv.slice(2);
const doc = seedDocuments().find((d) => d.key === key);
if (!draftFile || !doc) throw new Error('usage: tsx eval/build-annotations.ts DRAFT.jsonl SEED-KEY');
const out = locateDrafts(doc.text, parseDrafts(readFileSync(draftFile, 'utf8'), draftFile), draftFile);
writeFileSync(new URL(`./annotations/${key}.jsonl`, import.meta.url), out.map((a) => JSON.stringify(a)).join('\n') + '\n');
process.stdout.write(`${out.length} annotations for ${key}\n`);
