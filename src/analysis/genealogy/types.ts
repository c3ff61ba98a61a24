import type { Day } from '../../core/dates/bounds.js';
import type { LifespanEnd } from '../../core/vocab/lifespan-ends.js';
import type { LineageStep } from '../lineage.js';

/**
 * The one genealogy model that the CLI text, the SVG/PNG drawing and the web chart render. Dates are
 * days (`YYYY-MM-DD`); every bound carries its earliest and latest day so a renderer can draw an
 * uncertain bound as a gradient over that range.
 */
export interface GenealogyModel {
  focus: string;
  /** Lanes top to bottom: elders above the groups they gave rise to, then by when each began. */
  lanes: GenealogyLane[];
  connectors: GenealogyConnector[];
  memberships: GenealogyMembership[];
  persons: PersonMark[];
  /** The span of the model's dated bounds: the axis shows this and nothing more. */
  axis: { first: Day; last: Day };
}

/** Why a lane is in the picture. */
export type LaneRole = 'focus' | 'ancestor' | 'descendant' | 'component' | 'coalition';

/** How a lane's start is known: from the lifespan (L1, L2), or only from the first dated thing about the actor. */
export interface LaneStart {
  known: boolean;
  /** Earliest and latest day the start may fall on; equal when the day is known or the start is unknown. */
  earliest: Day;
  latest: Day;
  /** The EDTF text of the bound ('' when unknown). */
  text: string;
}

/**
 * How a lane ends: `ended` at a known bound (merger, rename, dissolution…); `continues` in being as far
 * as the sources know, drawn to the axis end; `unknown`, drawn to the last dated thing about the actor.
 */
export interface LaneEnd {
  state: 'ended' | 'continues' | 'unknown';
  earliest: Day;
  latest: Day;
  text: string;
  ended?: LifespanEnd;
}

/** One organisation's lane. */
export interface GenealogyLane {
  id: string;
  name: string;
  /** Acronym when the actor has one, else the name: what rows and tight labels print. */
  label: string;
  kind: string;
  role: LaneRole;
  start: LaneStart;
  end: LaneEnd;
}

/** A split, merger or rename (a lineage step, read in its own direction), drawn from the elder's lane to the younger's. */
export interface GenealogyConnector extends LineageStep {
  /** On which side of the focus the step lies (`depth` counts its generations). */
  side: 'ancestor' | 'descendant';
  earliest: Day;
  latest: Day;
  /** "MUJAO split from AQIM (2011)". */
  text: string;
}

/** A component inside a coalition over the membership interval, cut to both lanes (L3). */
export interface GenealogyMembership {
  relation: string;
  member: string;
  coalition: string;
  valid: string;
  role?: string;
  start: { earliest: Day; latest: Day; known: boolean };
  end: { earliest: Day; latest: Day; state: 'ended' | 'continues' | 'unknown' };
}

/** A person on a lane: a leader, founder, commander or member, with dates; never a lane of its own. */
export interface PersonMark {
  relation: string;
  person: string;
  name: string;
  lane: string;
  /** `leads`, `founded`, … or the membership's own role ("component leader"). */
  role: string;
  valid: string;
  /** The tie's first day, cut to the lane; absent when the tie's start is unknown. */
  from?: Day;
  /** The tie's last day when it is closed, cut to the lane. */
  until?: Day;
  /** Where the mark is drawn: `from`, else `until` (a tie known only to have held by then). */
  at: Day;
}
