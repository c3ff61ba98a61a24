import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../src/core/errors.js';
import { CodePointIndex, sha256Hex } from '../src/core/text/normalise.js';
import { makePdf } from '../src/ingest/readers/testing/make-pdf.js';
import { EXTRACTOR_METHOD } from '../src/ingest/version.js';
import { ingestDocuments } from '../src/services/ingest/ingest-document.js';
import { FIXTURE_REPORT, gazetteerStore, tempFile } from './support/ingest-fixtures.js';

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'no error',
    (e: unknown) => (e instanceof FaultlineError ? e.code : `uncoded ${String(e)}`),
  );

describe('ingest: from a report to proposed claims', () => {
  it('registers the source and proposes claims with evidence, all proposed, by the extractor', async () => {
    const store = await gazetteerStore();
    const [result] = await ingestDocuments(store, [FIXTURE_REPORT], { by: 'tester' });
    expect(result?.source.title).toBe('Field note on the Ménaka borderlands');
    expect(result?.source.date).toBe('2018-06');
    const claims = await store.claims();
    expect(claims.length).toBeGreaterThan(3);
    const text = (await store.getSourceText(result?.source.id ?? '')) ?? '';
    const index = new CodePointIndex(text);
    for (const claim of claims) {
      expect(claim.status).toBe('proposed');
      expect(claim.method).toBe(EXTRACTOR_METHOD);
      for (const e of claim.evidence) expect(sha256Hex(index.slice(e.start, e.end))).toBe(e.sha256);
    }
    // Proposals are not facts: no relation or event is recorded until a reviewer accepts it.
    expect(await store.list('relation')).toEqual([]);
    expect(await store.list('event')).toEqual([]);
    const subjects = claims.map((c) => c.subject);
    expect(subjects).toContain('actor:fdt');
    expect(subjects).toContain('rel:fdt.split-from.msa');
    expect(subjects.some((s) => s.startsWith('rel:') && s.includes('allied-with'))).toBe(true);
  });

  it('proposes nothing new when the same document is ingested again', async () => {
    const store = await gazetteerStore();
    await ingestDocuments(store, [FIXTURE_REPORT]);
    const before = await store.counts();
    const [again] = await ingestDocuments(store, [FIXTURE_REPORT]);
    expect(again?.proposed).toEqual([]);
    expect(again?.newSource).toBe(false);
    expect(await store.counts()).toEqual(before);
  });

  it('stores nothing on a dry run, and reports mentions, dates, relations and events', async () => {
    const store = await gazetteerStore();
    const before = await store.counts();
    const [result] = await ingestDocuments(store, [FIXTURE_REPORT], { dryRun: true });
    expect(await store.counts()).toEqual(before);
    expect(await store.getSourceText(result?.source.id ?? '')).toBeUndefined();
    expect(result?.mentions).toContainEqual(expect.objectContaining({ kind: 'actor', id: 'actor:msa', surface: 'MSA' }));
    expect(result?.mentions).toContainEqual(expect.objectContaining({ kind: 'actor', proposed: 'Front for the Defence of Talataye' }));
    expect(result?.dates).toContainEqual(expect.objectContaining({ surface: 'early 2018', edtf: '2018-01/2018-04' }));
    expect(result?.dates).toContainEqual(expect.objectContaining({ surface: 'the following June', edtf: '2018-06' }));
    expect(result?.events).toContainEqual(
      expect.objectContaining({ type: 'armed_clash', date: '2018-03-12', place: 'place:tin-fadimata', fatalities: { low: 17 } }),
    );
    expect(result?.events).toContainEqual(
      expect.objectContaining({
        place: 'place:boni',
        fatalities: { high: 30 },
        participants: expect.arrayContaining([{ actor: 'actor:jnim', role: 'perpetrator', attribution: 'claimed' }]),
      }),
    );
  });
});

describe('ingest: refused files leave nothing behind', () => {
  const cases: [string, () => string, string][] = [
    ['an empty file', () => tempFile('empty.txt', ''), 'empty_document'],
    ['a scanned PDF without a text layer', () => tempFile('scan.pdf', makePdf([[], []])), 'no_extractable_text'],
    [
      'a file that is not UTF-8',
      () => tempFile('latin1.txt', Uint8Array.from([0x4d, 0xe9, 0x6e, 0x61, 0x6b, 0x61, 0x20, 0x61, 0x74, 0x74, 0x61, 0x63, 0x6b])),
      'invalid_encoding',
    ],
    ['a file over the size limit', () => tempFile('big.txt', 'GATIA and the MSA clashed. '.repeat(100)), 'file_too_large'],
    ['a missing file', () => '/nonexistent/report.txt', 'not_found'],
  ];
  it.each(cases)('%s', async (_name, make, code) => {
    const store = await gazetteerStore();
    const before = await store.counts();
    expect(await codeOf(ingestDocuments(store, [make()], { maxBytes: 1000 }))).toBe(code);
    expect(await store.counts()).toEqual(before);
  });
  it('writes nothing from a batch in which one file is refused', async () => {
    const store = await gazetteerStore();
    const before = await store.counts();
    expect(await codeOf(ingestDocuments(store, [FIXTURE_REPORT, tempFile('empty.md', '  \n')]))).toBe('empty_document');
    expect(await store.counts()).toEqual(before);
  });
});
