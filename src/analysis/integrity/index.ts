import { passagesLackValues, type PassageReader } from './cited-values.js';
import { buildContext, type IntegrityContext, type IntegrityRecords } from './context.js';
import { alliedAndHostile } from './contradictory-signs.js';
import { duplicateEvents, duplicateParticipants } from './duplicate-events.js';
import { duplicateTies, sameTieUnderTwoTypes } from './duplicate-ties.js';
import { INTEGRITY_RULE_IDS, type Finding, type IntegrityRule } from './finding.js';
import { gazetteerLinks } from './gazetteer-links.js';
import type { Gazetteer } from '../../core/places/gazetteer.js';
import { tiesStartingAfterEvents } from './implied-ties.js';
import { eventsOutsideLifespans, tiesOutsideLifespans } from './lifespan-rules.js';

export type { Finding, IntegrityRule } from './finding.js';
export type { IntegrityRecords } from './context.js';
export type { PassageReader } from './cited-values.js';

/** The rules that need nothing but the records, C1–C8. */
const RECORD_RULES: readonly ((context: IntegrityContext) => Finding[])[] = [
  tiesOutsideLifespans,
  eventsOutsideLifespans,
  duplicateTies,
  sameTieUnderTwoTypes,
  alliedAndHostile,
  duplicateEvents,
  duplicateParticipants,
  tiesStartingAfterEvents,
];

/** Findings in rule order, counts per rule, and notes on what could not be checked. */
export interface IntegrityReport {
  findings: Finding[];
  counts: Partial<Record<IntegrityRule, number>>;
  notes: string[];
}

/**
 * Runs every integrity rule (C1–C10) over plain arrays of records. C9 needs the cited passages and
 * C10 the gazetteer: without them the rule is skipped, and a note says so.
 */
export function checkIntegrity(records: IntegrityRecords, options: { passage?: PassageReader; gazetteer?: Gazetteer } = {}): IntegrityReport {
  const context = buildContext(records);
  const findings = RECORD_RULES.flatMap((rule) => rule(context));
  const notes: string[] = [];
  if (options.passage) {
    const cited = passagesLackValues(context, options.passage);
    findings.push(...cited.findings);
    if (cited.unread > 0) notes.push(`C9: ${cited.unread} claim(s) not checked, their source texts are missing`);
  } else notes.push('C9 skipped: no source texts to read the cited passages from');
  if (options.gazetteer) findings.push(...gazetteerLinks(records.places, options.gazetteer));
  else notes.push('C10 skipped: no gazetteer to check place links against');
  const counts: Partial<Record<IntegrityRule, number>> = {};
  for (const rule of INTEGRITY_RULE_IDS) {
    const n = findings.filter((f) => f.rule === rule).length;
    if (n > 0) counts[rule] = n;
  }
  return { findings, counts, notes };
}
