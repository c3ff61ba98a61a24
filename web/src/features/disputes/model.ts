import { dateInWords } from '../../../../src/core/dates/edtf-words.js';
import { EVENT_TYPES } from '../../../../src/core/vocab/event-types.js';
import type { Footnote } from '../../api/types.js';
import type { DisputeKind } from '../../routing/route.js';
import { humanise } from '../../vocab/labels.js';
import type { ClaimSaying, Dispute, DisputedProperty, Participant, ReadingWeight } from './api.js';

/** What narrows the listed disputes on the page itself (the actor is asked of the server). */
export interface DisputeFilter {
  kind?: DisputeKind;
  source?: string;
}

/** Every claim a dispute shows: each side's supporters and challengers, then those for and against the whole record. */
export function claimsOf(dispute: Dispute): ClaimSaying[] {
  const all = [
    ...dispute.properties.flatMap((p) => p.readings.flatMap((r) => [...r.supports, ...r.disputes])),
    ...(dispute.supportedBy ?? []),
    ...dispute.disputedBy,
  ];
  const seen = new Set<string>();
  return all.filter((c) => !seen.has(c.claim) && Boolean(seen.add(c.claim)));
}

/** True when some side of the dispute cites the source. */
export const citesSource = (dispute: Dispute, sourceId: string): boolean => claimsOf(dispute).some((c) => c.sources.some((s) => s.id === sourceId));

/** The disputes of the chosen kind whose sides cite the chosen source, order kept (heaviest first). */
export function filterDisputes(disputes: readonly Dispute[], filter: DisputeFilter): Dispute[] {
  const { kind, source } = filter;
  return disputes.filter((d) => (kind === undefined || d.kind === kind) && (source === undefined || citesSource(d, source)));
}

/** The sources cited by any side of the disputes, by title. */
export function sourcesCited(disputes: readonly Dispute[]): { id: string; title: string }[] {
  const byId = new Map<string, string>();
  for (const d of disputes) for (const c of claimsOf(d)) for (const s of c.sources) if (s.id !== 'restricted') byId.set(s.id, s.title);
  return [...byId].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
}

/** R1–R5: only a contradiction or a disputing claim is a disagreement; refinements and near misses are differences of precision. */
export const isContested = (property: Pick<DisputedProperty, 'difference'>): boolean =>
  property.difference === 'contradiction' || property.difference === 'disputed';

/** A fact whose sources differ only in precision: shown quietly. */
export const isQuiet = (dispute: Dispute): boolean => dispute.disputedBy.length === 0 && !dispute.properties.some(isContested);

const DIFFERENCE_LABELS: Record<DisputedProperty['difference'], string> = {
  contradiction: 'contradiction',
  disputed: 'contested by a source',
  refinement: 'differs in precision',
  near_miss: 'near miss',
};
export const differenceLabel = (difference: DisputedProperty['difference']): string => DIFFERENCE_LABELS[difference];

/**
 * Numbers the claims of the listed disputes in order of appearance, one number per claim on the page,
 * and gives each dispute its footnotes.
 */
export function footnotesOf(disputes: readonly Dispute[]): { numbers: Map<string, number>; notes: Map<string, Footnote[]> } {
  const numbers = new Map<string, number>();
  const notes = new Map<string, Footnote[]>();
  for (const d of disputes) {
    const own: Footnote[] = [];
    for (const c of claimsOf(d)) {
      const n = numbers.get(c.claim) ?? numbers.size + 1;
      numbers.set(c.claim, n);
      own.push(footnoteOf(c, n));
    }
    notes.set(d.subject, own);
  }
  return { numbers, notes };
}

function footnoteOf(claim: ClaimSaying, n: number): Footnote {
  return {
    n,
    claimId: claim.claim,
    stance: claim.stance,
    credibility: claim.credibility,
    ...(claim.note ? { note: claim.note } : {}),
    passages: claim.passages,
    ...(claim.passages.length > 0 && claim.passages.every((p) => p.restricted) ? { restricted: true as const } : {}),
  };
}

/** "2 independent of 3 documents" (W2, W3). */
export function documentsInWords(weight: Pick<ReadingWeight, 'sources' | 'independent'>): string {
  return `${weight.independent} independent of ${weight.sources} ${weight.sources === 1 ? 'document' : 'documents'}`;
}

/** "B2" → its reliability and credibility, for the grade badge; undefined when not a grade. */
export function splitGrade(grade: string): { reliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F'; credibility: 1 | 2 | 3 | 4 | 5 | 6 } | undefined {
  const match = /^([A-F])([1-6])$/.exec(grade);
  if (!match) return undefined;
  return { reliability: match[1] as 'A', credibility: Number(match[2]) as 1 };
}

/** Fatalities as a figure or a range: "30", "about 79 (70–90)", "at least 20", "at most 5". */
export function fatalitiesInWords(value: { low?: number; best?: number; high?: number }): string {
  const { low, best, high } = value;
  if (low !== undefined && high !== undefined && low === high) return String(low);
  const range = low !== undefined && high !== undefined ? `${low}–${high}` : undefined;
  if (best !== undefined)
    return range ? `${best} (${range})` : low !== undefined ? `${best}, at least ${low}` : high !== undefined ? `${best}, at most ${high}` : String(best);
  if (range) return range;
  if (low !== undefined) return `at least ${low}`;
  if (high !== undefined) return `at most ${high}`;
  return 'not given';
}

const isParticipant = (value: unknown): value is Participant =>
  value !== null && typeof value === 'object' && typeof (value as { actor?: unknown }).actor === 'string';

/** One participant in words: "GATIA (victim)", "ISGS (perpetrator, alleged)". */
export function participantInWords(participant: Participant, names: ReadonlyMap<string, string>): string {
  const details = [participant.role, participant.attribution].filter((d): d is NonNullable<typeof d> => d !== undefined).map((d) => d.replace(/_/g, ' '));
  return `${names.get(participant.actor) ?? participant.actor}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

/** The participants of a reading, each marked when not every reading has them in that role. */
export function participantsCompared(value: unknown, others: readonly unknown[]): { participant: Participant; differs: boolean }[] {
  const key = (p: Participant) => `${p.actor}|${p.role}|${p.attribution ?? ''}`;
  const list = Array.isArray(value) ? value.filter(isParticipant) : [];
  const everywhere = (p: Participant) => others.every((other) => Array.isArray(other) && other.some((o) => isParticipant(o) && key(o) === key(p)));
  return list.map((participant) => ({ participant, differs: !everywhere(participant) }));
}

const DATE_PROPERTIES: ReadonlySet<string> = new Set(['date', 'valid', 'existed']);

/** A reading's value for humans: dates in words, places and actors by name, event types by label, fatalities as figures. */
export function valueInWords(property: string, value: unknown, names: ReadonlyMap<string, string>): string {
  if (value === undefined || value === null) return 'not given';
  if (typeof value === 'string') {
    if (DATE_PROPERTIES.has(property)) return dateInWords(value);
    if (property === 'type') return EVENT_TYPES[value as keyof typeof EVENT_TYPES]?.label ?? humanise(value).toLowerCase();
    return names.get(value) ?? value.replace(/_/g, ' ');
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (property === 'fatalities' && typeof value === 'object') return fatalitiesInWords(value as { low?: number });
  if (Array.isArray(value))
    return value.map((item) => (isParticipant(item) ? participantInWords(item, names) : valueInWords(property, item, names))).join('; ') || 'none';
  return JSON.stringify(value);
}

const PROPERTY_NAMES: Record<string, string> = {
  valid: 'Period',
  date: 'Date',
  existed: 'Existed',
  place: 'Place',
  participants: 'Taking part',
  fatalities: 'Fatalities',
  type: 'Type',
};
export const propertyName = (property: string): string => PROPERTY_NAMES[property] ?? humanise(property);

/** A dispute's label with its trailing EDTF date in words: "… (2015-05/2021-08)" → "… (May 2015 to August 2021)". */
export function labelInWords(label: string): string {
  const match = /\(([^()]+)\)$/.exec(label);
  if (!match?.[1] || !/^[\d./~?%X-]+$/.test(match[1])) return label;
  return `${label.slice(0, match.index)}(${dateInWords(match[1])})`;
}

/** A piece of a label: text, or an actor's name to link to its profile. */
export type LabelPart = { text: string } | { text: string; actor: string };

/** Splits a label at the first mention of each actor's name, so the names can be links; names are tried longest first. */
export function linkNames(label: string, actors: readonly { id: string; name: string }[]): LabelPart[] {
  let parts: LabelPart[] = [{ text: label }];
  for (const actor of [...actors].sort((a, b) => b.name.length - a.name.length)) {
    if (!actor.name) continue;
    const i = parts.findIndex((p) => !('actor' in p) && p.text.includes(actor.name));
    const part = parts[i];
    if (!part) continue;
    const at = part.text.indexOf(actor.name);
    const pieces: LabelPart[] = [{ text: part.text.slice(0, at) }, { text: actor.name, actor: actor.id }, { text: part.text.slice(at + actor.name.length) }];
    parts = [...parts.slice(0, i), ...pieces.filter((p) => p.text !== ''), ...parts.slice(i + 1)];
  }
  return parts;
}

/** The actors a fact is about, for linking: the actor itself, a tie's two ends, an event's participants. */
export function actorsOf(
  dispute: Pick<Dispute, 'subject' | 'kind'>,
  relations: ReadonlyMap<string, { from: string; to: string }>,
  events: ReadonlyMap<string, { participants: readonly { actor: string }[] }>,
): string[] {
  if (dispute.kind === 'actor') return [dispute.subject];
  if (dispute.kind === 'relation') {
    const relation = relations.get(dispute.subject);
    return relation ? [relation.from, relation.to] : [];
  }
  if (dispute.kind === 'event') return [...new Set(events.get(dispute.subject)?.participants.map((p) => p.actor) ?? [])];
  return [];
}
