import type { Claim } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import { footnoteBook, type Footnote } from '../footnotes.js';
import { readOptions, type QueryOptions } from './load.js';

/** Numbered footnotes shared by the statements of one answer, each opening the passages its claim cites. */
export interface SubjectFootnotes {
  notes: Footnote[];
  /** The footnote numbers of the accepted claims about a subject, in the order they were first cited. */
  of(subject: string, keep?: (claim: Claim) => boolean): number[];
  /** The accepted claims about a subject, whether cited or not. */
  claims(subject: string): readonly Claim[];
}

/**
 * Reads the accepted claims about the given subjects and numbers them as they are cited, the way an
 * actor profile does (its footnote book, so the web's footnote components render them).
 */
export async function subjectFootnotes(
  store: Store,
  subjects: readonly string[],
  names: ReadonlyMap<string, string>,
  options: QueryOptions,
): Promise<SubjectFootnotes> {
  const read = readOptions(options);
  const [claims, sources] = await Promise.all([
    subjects.length > 0 ? store.claims({ ...read, subjects: [...new Set(subjects)], statuses: ['accepted'] }) : Promise.resolve([]),
    store.list('source', read),
  ]);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const bySubject = new Map<string, Claim[]>();
  for (const claim of claims) bySubject.set(claim.subject, [...(bySubject.get(claim.subject) ?? []), claim]);
  const book = footnoteBook(names, sourceById, bySubject, {});
  return {
    notes: book.notes,
    of: (subject, keep = () => true) => (bySubject.get(subject) ?? []).filter(keep).map(book.footnote),
    claims: (subject) => bySubject.get(subject) ?? [],
  };
}
