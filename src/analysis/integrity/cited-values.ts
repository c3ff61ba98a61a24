import type { Evidence } from '../../core/model/claim.js';
import type { Fatalities } from '../../core/model/event.js';
import type { IntegrityContext } from './context.js';
import { missingDateParts, statedDates } from './date-mentions.js';
import { finding, type Finding } from './finding.js';
import { mentionsNumber } from './number-words.js';

/** The date properties a claim may assert, one per kind of record that has one. */
export const DATE_PROPERTIES = ['valid', 'date', 'existed'] as const;
const FATALITY_FIGURES = ['low', 'best', 'high'] as const;

/** Reads an evidence passage's text, or undefined when its source text is not at hand. */
export type PassageReader = (evidence: Evidence) => string | undefined;

/** The C9 result: findings, and the claims passed over because some passage could not be read. */
export interface CitedValuesResult {
  findings: Finding[];
  unread: number;
}

/**
 * C9: what a claim asserts must be written in the passages it cites. Dates (`valid`, `date`,
 * `existed`): each stated end's year, month and day (see date-mentions.ts); fatality figures as
 * digits or words. A claim without `value` answers for the record's recorded values, unless another
 * accepted claim gives the property a value (M3: that claim then carries it).
 */
export function passagesLackValues(context: IntegrityContext, read: PassageReader): CitedValuesResult {
  const records = new Map<string, Readonly<Record<string, unknown>>>();
  for (const list of [context.actors, context.relations, context.events]) for (const r of list) records.set(r.id, r as Readonly<Record<string, unknown>>);
  const sourceDates = new Map(context.sources.flatMap((s) => (s.date ? [[s.id, s.date] as const] : [])));
  const findings: Finding[] = [];
  let unread = 0;
  for (const [subject, claims] of context.accepted) {
    const valued = new Set(claims.flatMap((c) => (c.stance === 'supports' && c.value ? Object.keys(c.value) : [])));
    for (const claim of claims) {
      if (claim.stance !== 'supports') continue;
      const asserted = claim.value ?? recordedValues(records.get(subject), valued);
      const checks = [...DATE_PROPERTIES, 'fatalities'].filter((p) => asserted[p] !== undefined);
      if (checks.length === 0) continue;
      const passages = claim.evidence.map(read);
      if (passages.some((p) => p === undefined)) {
        unread++;
        continue;
      }
      // A document's own date counts as cited: "still in force" claims are dated by the report that makes them.
      const dated = [...(passages as string[]), ...claim.evidence.flatMap((e) => sourceDates.get(e.source) ?? [])];
      const missing = [
        ...new Set(checks.flatMap((property) => missingFor(property, asserted[property], property === 'fatalities' ? (passages as string[]) : dated))),
      ];
      if (missing.length > 0) findings.push(finding('C9', [subject], [claim.id], `${claim.id}: cited passages do not mention ${missing.join('; ')}`));
    }
  }
  return { findings, unread };
}

/** The recorded values a claim without `value` answers for: those no valued claim carries. */
function recordedValues(record: Record<string, unknown> | undefined, valued: ReadonlySet<string>): Record<string, unknown> {
  if (!record) return {};
  return Object.fromEntries([...DATE_PROPERTIES, 'fatalities'].filter((p) => !valued.has(p) && record[p] !== undefined).map((p) => [p, record[p]]));
}

function missingFor(property: string, value: unknown, passages: readonly string[]): string[] {
  if (property === 'fatalities') {
    const figures = (value ?? {}) as Fatalities;
    return FATALITY_FIGURES.flatMap((figure) => {
      const n = figures[figure];
      return n === undefined || passages.some((p) => mentionsNumber(p, n)) ? [] : [`fatalities.${figure} ${n}`];
    });
  }
  if (typeof value !== 'string') return [];
  return statedDates(value).flatMap((date) => missingDateParts(date, passages).map((part) => `${part} (${property} ${value})`));
}
