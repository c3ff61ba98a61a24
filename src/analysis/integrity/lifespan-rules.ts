import { MAX_DAY, MIN_DAY } from '../../core/dates/bounds.js';
import type { Temporal } from '../../core/dates/edtf.js';
import type { Lifespan } from '../../core/ties/lifespans.js';
import { claimIds, type IntegrityContext } from './context.js';
import { finding, type Finding } from './finding.js';

/**
 * Which bound of a lifespan a tie's reading breaks, if any. Precision alone never makes a finding: the
 * tie's start must lie wholly before the earliest day the actor may begin, or its end wholly after the
 * latest day it may end. An open start or end (`..`) reaches past any bound; an unknown start
 * (`/2017`) states no start, so only its end is compared; an unknown end (`2012/`, `/`) states no end.
 */
export function tieOutsideLifespan(t: Temporal, life: Lifespan): 'before' | 'after' | undefined {
  const unknownStart = t.start.earliest === MIN_DAY && t.start.latest !== MIN_DAY;
  const statedStart = unknownStart ? t.end.latest : t.start.latest;
  if (life.start.earliest !== MIN_DAY && statedStart < life.start.earliest) return 'before';
  const unknownEnd = t.interval && t.text.endsWith('/');
  if (!unknownEnd && life.end.latest !== MAX_DAY && t.end.earliest > life.end.latest) return 'after';
  return undefined;
}

/** Whether an event's date lies wholly before the earliest day an actor may begin, or wholly after the latest day it may end. */
export function eventOutsideLifespan(t: Temporal, life: Lifespan): 'before' | 'after' | undefined {
  if (life.start.earliest !== MIN_DAY && t.end.latest < life.start.earliest) return 'before';
  if (life.end.latest !== MAX_DAY && t.start.earliest > life.end.latest) return 'after';
  return undefined;
}

/** The records and claims that establish a lifespan's bound: the actor's stated `existed`, or the tie it was derived from (L2). */
function boundEvidence(context: IntegrityContext, life: Lifespan, side: 'before' | 'after'): { records: string[]; claims: string[] } {
  const basis = side === 'before' ? life.startBasis : life.endBasis;
  if (!basis || basis.from === 'stated') return { records: [life.actor], claims: claimIds(context, life.actor, 'existed') };
  return { records: [life.actor, basis.from], claims: claimIds(context, basis.from, 'valid') };
}

/**
 * The lifespan each tie or event is compared with: a bound derived from a tie (L2) is widened to every
 * accepted reading of that tie, so that a disputed split or merger date is a dispute, not a finding.
 */
function widened(context: IntegrityContext, life: Lifespan): Lifespan {
  const wide = { ...life, start: { ...life.start }, end: { ...life.end } };
  const startTie = life.startBasis && life.startBasis.from !== 'stated' ? life.startBasis.from : undefined;
  const endTie = life.endBasis && life.endBasis.from !== 'stated' ? life.endBasis.from : undefined;
  for (const t of startTie ? (context.validReadings.get(startTie) ?? []) : [])
    if (t.start.earliest < wide.start.earliest) wide.start.earliest = t.start.earliest;
  for (const t of endTie ? (context.validReadings.get(endTie) ?? []) : []) {
    const latest = t.end.latest === MAX_DAY ? t.start.latest : t.end.latest;
    if (latest > wide.end.latest) wide.end.latest = latest;
  }
  return wide;
}

/** Whether a relation is the tie a lifespan bound was derived from: it defines the bound, so it cannot break it. */
const definesBound = (life: Lifespan, relationId: string): boolean => life.startBasis?.from === relationId || life.endBasis?.from === relationId;

function describe(life: Lifespan, side: 'before' | 'after'): string {
  const basis = side === 'before' ? life.startBasis : life.endBasis;
  const how = !basis || basis.from === 'stated' ? 'stated' : `from ${basis.from}`;
  return side === 'before' ? `begins ${life.startText} (${how})` : `ends ${life.endText} (${how})`;
}

/** C1: a relation whose valid time, in some accepted reading, starts before an actor end can exist or runs past its end. */
export function tiesOutsideLifespans(context: IntegrityContext): Finding[] {
  const findings: Finding[] = [];
  for (const relation of context.relations) {
    for (const end of [relation.from, relation.to]) {
      const known = context.lifespans.get(end);
      if (!known || definesBound(known, relation.id)) continue;
      const life = widened(context, known);
      for (const reading of context.validReadings.get(relation.id) ?? []) {
        const side = tieOutsideLifespan(reading, life);
        if (!side) continue;
        const bound = boundEvidence(context, life, side);
        findings.push(
          finding(
            'C1',
            [relation.id, ...bound.records],
            [...claimIds(context, relation.id, 'valid'), ...bound.claims],
            `${relation.type} ${reading.text} ${side === 'before' ? 'starts before' : 'runs past'} ${end}, which ${describe(life, side)}`,
          ),
        );
        break;
      }
    }
  }
  return findings;
}

/** C2: an event whose date lies wholly before a participant can exist or wholly after it must have ended. */
export function eventsOutsideLifespans(context: IntegrityContext): Finding[] {
  const findings: Finding[] = [];
  for (const event of context.events) {
    for (const actor of new Set(event.participants.map((p) => p.actor))) {
      const known = context.lifespans.get(actor);
      if (!known) continue;
      const life = widened(context, known);
      for (const reading of context.dateReadings.get(event.id) ?? []) {
        const side = eventOutsideLifespan(reading, life);
        if (!side) continue;
        const bound = boundEvidence(context, life, side);
        findings.push(
          finding(
            'C2',
            [event.id, ...bound.records],
            [...claimIds(context, event.id, 'date'), ...bound.claims],
            `${event.type} on ${reading.text} is ${side} the lifespan of participant ${actor}, which ${describe(life, side)}`,
          ),
        );
        break;
      }
    }
  }
  return findings;
}
