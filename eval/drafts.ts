/**
 * An annotator's draft turned into locators: each draft line quotes the text it annotates, and the quote is found in the
 * normalised text. Shared by eval/build-annotations.ts (drafts of the seeds, kept outside the repository) and
 * eval/texts.ts (drafts of texts we wrote ourselves, kept beside them). Draft syntax: see eval/build-annotations.ts.
 */
import { FaultlineError, formatIssue, type Issue } from '../src/core/errors.js';
import { CodePointIndex, sha256Hex } from '../src/core/text/normalise.js';
import type { Annotation, Locator } from './annotation.js';

/** One line of a draft: its fields and where it stands in its file, for error messages. */
export interface DraftLine {
  line: number;
  fields: Record<string, unknown>;
}

function fail(issue: Issue): never {
  throw new FaultlineError(issue.code, formatIssue(issue), { issues: [issue] });
}

/** Parses a draft file's lines; blank lines and lines starting with // are skipped. */
export function parseDrafts(source: string, file: string): DraftLine[] {
  const out: DraftLine[] = [];
  source.split('\n').forEach((l, i) => {
    if (!l.trim() || l.startsWith('//')) return;
    let fields: unknown;
    try {
      fields = JSON.parse(l);
    } catch (cause) {
      fail({ code: 'invalid_input', file, line: i + 1, message: `not JSON: ${(cause as Error).message}` });
    }
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
      fail({ code: 'invalid_input', file, line: i + 1, message: 'expected a JSON object' });
    out.push({ line: i + 1, fields: fields as Record<string, unknown> });
  });
  return out;
}

/** Where a quote stands in the text as a whole word (or anywhere when loose), as UTF-16 offsets. */
export function occurrences(text: string, quote: string, loose = false): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + quote.length] ?? ' ';
    if (loose || (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after))) found.push(at);
  }
  return found;
}

/**
 * Locates every draft line in the text. Mentions annotate every occurrence inside the regions (longer quotes first, so a
 * name inside a longer one is not annotated twice); dates, relations and events take one occurrence.
 */
export function locateDrafts(text: string, drafts: readonly DraftLine[], file: string): Annotation[] {
  const index = new CodePointIndex(text);
  const locator = (unitStart: number, unitEnd: number): Locator => {
    const start = index.toCodePoint(unitStart);
    const end = index.toCodePoint(unitEnd);
    return { start, end, sha256: sha256Hex(index.slice(start, end)) };
  };
  const regions: [number, number][] = [];
  const out: Annotation[] = [];
  const one = (d: DraftLine, quote: string, nth = 1): number => {
    const at = occurrences(text, quote).filter((x) => regions.length === 0 || regions.some(([s, e]) => x >= s && x < e))[nth - 1];
    if (at === undefined) fail({ code: 'invalid_input', file, line: d.line, path: 'quote', message: `not found: ${quote} (#${nth})` });
    return at;
  };
  for (const d of drafts.filter((x) => x.fields['type'] === 'region')) {
    const start = text.indexOf(String(d.fields['quote']));
    const endQuote = String(d.fields['endQuote']);
    const endAt = text.indexOf(endQuote, start);
    const end = endAt + endQuote.length;
    if (start < 0) fail({ code: 'invalid_input', file, line: d.line, path: 'quote', message: `region not found: ${String(d.fields['quote'])}` });
    if (endAt < 0 || end < start) fail({ code: 'invalid_input', file, line: d.line, path: 'endQuote', message: `region end not found: ${endQuote}` });
    regions.push([start, end]);
    out.push({ type: 'region', ...locator(start, end) });
  }
  const taken: [number, number][] = [];
  const quoteOf = (d: DraftLine) => String(d.fields['quote']);
  const mentions = drafts.filter((x) => x.fields['type'] === 'mention').sort((a, b) => quoteOf(b).length - quoteOf(a).length);
  const byLength = [...mentions, ...drafts.filter((x) => x.fields['type'] !== 'mention')];
  for (const d of byLength) {
    const f = d.fields;
    const quote = quoteOf(d);
    if (f['type'] === 'mention') {
      const nth = f['nth'] === undefined ? undefined : [f['nth']].flat().map(Number);
      const inside = occurrences(text, quote, f['loose'] === true).filter((x) => regions.some(([s, e]) => x >= s && x < e));
      for (const at of inside.filter((_, k) => !nth || nth.includes(k + 1))) {
        if (taken.some(([s, e]) => at < e && s < at + quote.length)) continue;
        taken.push([at, at + quote.length]);
        out.push({ type: 'mention', id: String(f['id']), ...locator(at, at + quote.length) });
      }
    } else if (f['type'] === 'date') {
      const at = one(d, quote, Number(f['nth'] ?? 1));
      out.push({ type: 'date', edtf: String(f['edtf']), ...locator(at, at + quote.length) });
    } else if (f['type'] === 'relation') {
      const at = one(d, quote);
      out.push({ type: 'relation', relation: String(f['relation']), from: String(f['from']), to: String(f['to']), evidence: locator(at, at + quote.length) });
    } else if (f['type'] === 'event') {
      const at = one(d, quote);
      const rest: Record<string, unknown> = { ...f };
      delete rest['type'];
      delete rest['quote'];
      // The draft's other fields are the event's own, copied as they stand (eval/texts.ts checks them first).
      out.push({ type: 'event', participants: [], ...rest, evidence: locator(at, at + quote.length) } as unknown as Annotation);
    }
  }
  return out;
}
