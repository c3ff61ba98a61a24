import type { Claim } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import { passageOf, type Footnote } from '../actor-profile.js';
import { restsOnlyOnRestricted } from '../visibility.js';
import { readOptions, type QueryOptions } from './load.js';

/** Numbered footnotes shared by the statements of one answer, each opening the passages its claim cites. */
export interface FootnoteBook {
  notes: Footnote[];
  /** The footnote numbers of the accepted claims about a subject, in the order they were first cited. */
  of(subject: string, keep?: (claim: Claim) => boolean): number[];
  /** The accepted claims about a subject, whether cited or not. */
  claims(subject: string): readonly Claim[];
}

/**
 * Reads the accepted claims about the given subjects and numbers them as they are cited, the way an
 * actor profile does (the same `Footnote` shape, so the web's footnote components render them).
 */
export async function footnoteBook(
  store: Store,
  subjects: readonly string[],
  names: ReadonlyMap<string, string>,
  options: QueryOptions,
): Promise<FootnoteBook> {
  const read = readOptions(options);
  const [claims, sources] = await Promise.all([
    subjects.length > 0 ? store.claims({ ...read, subjects: [...new Set(subjects)], statuses: ['accepted'] }) : Promise.resolve([]),
    store.list('source', read),
  ]);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const bySubject = new Map<string, Claim[]>();
  for (const claim of claims) bySubject.set(claim.subject, [...(bySubject.get(claim.subject) ?? []), claim]);
  const notes: Footnote[] = [];
  const numberOf = new Map<string, number>();
  const cite = (claim: Claim): number => {
    const known = numberOf.get(claim.id);
    if (known) return known;
    const n = notes.length + 1;
    numberOf.set(claim.id, n);
    notes.push({
      n,
      claimId: claim.id,
      stance: claim.stance,
      credibility: claim.credibility,
      ...(claim.note ? { note: claim.note } : {}),
      ...(claim.value ? { value: claim.value } : {}),
      ...(claim.voice ? { voice: { ...claim.voice, name: names.get(claim.voice.actor) ?? claim.voice.actor } } : {}),
      ...(restsOnlyOnRestricted(claim) ? { restricted: true as const } : {}),
      passages: claim.evidence.map((e) => passageOf(e, sourceById)),
    });
    return n;
  };
  return {
    notes,
    of: (subject, keep = () => true) => (bySubject.get(subject) ?? []).filter(keep).map(cite),
    claims: (subject) => bySubject.get(subject) ?? [],
  };
}
