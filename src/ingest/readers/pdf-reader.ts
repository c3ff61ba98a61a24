import { FaultlineError } from '../../core/errors.js';
import { startsWithAscii } from './decode.js';
import { overLimit, TextBudget } from './limits.js';
import { assertNotEmpty, compactMetadata, type DocumentReader, type ReaderInput } from './reader.js';

interface TextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

/** `D:20160719093000+02'00'` → `2016-07-19`. */
export function pdfDate(raw: string | undefined): string | undefined {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(raw ?? '');
  if (!m?.[1]) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

/** Joins a page's text items into lines and paragraphs; a larger vertical gap starts a paragraph. */
function pageText(items: readonly TextItem[]): string {
  let out = '';
  let lastY: number | undefined;
  let lineHeight = 0;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (lastY !== undefined && out !== '' && !out.endsWith('\n') && Math.abs(lastY - y) > 1) out += '\n';
    if (lastY !== undefined && lineHeight > 0 && out.endsWith('\n') && lastY - y > lineHeight * 1.8) out += '\n';
    out += item.str;
    if (item.hasEOL) out += '\n';
    if (item.str.trim() !== '') {
      lastY = y;
      lineHeight = item.height || lineHeight;
    }
  }
  // A word broken across lines by a hyphen is one word again.
  return out.replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2').replace(/[ \t]+\n/g, '\n');
}

async function loadPdf(input: ReaderInput) {
  // Imported on demand: pdf.js is large and only PDF ingestion needs it.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    return await pdfjs.getDocument({ data: new Uint8Array(input.bytes), isEvalSupported: false, useSystemFonts: false, verbosity: 0, stopAtErrors: false })
      .promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new FaultlineError('unsupported_file', `${input.name}: the PDF is encrypted with a password`, { cause: error });
    throw new FaultlineError('unsupported_file', `${input.name}: not a readable PDF (${(error as Error).message})`, { cause: error });
  }
}

/** PDF through pdf.js (pure JavaScript, no worker thread, no network): text layer and document info. */
export const pdfReader: DocumentReader = {
  format: 'pdf',
  extensions: ['.pdf'],
  sniff: (bytes) => startsWithAscii(bytes, ['%PDF-']),
  async read(input) {
    assertNotEmpty(input);
    const doc = await loadPdf(input);
    try {
      const maxPages = input.limits?.maxPages;
      if (maxPages !== undefined && doc.numPages > maxPages) throw overLimit(input.name, 'maxPages', maxPages, `${doc.numPages} pages`);
      const budget = new TextBudget(input.name, input.limits?.maxChars);
      const pages: string[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const text = pageText(content.items.filter((i): i is typeof i & TextItem => 'str' in i));
        budget.add(text);
        pages.push(text);
      }
      const text = pages
        .map((p) => p.trim())
        .filter(Boolean)
        .join('\n\n');
      if (text.trim() === '') {
        throw new FaultlineError(
          'no_extractable_text',
          `${input.name}: no extractable text in ${doc.numPages} page(s); it may be a scanned document, which needs OCR first`,
        );
      }
      const info = ((await doc.getMetadata()).info ?? {}) as Record<string, unknown>;
      const str = (key: string) => (typeof info[key] === 'string' ? (info[key] as string) : undefined);
      return {
        format: 'pdf',
        text: text + '\n',
        metadata: compactMetadata({
          title: str('Title'),
          authors: str('Author') ? [str('Author') as string] : undefined,
          date: pdfDate(str('CreationDate')),
          language: str('Language')?.toLowerCase(),
        }),
      };
    } finally {
      await doc.destroy();
    }
  },
};
