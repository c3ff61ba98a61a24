/**
 * Turns an annotator's draft (kept outside the repository, since it quotes the document) into
 * locators. Usage: tsx eval/build-annotations.ts DRAFT.jsonl SEED-KEY
 * Draft lines: {"type":"region","quote":"…","endQuote":"…"}, {"type":"mention","quote":"GATIA","id":"actor:gatia"}
 * (every occurrence inside the regions; "nth": [2, 5] keeps only those occurrences, "loose": true also finds the name
 * glued to a neighbouring word), {"type":"date","quote":"July 19","edtf":"2016-07-19","nth":1},
 * {"type":"relation","quote":"…","relation":"member_of","from":"…","to":"…"}, {"type":"event","quote":"…",…}.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CodePointIndex, sha256Hex } from '../src/core/text/normalise.js';
import type { Annotation, Locator } from './annotation.js';
import { seedDocuments } from './corpus.js';

const [draftFile, key] = process.argv.slice(2);
const doc = seedDocuments().find((d) => d.key === key);
if (!draftFile || !doc) throw new Error('usage: tsx eval/build-annotations.ts DRAFT.jsonl SEED-KEY');
const index = new CodePointIndex(doc.text);
const locator = (unitStart: number, unitEnd: number): Locator => {
  const start = index.toCodePoint(unitStart);
  const end = index.toCodePoint(unitEnd);
  return { start, end, sha256: sha256Hex(index.slice(start, end)) };
};
const occurrences = (quote: string, loose = false): number[] => {
  const found: number[] = [];
  for (let at = doc.text.indexOf(quote); at >= 0; at = doc.text.indexOf(quote, at + 1)) {
    const before = doc.text[at - 1] ?? ' ';
    const after = doc.text[at + quote.length] ?? ' ';
    if (loose || (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after))) found.push(at);
  }
  return found;
};
const drafts = readFileSync(draftFile, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('//'))
  .map((l) => JSON.parse(l) as Record<string, unknown>);
const regions: [number, number][] = [];
const out: Annotation[] = [];
const one = (quote: string, nth = 1): number => {
  const at = occurrences(quote).filter((x) => regions.length === 0 || regions.some(([s, e]) => x >= s && x < e))[nth - 1];
  if (at === undefined) throw new Error(`not found: ${quote} (#${nth})`);
  return at;
};
for (const d of drafts.filter((x) => x['type'] === 'region')) {
  const start = doc.text.indexOf(String(d['quote']));
  const endQuote = String(d['endQuote']);
  const end = doc.text.indexOf(endQuote, start) + endQuote.length;
  if (start < 0 || end < start) throw new Error(`region not found: ${String(d['quote'])}`);
  regions.push([start, end]);
  out.push({ type: 'region', ...locator(start, end) });
}
const taken: [number, number][] = [];
// Longer names first, so that "Barkhane" inside "Operation Barkhane" is not annotated twice.
const mentions = drafts.filter((x) => x['type'] === 'mention').sort((a, b) => String(b['quote']).length - String(a['quote']).length);
const byLength = [...mentions, ...drafts.filter((x) => x['type'] !== 'mention')];
for (const d of byLength) {
  const quote = String(d['quote']);
  if (d['type'] === 'mention') {
    const nth = d['nth'] === undefined ? undefined : [d['nth']].flat().map(Number);
    const inside = occurrences(quote, d['loose'] === true).filter((x) => regions.some(([s, e]) => x >= s && x < e));
    for (const at of inside.filter((_, k) => !nth || nth.includes(k + 1))) {
      if (taken.some(([s, e]) => at < e && s < at + quote.length)) continue;
      taken.push([at, at + quote.length]);
      out.push({ type: 'mention', id: String(d['id']), ...locator(at, at + quote.length) });
    }
  } else if (d['type'] === 'date') {
    const at = one(quote, Number(d['nth'] ?? 1));
    out.push({ type: 'date', edtf: String(d['edtf']), ...locator(at, at + quote.length) });
  } else if (d['type'] === 'relation') {
    const at = one(quote);
    out.push({ type: 'relation', relation: String(d['relation']), from: String(d['from']), to: String(d['to']), evidence: locator(at, at + quote.length) });
  } else if (d['type'] === 'event') {
    const at = one(quote);
    const rest: Record<string, unknown> = { ...d };
    delete rest['type'];
    delete rest['quote'];
    out.push({ type: 'event', participants: [], ...rest, evidence: locator(at, at + quote.length) } as Annotation);
  }
}
writeFileSync(new URL(`./annotations/${key}.jsonl`, import.meta.url), out.map((a) => JSON.stringify(a)).join('\n') + '\n');
process.stdout.write(`${out.length} annotations for ${key}\n`);
