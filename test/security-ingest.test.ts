// Issue 18, findings 8 and 12: hostile or large inputs to `ingest` are refused with an error naming the
// file and the limit, or read correctly, never crashing and never storing half a document or mojibake.
// These tests check what happens, not how long it takes.
import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../src/core/errors.js';
import { makePdf } from '../src/ingest/readers/testing/make-pdf.js';
import { ingestDocuments, type IngestOptions } from '../src/services/ingest/ingest-document.js';
import type { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { gazetteerStore, tempFile } from './support/ingest-fixtures.js';

/** Ingests and expects a refusal: its code, and a message naming the file and the limit. */
async function refusal(store: SqliteStore, file: string, options: IngestOptions = {}): Promise<{ code: string; message: string }> {
  try {
    await ingestDocuments(store, [file], { by: 'tester', ...options });
  } catch (error) {
    if (error instanceof FaultlineError) return { code: error.code, message: error.message };
    return { code: `uncoded ${String(error)}`, message: '' };
  }
  return { code: 'no error', message: '' };
}

async function expectNothingStored(store: SqliteStore, before: Awaited<ReturnType<SqliteStore['counts']>>): Promise<void> {
  expect(await store.counts()).toEqual(before);
  expect(await store.list('source')).toEqual([]);
}

const nested = (depth: number, text: string) => `<!doctype html><html><body>${'<div>'.repeat(depth)}<p>${text}</p>${'</div>'.repeat(depth)}</body></html>`;

describe('ingest limits on hostile inputs', () => {
  it('finding 8: a text of 200,000 years is read without overflowing the stack, its latest year the anchor', async () => {
    const store = await gazetteerStore();
    const years = Array.from({ length: 200_000 }, (_, i) => 1900 + ((i * 7919) % 120));
    const file = tempFile('years.txt', `GATIA and the MSA clashed near Ménaka. ${years.join(' ')}\n`);
    const [result] = await ingestDocuments(store, [file], { by: 'tester', dryRun: true, clock: () => new Date('2026-01-01T00:00:00Z') });
    expect(result?.documentDate).toBe('2019');
    expect(result?.dates.length).toBeGreaterThan(100_000);
  });

  it('finding 8: HTML nested 200,000 deep is refused naming the file and the depth limit, nothing stored; nesting within it is read', async () => {
    const store = await gazetteerStore();
    const before = await store.counts();
    const deep = tempFile('deep.html', nested(200_000, 'GATIA and the MSA clashed near Ménaka in 2016.'));
    const refused = await refusal(store, deep);
    expect(refused.code).toBe('file_too_large');
    expect(refused.message).toContain(deep);
    expect(refused.message).toContain('1000');
    await expectNothingStored(store, before);

    const within = tempFile('within.html', nested(900, 'GATIA and the MSA clashed near Ménaka in 2016.'));
    const [result] = await ingestDocuments(store, [within], { by: 'tester', dryRun: true });
    expect(result?.mentions.map((m) => m.id)).toEqual(expect.arrayContaining(['actor:gatia', 'actor:msa', 'place:menaka']));
    // A lower limit refuses the same file.
    expect((await refusal(store, within, { maxDepth: 500 })).code).toBe('file_too_large');
  });

  it('finding 8: text, HTML and PDF over the character limit are refused naming the file and the limit, nothing stored', async () => {
    const store = await gazetteerStore();
    const before = await store.counts();
    const sentence = 'GATIA and the MSA clashed near Ménaka in 2016. ';
    const text = tempFile('long.txt', sentence.repeat(Math.ceil(2_000_001 / sentence.length)));
    const refused = await refusal(store, text);
    expect(refused).toMatchObject({ code: 'file_too_large' });
    expect(refused.message).toContain(text);
    expect(refused.message).toContain('2000000');
    // A large page is refused while it is being read, not after building all its text.
    const html = tempFile('long.html', `<!doctype html><html><body>${`<p>${sentence}</p>\n`.repeat(50_000)}</body></html>`);
    expect((await refusal(store, html, { maxChars: 100_000 })).code).toBe('file_too_large');
    const pdf = tempFile('long.pdf', makePdf([[sentence.repeat(2)], [sentence.repeat(2)]]));
    expect((await refusal(store, pdf, { maxChars: 100 })).code).toBe('file_too_large');
    await expectNothingStored(store, before);
  });

  it('finding 8: a PDF with more pages than the limit is refused naming the file and the limit, nothing stored', async () => {
    const store = await gazetteerStore();
    const before = await store.counts();
    const pdf = tempFile('pages.pdf', makePdf([['GATIA and the MSA clashed.'], ['Near Ménaka.'], ['In 2016.']]));
    const refused = await refusal(store, pdf, { maxPages: 2 });
    expect(refused.code).toBe('file_too_large');
    expect(refused.message).toContain(pdf);
    expect(refused.message).toMatch(/\b2\b/);
    await expectNothingStored(store, before);
    const [read] = await ingestDocuments(store, [pdf], { by: 'tester', dryRun: true, maxPages: 3 });
    expect(read?.mentions.length).toBeGreaterThan(0);
  });

  it('finding 8: a document still being read past the time limit is refused naming the file and the limit, nothing stored', async () => {
    const store = await gazetteerStore();
    const before = await store.counts();
    const file = tempFile('slow.txt', 'GATIA and the MSA clashed near Ménaka in 2016.\n'.repeat(50));
    // A timer that moves on a second each time it is read: the work looks slow without being slow.
    let now = 0;
    const refused = await refusal(store, file, { maxSeconds: 3, timer: () => (now += 1000) });
    expect(refused.code).toBe('file_too_large');
    expect(refused.message).toContain(file);
    expect(refused.message).toMatch(/\b3 seconds\b/);
    await expectNothingStored(store, before);
  });
});

describe('declared character sets', () => {
  it('finding 12: HTML declaring UTF-16 whose bytes are UTF-8 is read as UTF-8 with a warning, never stored as mojibake', async () => {
    const store = await gazetteerStore();
    const page = `<!doctype html><html><head><meta charset="utf-16"><title>Rapport</title></head><body><p>Le GATIA et le MSA se sont affrontés près de Ménaka en 2016.</p></body></html>`;
    // An even number of bytes, as in the review: read as UTF-16 they decode, to nonsense, without an error.
    const bytes = new TextEncoder().encode(page.length % 2 === 0 ? `${page}\n` : page);
    const file = tempFile('wrong-charset.html', bytes.length % 2 === 0 ? bytes : new TextEncoder().encode(`${page}\n\n`));
    const [result] = await ingestDocuments(store, [file], { by: 'tester' });
    const text = (await store.getSourceText(result?.source.id ?? '')) ?? '';
    expect(text).toContain('affrontés près de Ménaka');
    expect(result?.warnings).toEqual([expect.stringContaining(file)]);
    expect(result?.mentions.map((m) => m.id)).toEqual(expect.arrayContaining(['actor:gatia', 'place:menaka']));
    // Bytes that are not UTF-8 either are refused rather than guessed at.
    const latin1 = tempFile('latin1.html', Uint8Array.from([...new TextEncoder().encode(page.slice(0, 60)), 0xe9, 0x20, 0x61]));
    expect((await refusal(store, latin1)).code).toBe('invalid_encoding');
  });
});
