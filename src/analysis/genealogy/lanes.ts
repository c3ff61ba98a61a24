import { MAX_DAY, MIN_DAY, type Day } from '../../core/dates/bounds.js';
import type { Actor } from '../../core/model/actor.js';
import type { Relation } from '../../core/model/relation.js';
import type { Lifespan } from '../../core/ties/lifespans.js';
import { datedBounds, datedDays, maxOf, minOf } from './dates.js';
import type { LaneEnd, LaneStart } from './types.js';

/** The first and last dated things about an actor, and whether any of its ties is still in force (`…/..`). */
export interface Attestation {
  first?: Day;
  last?: Day;
  open: boolean;
}

/** Attestations of the given actors from every relation that touches them. */
export function attestations(ids: Iterable<string>, relations: readonly Relation[]): Map<string, Attestation> {
  const days = new Map<string, { days: Day[]; open: boolean }>([...ids].map((id) => [id, { days: [], open: false }]));
  for (const r of relations) {
    const dated = datedDays(r.valid);
    const open = datedBounds(r.valid).open;
    for (const id of [r.from, r.to]) {
      const entry = days.get(id);
      if (!entry) continue;
      entry.days.push(...dated);
      entry.open ||= open;
    }
  }
  const result = new Map<string, Attestation>();
  for (const [id, entry] of days) {
    const first = minOf(entry.days);
    const last = maxOf(entry.days);
    result.set(id, { ...(first ? { first } : {}), ...(last ? { last } : {}), open: entry.open });
  }
  return result;
}

/** A lane's start: the lifespan's (L1, L2) when known, else the first dated thing about the actor (`fallback` if none). */
export function laneStart(lifespan: Lifespan | undefined, attested: Attestation, fallback: Day): LaneStart {
  if (lifespan && lifespan.start.earliest !== MIN_DAY)
    return { known: true, earliest: lifespan.start.earliest, latest: lifespan.start.latest, text: lifespan.startText };
  const day = attested.first ?? fallback;
  return { known: false, earliest: day, latest: day, text: '' };
}

/**
 * A lane's end: the lifespan's when known (merged, renamed, dissolved…); otherwise it continues to the
 * axis end when the actor is stated to be in being (`existed` ending `..`) or, with nothing stated, when
 * one of its ties is; otherwise it is unknown and drawn to the last dated thing about the actor.
 */
export function laneEnd(actor: Actor, lifespan: Lifespan | undefined, attested: Attestation, start: LaneStart, axisLast: Day): LaneEnd {
  if (lifespan && lifespan.end.latest !== MAX_DAY) {
    return {
      state: 'ended',
      earliest: lifespan.end.earliest,
      latest: lifespan.end.latest,
      text: lifespan.endText,
      ...(lifespan.ended ? { ended: lifespan.ended } : {}),
    };
  }
  const continues = actor.existed ? datedBounds(actor.existed).open : attested.open;
  if (continues) return { state: 'continues', earliest: axisLast, latest: axisLast, text: '..' };
  const last = maxOf([attested.last ?? start.latest, start.latest]) ?? start.latest;
  return { state: 'unknown', earliest: last, latest: last, text: '' };
}
