import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { FaultlineError } from '../../core/errors.js';
import type { Source } from '../../core/model/source.js';
import type { Store } from '../../core/store-port.js';
import { normaliseText, sha256Hex } from '../../core/text/normalise.js';
import { exportText, type ImportEncoding } from './export-text.js';
import { parseActorMapping } from '../../interop/actor-names.js';
import { readUtf8 } from '../register-source.js';

/** An imported file in normal form (T1) with the source record that its rows will be cited from. */
export interface ImportedFile {
  text: string;
  source: Source;
  name: string;
}

/** Reads an export file and describes it as a source; the metadata applies only when the source is new. */
export async function readImportedFile(
  store: Store,
  file: string,
  meta: Omit<Source, 'id' | 'title'> & { title?: string },
  decoding: ImportEncoding = {},
): Promise<ImportedFile> {
  const text = exportText(file, decoding);
  if (text.trim() === '') throw new FaultlineError('invalid_input', `${file}: the file is empty`);
  const id = sha256Hex(text);
  const existing = await store.get('source', id);
  const name = basename(file);
  return { text, name, source: existing ?? { id, title: meta.title ?? name, ...meta } };
}

/** The mapping file's names and the actor each stands for (`null`: skip the name); empty without a file. */
export async function actorMapping(mappingFile: string | undefined): Promise<Map<string, string | null>> {
  if (!mappingFile) return new Map();
  if (!existsSync(mappingFile)) throw new FaultlineError('not_found', `mapping file not found: ${mappingFile}`);
  const parsed = parseActorMapping(normaliseText(readUtf8(mappingFile)), mappingFile);
  if (parsed.issues.length > 0) throw new FaultlineError('invalid_input', `${mappingFile}: ${parsed.issues.length} problem(s)`, { issues: parsed.issues });
  return parsed.mapping;
}
