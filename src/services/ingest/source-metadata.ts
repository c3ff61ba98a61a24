import { basename, extname } from 'node:path';
import { FaultlineError } from '../../core/errors.js';
import { analyseTemporal } from '../../core/dates/edtf.js';
import { sourceSchema, type Source } from '../../core/model/source.js';
import type { DocumentMetadata } from '../../ingest/readers/reader.js';

/** What the analyst says about a document on the command line or in the request. */
export type SourceFlags = Partial<Pick<Source, 'title' | 'publisher' | 'date' | 'url' | 'kind' | 'reliability' | 'reliabilityReason' | 'language' | 'authors'>>;

/** An EDTF date from what a file states ("2019-05-02T10:00:00Z", "2016-07"), when it can be read. */
export function edtfFromStated(raw: string | undefined): string | undefined {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(raw?.trim() ?? '');
  if (!m) return undefined;
  const edtf = [m[1], m[2], m[3]].filter(Boolean).join('-');
  return typeof analyseTemporal(edtf) === 'string' ? undefined : edtf;
}

/** The source record for a new document: flags first, then what the file says, then defaults. */
export function sourceRecord(id: string, file: string, metadata: DocumentMetadata, language: string | undefined, flags: SourceFlags): Source {
  const date = flags.date ?? edtfFromStated(metadata.date);
  const lang = flags.language ?? language ?? metadata.language?.split('-')[0];
  const candidate: Record<string, unknown> = {
    id,
    title: flags.title ?? metadata.title ?? basename(file, extname(file)),
    authors: flags.authors ?? metadata.authors,
    publisher: flags.publisher,
    date,
    url: flags.url ?? metadata.url,
    language: lang,
    kind: flags.kind,
    reliability: flags.reliability ?? 'F',
    reliabilityReason: flags.reliabilityReason ?? 'not yet graded: registered by ingestion',
  };
  for (const key of Object.keys(candidate)) if (candidate[key] === undefined) delete candidate[key];
  const parsed = sourceSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new FaultlineError('invalid_input', `invalid source metadata for ${file}`, {
      issues: parsed.error.issues.map((i) => ({ code: 'invalid_input' as const, path: i.path.join('.'), message: i.message, file })),
    });
  }
  return parsed.data;
}
