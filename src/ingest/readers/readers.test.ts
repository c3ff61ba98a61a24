import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../core/errors.js';
import { htmlReader, htmlToText } from './html-reader.js';
import { markdownReader } from './markdown-reader.js';
import { pdfDate, pdfReader } from './pdf-reader.js';
import { pickReader } from './pick-reader.js';
import { readerContract } from './reader.contract.js';
import { makePdf } from './testing/make-pdf.js';
import { txtReader } from './txt-reader.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

readerContract({ reader: txtReader, make: (paragraphs, title) => utf8(`${title}\n\n${paragraphs.join('\n\n')}\n`) });
readerContract({
  reader: markdownReader,
  make: (paragraphs, title) =>
    utf8(
      `---\ndate: 2016-07\n---\n# ${title}\n\n${paragraphs.map((p, i) => (i === 0 ? p.replace('Movement for Unity', '**Movement for Unity**') : p)).join('\n\n')}\n`,
    ),
  withoutText: utf8('---\ntitle: x\n---\n\n***\n'),
});
readerContract({
  reader: htmlReader,
  make: (paragraphs, title) =>
    utf8(
      `<!doctype html><html lang="en"><head><title>${title}</title><style>p{color:red}</style><script>var x = "hidden";</script></head><body>${paragraphs.map((p) => `<p>${p.replace('à', '&agrave;')}</p>`).join('')}</body></html>`,
    ),
  withoutText: utf8('<html><head><script>document.write("x")</script></head><body><img src="a.png"></body></html>'),
});
readerContract({
  reader: pdfReader,
  make: (paragraphs, title) => makePdf([[paragraphs[0] ?? '', '', '', paragraphs[1] ?? '']], { title }),
  withoutText: makePdf([[], []]),
});

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => (e instanceof FaultlineError ? e.code : 'uncoded'),
  );

describe('html reader', () => {
  it('drops scripts, styles and noscript, keeps meta date and author', () => {
    const { text, metadata } = htmlToText(
      '<html><head><meta name="author" content="A. Writer"><meta property="article:published_time" content="2019-05-02T10:00:00Z"></head><body><script>alert(1)</script><noscript>enable js</noscript><p>Words &amp; more.</p></body></html>',
    );
    expect(text.trim()).toBe('Words & more.');
    expect(metadata).toMatchObject({ authors: ['A. Writer'], date: '2019-05-02T10:00:00Z' });
  });
  it('decodes the charset the page declares', async () => {
    const latin1 = Uint8Array.from(
      [...'<html><head><meta charset="windows-1252"></head><body><p>Tombouctou, d']
        .map((c) => c.charCodeAt(0))
        .concat(
          [0xe9],
          [...'but'].map((c) => c.charCodeAt(0)),
        ),
    );
    expect((await htmlReader.read({ bytes: latin1, name: 'x.html' })).text).toContain('début');
  });
});

describe('text decoding', () => {
  it('refuses bytes that are not UTF-8 with invalid_encoding, and accepts them with an explicit encoding', async () => {
    const latin1 = Uint8Array.from([0x4d, 0xe9, 0x6e, 0x61, 0x6b, 0x61]);
    expect(await codeOf(txtReader.read({ bytes: latin1, name: 'x.txt' }))).toBe('invalid_encoding');
    expect((await txtReader.read({ bytes: latin1, name: 'x.txt', encoding: 'latin1' })).text).toBe('Ménaka');
  });
  it('reads UTF-16 with a byte-order mark and refuses it without one', async () => {
    const body = [...'Kidal'].flatMap((c) => [c.charCodeAt(0), 0]);
    expect((await txtReader.read({ bytes: Uint8Array.from([0xff, 0xfe, ...body]), name: 'x.txt' })).text).toBe('Kidal');
    expect(await codeOf(txtReader.read({ bytes: Uint8Array.from(body), name: 'x.txt' }))).toBe('invalid_encoding');
  });
});

describe('pdf reader', () => {
  it('reads the creation date from the PDF info', () => {
    expect(pdfDate("D:20160719093000+02'00'")).toBe('2016-07-19');
    expect(pdfDate(undefined)).toBeUndefined();
  });
  it('refuses bytes that are not a PDF with unsupported_file', async () => {
    expect(await codeOf(pdfReader.read({ bytes: utf8('%PDF-1.4 garbage'), name: 'x.pdf' }))).toBe('unsupported_file');
  });
});

describe('picking a reader', () => {
  it('goes by extension, then by content', () => {
    expect(pickReader('a.md', utf8('# x')).format).toBe('markdown');
    expect(pickReader('a.txt', makePdf([['x']])).format).toBe('pdf');
    expect(pickReader('report', utf8('<!DOCTYPE html><p>x')).format).toBe('html');
    expect(pickReader('report', utf8('plain words')).format).toBe('txt');
    expect(() => pickReader('a.docx', utf8('x'))).toThrowError(FaultlineError);
  });
});
