import type { Actor } from '../../api/types.js';
import type { TieSpan } from '../network/api.js';
import type { Genealogy, LineageStep } from './api.js';

/** One actor's horizontal lane: when it is known to be active, and whether the sources leave it open. */
export interface Lane {
  id: string;
  name: string;
  /** The name the chart prints: the full name when short, else the acronym. */
  short: string;
  kind: string;
  /** Fractional years on the axis. */
  start: number;
  end: number;
  /** Still active as far as the sources know. */
  open: boolean;
  focal: boolean;
}

/** A split, merger or rename between two lanes at a date. */
export interface Connector {
  id: string;
  type: string;
  elder: string;
  younger: string;
  valid: string;
  /** Earliest and latest fractional year the date allows. */
  at: number;
  earliest: number;
  latest: number;
}

/** A span of coalition membership drawn on the member's lane. */
export interface Band {
  id: string;
  lane: string;
  coalition: string;
  coalitionName: string;
  start: number;
  end: number;
  open: boolean;
  role?: string;
}

export interface GenealogyLayout {
  lanes: Lane[];
  connectors: Connector[];
  bands: Band[];
  first: number;
  last: number;
}

const MIN = '0000-01-01';
const MAX = '9999-12-31';

/** A day as a fractional year: `2017-07-02` → about 2017.5. */
export function yearOf(day: string): number {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return y + (m - 1) / 12 + (d - 1) / 365;
}

/** The day after the last of a day's year, as a fractional year (an end bound covers its whole day). */
const endYearOf = (day: string) => yearOf(day) + 1 / 365;

/**
 * Lanes, connectors and bands for an actor's genealogy: lanes ordered so each younger group sits
 * under its first elder (depth-first from the oldest roots), components after the lineage; each
 * lane spans the ties the actor is known by (`ties`), open when one of them is open-ended.
 */
export function layoutGenealogy(genealogy: Genealogy, ties: readonly TieSpan[], actors: ReadonlyMap<string, Actor>): GenealogyLayout {
  const focal = genealogy.actor.id;
  const steps = dedupe([...genealogy.ancestors, ...genealogy.descendants]);
  const horizon = horizonOf(ties);
  const spanOf = activitySpans(ties);
  const connectors: Connector[] = steps.map((s) => {
    const tie = ties.find((t) => t.id === s.relation);
    const earliest = tie && tie.startEarliest !== MIN ? yearOf(tie.startEarliest) : undefined;
    const latest = tie && tie.endLatest !== MAX ? endYearOf(tie.endLatest) : undefined;
    const lo = earliest ?? latest ?? horizon;
    const hi = latest ?? lo;
    return { id: s.relation, type: s.type, elder: s.elder, younger: s.younger, valid: s.valid, earliest: lo, latest: hi, at: (lo + hi) / 2 };
  });
  const order = laneOrder(focal, steps, genealogy);
  const lanes: Lane[] = order.map((id) => {
    const span = spanOf.get(id);
    const around = connectors.filter((c) => c.elder === id || c.younger === id).map((c) => c.at);
    const start = Math.min(span?.start ?? Infinity, ...around);
    const end = span?.open ? horizon : Math.max(span?.end ?? -Infinity, ...around);
    const actor = actors.get(id);
    const name = actor?.name ?? genealogy.names[id] ?? id;
    return {
      id,
      name,
      short: shortName(name, actor),
      kind: actor?.kind ?? 'armed_group',
      start: Number.isFinite(start) ? start : horizon - 1,
      end: Number.isFinite(end) ? Math.max(end, start + 0.25) : horizon,
      open: span?.open ?? false,
      focal: id === focal,
    };
  });
  const short = (id: string) => shortName(genealogy.names[id] ?? id, actors.get(id));
  const bands: Band[] = [
    ...genealogy.components.map((c) => band(c, c.actor, focal, short(focal), lanes, horizon)),
    ...genealogy.memberOf.map((c) => band(c, focal, c.actor, short(c.actor), lanes, horizon)),
  ];
  const starts = [...lanes.map((l) => l.start), ...bands.map((b) => b.start)];
  const ends = [...lanes.map((l) => l.end), ...bands.map((b) => b.end), horizon];
  return { lanes, connectors, bands, first: Math.floor(Math.min(...starts)), last: Math.ceil(Math.max(...ends)) };
}

/** A name that fits a lane label: itself when short, else its acronym, else cut. */
export function shortName(name: string, actor: Actor | undefined): string {
  if (name.length <= 30) return name;
  const acronym = actor?.aliases?.find((a) => a.kind === 'acronym')?.name;
  return acronym ?? `${name.slice(0, 28).trimEnd()}…`;
}

/** A membership band; an unknown start begins with the member's lane, an open end runs to the horizon. */
function band(span: Genealogy['components'][number], lane: string, coalition: string, coalitionName: string, lanes: readonly Lane[], horizon: number): Band {
  const own = lanes.find((l) => l.id === lane);
  const end = span.to ? endYearOf(span.to) : horizon;
  const start = span.from ? yearOf(span.from) : Math.min(own?.start ?? end - 1, end - 0.25);
  return {
    id: span.relation,
    lane,
    coalition,
    coalitionName,
    start,
    end,
    open: span.to === null,
    ...(span.role ? { role: span.role } : {}),
  };
}

function dedupe(steps: readonly LineageStep[]): LineageStep[] {
  const seen = new Set<string>();
  return steps.filter((s) => (seen.has(s.relation) ? false : (seen.add(s.relation), true)));
}

/** The last day the sources speak of, as a fractional year: lanes still open run to it. */
function horizonOf(ties: readonly TieSpan[]): number {
  let last = '1990-01-01';
  for (const t of ties) {
    if (t.startLatest !== MIN && t.startLatest > last) last = t.startLatest;
    if (t.endLatest !== MAX && t.endLatest > last) last = t.endLatest;
  }
  return Math.ceil(endYearOf(last));
}

/** Each actor's activity: its earliest bounded tie start to its latest bounded tie end, open when a tie is. */
function activitySpans(ties: readonly TieSpan[]): Map<string, { start: number; end: number; open: boolean }> {
  const spans = new Map<string, { start: number; end: number; open: boolean }>();
  for (const tie of ties) {
    const start = tie.startEarliest !== MIN ? yearOf(tie.startEarliest) : tie.startLatest !== MIN ? yearOf(tie.startLatest) : Infinity;
    const end = tie.endLatest !== MAX ? endYearOf(tie.endLatest) : tie.endEarliest !== MAX ? endYearOf(tie.endEarliest) : -Infinity;
    for (const id of [tie.from, tie.to]) {
      const span = spans.get(id) ?? { start: Infinity, end: -Infinity, open: false };
      span.start = Math.min(span.start, start);
      span.end = Math.max(span.end, end, Number.isFinite(start) ? start : -Infinity);
      span.open ||= tie.endLatest === MAX && !tie.instant;
      spans.set(id, span);
    }
  }
  return spans;
}

/** Depth-first from the oldest ancestors so each younger group sits under its first elder; then components, coalitions. */
function laneOrder(focal: string, steps: readonly LineageStep[], genealogy: Genealogy): string[] {
  const children = new Map<string, LineageStep[]>();
  const hasElder = new Set<string>();
  const members = new Set<string>([focal]);
  for (const s of steps) {
    members.add(s.elder).add(s.younger);
    hasElder.add(s.younger);
    children.set(s.elder, [...(children.get(s.elder) ?? []), s]);
  }
  const order: string[] = [];
  const visit = (id: string) => {
    if (order.includes(id)) return;
    order.push(id);
    for (const step of (children.get(id) ?? []).sort((a, b) => a.valid.localeCompare(b.valid))) visit(step.younger);
  };
  const roots = [...members].filter((id) => !hasElder.has(id)).sort((a, b) => depthOf(b, steps) - depthOf(a, steps) || a.localeCompare(b));
  for (const root of roots) visit(root);
  for (const id of members) visit(id);
  for (const c of genealogy.components) if (!order.includes(c.actor)) order.push(c.actor);
  return order;
}

const depthOf = (id: string, steps: readonly LineageStep[]) => Math.max(0, ...steps.filter((s) => s.elder === id).map((s) => s.depth));
