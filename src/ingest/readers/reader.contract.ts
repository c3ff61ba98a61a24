import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../core/errors.js';
import type { DocumentReader } from './reader.js';

/** How a reader's test builds its own format from plain paragraphs. */
export interface ReaderFixture {
  reader: DocumentReader;
  /** A document in the reader's format holding these paragraphs, with this title. */
  make(paragraphs: readonly string[], title: string): Uint8Array;
  /** A non-empty file of this format that holds no text, where the format allows one. */
  withoutText?: Uint8Array;
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof FaultlineError ? error.code : `uncoded: ${String(error)}`;
  }
}

/** The one suite every reader passes (STYLE: one contract, several implementations). */
export function readerContract({ reader, make, withoutText }: ReaderFixture): void {
  const paragraphs = ['The Movement for Unity (MU) was formed in March 2014 in Kidal.', 'Its leader, Colonel Ag Test, signed the accord à Bamako.'];
  const read = (bytes: Uint8Array) => reader.read({ bytes, name: `fixture.${reader.format}` });

  describe(`reader contract: ${reader.format}`, () => {
    it('returns every paragraph, words in order, accents intact', async () => {
      const doc = await read(make(paragraphs, 'A field report'));
      expect(doc.format).toBe(reader.format);
      const flat = doc.text.replace(/\s+/g, ' ');
      for (const p of paragraphs) expect(flat).toContain(p);
      expect(flat.indexOf(paragraphs[0] ?? '')).toBeLessThan(flat.indexOf(paragraphs[1] ?? ''));
    });
    it('keeps paragraphs apart', async () => {
      const doc = await read(make(paragraphs, 'A field report'));
      expect(doc.text).toMatch(/Kidal\.\s*\n\s*\n?\s*Its leader/);
    });
    it('leaves no markup in the text', async () => {
      const doc = await read(make(paragraphs, 'A field report'));
      expect(doc.text).not.toMatch(/<\/?[a-z]+[ >]|^#|\*\*|%PDF|\bBT\b|\bTj\b/m);
    });
    it('reports the title the file gives', async () => {
      const doc = await read(make(paragraphs, 'A field report'));
      expect(doc.metadata.title).toBe('A field report');
    });
    it('refuses an empty file with empty_document', async () => {
      expect(await codeOf(read(new Uint8Array()))).toBe('empty_document');
      expect(await codeOf(read(new TextEncoder().encode('  \n\n '))), 'whitespace only').toBe('empty_document');
    });
    if (withoutText) {
      it('refuses a file without text with no_extractable_text', async () => {
        expect(await codeOf(read(withoutText))).toBe('no_extractable_text');
      });
    }
  });
}
