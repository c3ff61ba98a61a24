import { FACT_PROPERTIES, foldFact, type ValueVersion } from '../../core/fold.js';
import { kindOfId } from '../../core/ids.js';
import { triageContextOf } from '../../core/triage-context.js';
import type { Difference } from '../../core/triage.js';
import { weighReading, type ReadingWeight } from '../../core/weigh.js';
import type { Claim, ClaimVoice } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import { RELATION_TYPES } from '../../core/vocab/relation-types.js';
import { groupBy } from '../../core/group-by.js';
import { passageOf, type Footnote } from '../footnotes.js';
import { namesOf, readOptions, relationsOf, type QueryOptions } from './load.js';

/** What one claim says, and which sources it cites. */
export interface ClaimSaying {
  claim: string;
  stance: Claim['stance'];
  credibility: Claim['credibility'];
  note?: string;
  /** M7: the party whose own statement the claim reports, and what it says. */
  voice?: { actor: string; name: string; says: ClaimVoice['says'] };
  sources: { id: string; title: string; reliability: string }[];
  /** Each cited passage with its offsets, as profile footnotes give them (a withheld one is `restricted`, with no id or offsets). */
  passages: Footnote['passages'];
}

/** A disputed fact: the competing readings of each disputed property, and claims against the whole. */
export interface Dispute {
  subject: string;
  kind: string;
  label: string;
  properties: {
    property: string;
    /** R1–R5: `contradiction` (or a claim disputing a value) makes the fact disputed; `refinement` and `near_miss` are listed only with `all`. */
    difference: Difference | 'disputed';
    /** Heaviest first (W1–W3); no winner is picked. */
    readings: { value: unknown; weight: ReadingWeight; supports: ClaimSaying[]; disputes: ClaimSaying[] }[];
  }[];
  /** W1: the weight behind the lighter side of the fact's gravest disagreement: how strongly it is contested. */
  weight: number;
  /** Accepted claims that dispute the record as a whole (M5), with their weight (W1). */
  disputedBy: ClaimSaying[];
  disputedWeight?: ReadingWeight;
  /** When the record as a whole is disputed, the other side: the claims that support it as written, weighed. */
  supportedBy?: ClaimSaying[];
  supportedWeight?: ReadingWeight;
}

/**
 * disputes: facts whose accepted claims contradict each other (M4, M5, R1–R5), heaviest first (W1–W3),
 * and what each source says;
 * with `all`, also readings that only refine each other or miss by less than their precision. A
 * `subject` that is an actor also finds the ties it is an end of and the events it takes part in.
 */
export async function disputes(store: Store, options: QueryOptions & { subject?: string; all?: boolean } = {}): Promise<Dispute[]> {
  const read = readOptions(options);
  const subjects = options.subject ? await subjectsOf(store, options.subject, options) : undefined;
  const claims = await store.claims({ ...read, statuses: ['accepted'], ...(subjects ? { subjects } : {}) });
  const [sources, places, names] = await Promise.all([store.list('source', read), store.list('place', read), namesOf(store, options)]);
  const context = triageContextOf(sources, places);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const saying = (c: Claim): ClaimSaying => ({
    claim: c.id,
    stance: c.stance,
    credibility: c.credibility,
    ...(c.note ? { note: c.note } : {}),
    ...(c.voice ? { voice: { ...c.voice, name: names.get(c.voice.actor) ?? c.voice.actor } } : {}),
    sources: [...new Set(c.evidence.map((e) => e.source))].map((id) => ({
      id,
      title: sourceById.get(id)?.title ?? id.slice(0, 12),
      reliability: sourceById.get(id)?.reliability ?? '?',
    })),
    passages: c.evidence.map((e) => passageOf(e, sourceById)),
  });
  const out: Dispute[] = [];
  for (const [subject, list] of groupBy(claims, (c) => c.subject)) {
    // Only a dispute or two differing values can make a fact disputed; skip the single-claim majority early.
    if (!list.some((c) => c.stance === 'disputes' || c.value !== undefined)) continue;
    const kind = kindOfId(subject);
    if (kind !== 'actor' && kind !== 'place' && kind !== 'relation' && kind !== 'event') continue;
    const record = await store.get(kind, subject, read);
    if (!record) continue;
    const fold = foldFact(record, list, FACT_PROPERTIES[kind], context);
    const shown = Object.entries(fold.properties).filter(([, p]) => p.status === 'disputed' || (options.all === true && p.difference !== undefined));
    if (fold.status !== 'disputed' && shown.length === 0) continue;
    const readings = (versions: ValueVersion[]) =>
      versions
        .map((v) => ({ value: v.value, weight: weighReading(v.supports, sourceById), supports: v.supports.map(saying), disputes: v.disputes.map(saying) }))
        .sort((a, b) => b.weight.score - a.weight.score);
    const properties: Dispute['properties'] = shown.map(([property, p]) => ({
      property,
      difference: p.status === 'disputed' ? (p.difference === 'contradiction' ? 'contradiction' : 'disputed') : (p.difference ?? 'refinement'),
      readings: readings(p.versions),
    }));
    const contested = properties.filter((p) => p.difference === 'contradiction' || p.difference === 'disputed');
    const againstWeight = weighReading(fold.disputes, sourceById);
    const forWeight = weighReading(fold.supports, sourceById);
    // A record disputed as a whole is as contested as the lighter of its two sides.
    const against = fold.disputes.length > 0 ? Math.min(againstWeight.score, forWeight.score) : 0;
    const weight = Math.max(
      against,
      ...contested.map((p) => (p.readings.length > 1 ? Math.min(...p.readings.slice(0, 2).map((r) => r.weight.score)) : (p.readings[0]?.weight.score ?? 0))),
    );
    out.push({
      subject,
      kind,
      label: labelOf(kind, record, names),
      properties,
      disputedBy: fold.disputes.map(saying),
      ...(fold.disputes.length > 0 ? { disputedWeight: againstWeight, supportedBy: fold.supports.map(saying), supportedWeight: forWeight } : {}),
      weight,
    });
  }
  return out.sort((a, b) => b.weight - a.weight || a.subject.localeCompare(b.subject));
}

/** The subject itself and, for an actor, the ties it is an end of and the events it takes part in. */
async function subjectsOf(store: Store, subject: string, options: QueryOptions): Promise<string[]> {
  if (kindOfId(subject) !== 'actor') return [subject];
  const read = readOptions(options);
  const [ties, events] = await Promise.all([relationsOf(store, [subject], options), store.events({ ...read, actors: [subject] })]);
  return [subject, ...ties.map((r) => r.id), ...events.map((e) => e.id)];
}

function labelOf(kind: string, fields: object, names: Map<string, string>): string {
  const record = fields as Readonly<Record<string, string | undefined>>;
  if (kind === 'relation') {
    const spec = RELATION_TYPES[record['type'] as keyof typeof RELATION_TYPES];
    return `${names.get(record['from'] ?? '') ?? record['from']} ${spec?.reads ?? record['type']} ${names.get(record['to'] ?? '') ?? record['to']} (${record['valid']})`;
  }
  if (kind === 'event') return `${record['description'] ?? record['id']} (${record['date']})`;
  return record['name'] ?? record['id'] ?? '';
}
