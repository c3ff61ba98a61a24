import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { FaultlineError } from '../core/errors.js';
import type { Source } from '../core/model/source.js';
import { sourceSchema } from '../core/model/source.js';
import type { Store } from '../core/store-port.js';
import { normaliseText, sha256Hex } from '../core/text/normalise.js';

export interface RegisteredSource {
  source: Source;
  created: boolean;
  length: number;
}

/** Reads a text file strictly as UTF-8, naming the file when it is not. */
export function readUtf8(file: string): string {
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new FaultlineError('invalid_input', `${file}: not valid UTF-8 text`, { cause: error });
  }
}

/**
 * Registers a document's text: its id is the SHA-256 of the normalised text, so the same document
 * always gets the same id. The text goes to the database only, never into a dataset folder.
 */
export async function registerSource(store: Store, file: string, meta: Partial<Omit<Source, 'id'>> = {}, by = 'analyst'): Promise<RegisteredSource> {
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) throw new FaultlineError('not_found', `file not found: ${file}`);
  const text = normaliseText(readUtf8(file));
  if (text.trim() === '') throw new FaultlineError('invalid_input', `${file}: the document is empty`);
  const id = sha256Hex(text);
  const existing = await store.get('source', id);
  let source: Source;
  if (existing) {
    source = existing;
  } else {
    const candidate = {
      id,
      title: meta.title ?? basename(file),
      reliability: meta.reliability ?? 'F',
      reliabilityReason: meta.reliabilityReason ?? 'not yet graded',
      ...meta,
    };
    const parsed = sourceSchema.safeParse(candidate);
    if (!parsed.success) {
      throw new FaultlineError('invalid_input', `invalid source metadata for ${file}`, {
        issues: parsed.error.issues.map((i) => ({ code: 'invalid_input' as const, path: i.path.join('.'), message: i.message, file })),
      });
    }
    source = parsed.data;
    await store.write([{ kind: 'source', record: source }], { by });
  }
  await store.putSourceText(id, text);
  return { source, created: !existing, length: text.length };
}
