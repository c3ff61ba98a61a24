import { foldFact, type FoldedFact } from '../core/fold.js';
import type { TriageContext } from '../core/triage.js';
import type { Claim, Evidence } from '../core/model/claim.js';
import type { ConflictEvent } from '../core/model/event.js';
import type { Place } from '../core/model/place.js';
import type { Relation } from '../core/model/relation.js';
import type { Source } from '../core/model/source.js';
import { isRedactedEvidence, restsOnlyOnRestricted } from './visibility.js';

/** A numbered footnote: one claim and where its evidence lies. */
export interface Footnote {
  n: number;
  claimId: string;
  stance: Claim['stance'];
  credibility: Claim['credibility'];
  note?: string;
  value?: Record<string, unknown>;
  /** M7: the party whose own statement the claim reports (an allegation, a claim of responsibility, a denial). */
  voice?: { actor: string; name: string; says: 'alleges' | 'claims' | 'denies' };
  /** A passage of a restricted source that the reader may not see is listed as `restricted: true`, with no id, title or offsets. */
  passages: {
    sourceId: string;
    sourceTitle: string;
    /** Who wrote or published the document: source metadata, not a conflict actor. */
    sourceOrigin?: string;
    reliability: Source['reliability'] | '?';
    start: number;
    end: number;
    restricted?: true;
  }[];
  /** Set when every passage the claim cites is withheld: the fact rests on restricted sources only. */
  restricted?: true;
}

/** A dated statement of a profile (a tie or an event), its fold status, disputes and footnotes. */
export interface ProfileStatement {
  id: string;
  text: string;
  /** The other end of the tie, for linking. */
  other?: { id: string; name: string };
  when: string;
  status: FoldedFact<Record<string, unknown>>['status'];
  /** Set when sources differ on a property only in precision, or by less than it (R1–R5, N1): no dispute. */
  differs?: 'precision';
  /** Competing readings of disputed properties, each with its footnotes. */
  disputes: { property: string; value: unknown; footnotes: number[] }[];
  footnotes: number[];
}

/** The footnotes of one page: each claim numbered once, in the order statements first cite it. */
export interface FootnoteBook {
  notes: Footnote[];
  /** The claim's number, numbering it on first use. */
  footnote: (claim: Claim) => number;
  /** A statement about a record, folded from its claims, with every claim behind it numbered. */
  statement: (
    record: Relation | ConflictEvent | Place,
    text: string,
    when: string,
    properties: readonly string[],
    other?: { id: string; name: string },
  ) => ProfileStatement;
}

/** Starts a page's footnotes; `names` names the actors a claim's voice refers to. */
export function footnoteBook(
  names: ReadonlyMap<string, string>,
  sourceById: ReadonlyMap<string, Source>,
  bySubject: ReadonlyMap<string, readonly Claim[]>,
  triage: TriageContext,
): FootnoteBook {
  const notes: Footnote[] = [];
  const numberOf = new Map<string, number>();
  const footnote = (claim: Claim): number => {
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
  const statement: FootnoteBook['statement'] = (record, text, when, properties, other) => {
    const fold = foldFact(record, bySubject.get(record.id) ?? [], properties, triage);
    const disputes = Object.entries(fold.properties)
      .filter(([, p]) => p.status === 'disputed')
      .flatMap(([property, p]) => p.versions.map((v) => ({ property, value: v.value, footnotes: [...v.supports, ...v.disputes].map(footnote) })));
    const differs = Object.values(fold.properties).some((p) => p.status !== 'disputed' && p.difference !== undefined);
    return {
      id: record.id,
      text,
      when,
      status: fold.status,
      ...(differs ? { differs: 'precision' as const } : {}),
      disputes,
      footnotes: fold.claims.map(footnote),
      ...(other ? { other } : {}),
    };
  };
  return { notes, footnote, statement };
}

/** A cited passage for a footnote: its source's title, origin and grade, or a placeholder for a withheld one. */
export function passageOf(e: Evidence, sourceById: ReadonlyMap<string, Source>): Footnote['passages'][number] {
  if (isRedactedEvidence(e)) return { sourceId: '', sourceTitle: 'restricted source', reliability: '?', start: 0, end: 0, restricted: true };
  const source = sourceById.get(e.source);
  return {
    sourceId: e.source,
    sourceTitle: source?.title ?? e.source.slice(0, 12),
    ...originOf(source),
    reliability: source?.reliability ?? '?',
    start: e.start,
    end: e.end,
  };
}

/** A document's authors, or else its publisher, for a footnote. */
function originOf(source: Source | undefined): { sourceOrigin?: string } {
  const origin = source?.authors?.length ? source.authors.join(', ') : source?.publisher;
  return origin ? { sourceOrigin: origin } : {};
}
