/** A sentence as a span of UTF-16 indices into the document text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
}

const ABBREVIATION =
  /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Gen|Col|Lt|Maj|Capt|Cpt|Sgt|St|Mt|No|Nos|Prof|Rev|Sen|Gov|Pres|Jr|Sr|Inc|Ltd|Co|vs|etc|al|cf|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|M|Mme|Mgr|Gal|art|p|pp|e\.g|i\.e|U\.S|U\.N)\.$/;

/**
 * Reports are often hard-wrapped: a line break inside a sentence is read as a space, so that the
 * segmenter does not cut there. The copy has the same length, so offsets stay valid.
 */
export function unwrapLines(text: string): string {
  // One pass over the runs of line breaks: a pattern that also matched the line before each run
  // retried from every character of a last line without a break, quadratic in its length (issue 18).
  const out: string[] = [];
  let lineStart = 0;
  for (const run of text.matchAll(/(?:\n[ \t]*)+/g)) {
    const breaks = run[0];
    const end = run.index + breaks.length;
    const nextBreak = text.indexOf('\n', end);
    const prev = text.slice(lineStart, run.index).trimEnd();
    const next = text.slice(end, nextBreak < 0 ? text.length : nextBreak).trimStart();
    // The document's first line, followed by a blank line, is its title or headline ("Gunmen kill soldiers near Gao" above
    // its dateline) and never joins the next paragraph; further down, a line of a hard-wrapped paragraph may, even across
    // a blank line (text drawn from PDF pages).
    const headline = out.length === 0 && breaks.indexOf('\n') !== breaks.lastIndexOf('\n') && prev.length < 120;
    const joins =
      prev !== '' &&
      next !== '' &&
      !/[.!?:;"”»)\]]$/.test(prev) &&
      (/^[\p{Ll}\d(]/u.test(next) || /[,\-–—]$/.test(prev) || (!headline && prev.length >= 40 && /\p{Ll}$/u.test(prev)));
    out.push(text.slice(lineStart, run.index), joins ? breaks.replace(/\n/g, ' ') : breaks);
    lineStart = end;
  }
  out.push(text.slice(lineStart));
  return out.join('');
}

/** Splits a text into sentences with Intl.Segmenter, mending breaks after common abbreviations. */
export function splitSentences(text: string, language = 'en'): Sentence[] {
  const segmenter = new Intl.Segmenter(language === 'fr' ? 'fr' : 'en', { granularity: 'sentence' });
  const flat = unwrapLines(text);
  const spans: { start: number; end: number }[] = [];
  // ICU segments long texts slowly; paragraphs (and lines that stay lines after unwrapping) go one at a time.
  for (const para of flat.matchAll(/[^\n]+/g)) {
    for (const segment of segmenter.segment(para[0])) {
      const body = segment.segment.trim();
      const lead = segment.segment.length - segment.segment.trimStart().length;
      const start = para.index + segment.index + lead;
      if (body !== '' && /[\p{L}\p{N}]/u.test(body)) spans.push({ start, end: start + body.length });
    }
  }
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    const between = last ? flat.slice(last.end, span.start) : '';
    if (last && !between.includes('\n') && ABBREVIATION.test(flat.slice(Math.max(last.start, last.end - 12), last.end))) last.end = span.end;
    else merged.push({ ...span });
  }
  return merged.map((s, index) => ({ index, ...s }));
}
