import { FACT_PROPERTIES, foldFact, type ValueVersion } from '../../core/fold.js';
import { kindOfId } from '../../core/ids.js';
import type { Claim } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import { RELATION_TYPES } from '../../core/vocab/relation-types.js';
import { groupBy } from '../../core/group-by.js';
import { namesOf, readOptions, type QueryOptions } from './load.js';

/** What one claim says, and which sources it cites. */
export interface ClaimSaying {
  claim: string;
  stance: Claim['stance'];
  credibility: Claim['credibility'];
  note?: string;
  sources: { id: string; title: string; reliability: string }[];
}

/** A disputed fact: the competing readings of each disputed property, and claims against the whole. */
export interface Dispute {
  subject: string;
  kind: string;
  label: string;
  properties: { property: string; readings: { value: unknown; supports: ClaimSaying[]; disputes: ClaimSaying[] }[] }[];
  /** Accepted claims that dispute the record as a whole (M5). */
  disputedBy: ClaimSaying[];
}

/** disputes: facts with competing accepted claims (M4, M5), and what each source says. */
export async function disputes(store: Store, options: QueryOptions & { subject?: string } = {}): Promise<Dispute[]> {
  const read = readOptions(options);
  const claims = await store.claims({ ...read, statuses: ['accepted'], ...(options.subject ? { subjects: [options.subject] } : {}) });
  const [sources, names] = await Promise.all([store.list('source', read), namesOf(store, options)]);
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const saying = (c: Claim): ClaimSaying => ({
    claim: c.id,
    stance: c.stance,
    credibility: c.credibility,
    ...(c.note ? { note: c.note } : {}),
    sources: [...new Set(c.evidence.map((e) => e.source))].map((id) => ({
      id,
      title: sourceById.get(id)?.title ?? id.slice(0, 12),
      reliability: sourceById.get(id)?.reliability ?? '?',
    })),
  });
  const out: Dispute[] = [];
  for (const [subject, list] of groupBy(claims, (c) => c.subject)) {
    // Only a dispute or two differing values can make a fact disputed; skip the single-claim majority early.
    if (!list.some((c) => c.stance === 'disputes' || c.value !== undefined)) continue;
    const kind = kindOfId(subject);
    if (kind !== 'actor' && kind !== 'place' && kind !== 'relation' && kind !== 'event') continue;
    const record = await store.get(kind, subject, read);
    if (!record) continue;
    const fold = foldFact(record as unknown as Record<string, unknown>, list, FACT_PROPERTIES[kind]);
    if (fold.status !== 'disputed') continue;
    const readings = (versions: ValueVersion[]) =>
      versions.map((v) => ({ value: v.value, supports: v.supports.map(saying), disputes: v.disputes.map(saying) }));
    out.push({
      subject,
      kind,
      label: labelOf(kind, record as unknown as Record<string, string>, names),
      properties: Object.entries(fold.properties)
        .filter(([, p]) => p.status === 'disputed')
        .map(([property, p]) => ({ property, readings: readings(p.versions) })),
      disputedBy: fold.disputes.map(saying),
    });
  }
  return out;
}

function labelOf(kind: string, record: Record<string, string>, names: Map<string, string>): string {
  if (kind === 'relation') {
    const spec = RELATION_TYPES[record['type'] as keyof typeof RELATION_TYPES];
    return `${names.get(record['from'] ?? '') ?? record['from']} ${spec?.reads ?? record['type']} ${names.get(record['to'] ?? '') ?? record['to']} (${record['valid']})`;
  }
  if (kind === 'event') return `${record['description'] ?? record['id']} (${record['date']})`;
  return record['name'] ?? record['id'] ?? '';
}
