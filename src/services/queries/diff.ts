import type { Lifespan } from '../../analysis/lifespans.js';
import { MAX_DAY, MIN_DAY, type DayRange } from '../../core/dates/bounds.js';
import type { Actor } from '../../core/model/actor.js';
import type { Store } from '../../core/store-port.js';
import type { LifespanEnd } from '../../core/vocab/lifespan-ends.js';
import { RELATION_TYPES, type RelationType } from '../../core/vocab/relation-types.js';
import { dayArg } from './dates.js';
import { actorsById, lifespansOf, loadTieFacts, type QueryOptions } from './load.js';

/** A relation that began or ended in the window; `certain` when its whole date range lies inside it. */
export interface DiffTie {
  id: string;
  type: string;
  from: string;
  to: string;
  valid: string;
  certain: boolean;
}

/** An actor whose lifespan began or ended in the window (L1, L2). */
export interface LifespanChange {
  actor: string;
  /** The bound's EDTF text, as stated or derived. */
  date: string;
  certain: boolean;
  /** For an end: how the actor ended, when known. */
  ended?: LifespanEnd;
  /** `stated` or the id of the tie the bound was derived from. */
  basis?: string;
}

/** A person who began or stopped leading or commanding an organisation in the window. */
export interface LeaderChange {
  relation: string;
  type: string;
  person: string;
  organisation: string;
  change: 'began' | 'ended';
  valid: string;
  certain: boolean;
}

export interface DiffResult {
  from: string;
  to: string;
  /** Standing ties whose start may fall in the window. */
  begun: DiffTie[];
  /** Standing ties whose stated end, or an end's lifespan, may fall in the window (a presumption running out is not an end). */
  ended: DiffTie[];
  /** Instant ties (splits, mergers, renames, signatures) that may have happened in the window. */
  happened: DiffTie[];
  /** Organisations (every kind but persons and communities) whose lifespan began or ended in the window. */
  formed: LifespanChange[];
  dissolved: LifespanChange[];
  /** Persons apart: whose lifespan began or ended (a death, mostly) in the window. */
  persons: { appeared: LifespanChange[]; ended: LifespanChange[] };
  /** Leadership and command ties begun or ended in the window. */
  leaders: LeaderChange[];
  names: Record<string, string>;
}

const LEADERSHIP: ReadonlySet<RelationType> = new Set<RelationType>(['leads', 'commands']);

/** diff(t1, t2): ties begun and ended, organisations formed and ended, leaders changed, persons apart (L1–L3, D8). */
export async function diff(store: Store, fromText: string, toText: string, options: QueryOptions = {}): Promise<DiffResult> {
  const from = dayArg(fromText);
  const to = dayArg(toText, true);
  const actors = await actorsById(store, options);
  const lifespans = await lifespansOf(store, options, actors);
  const facts = await loadTieFacts(store, from, to, options, { actors, lifespans });
  const inWindow = (range: DayRange) => range.earliest <= to && range.latest >= from;
  const certain = (range: DayRange) => range.earliest >= from && range.latest <= to;
  const begun: DiffTie[] = [];
  const ended: DiffTie[] = [];
  const happened: DiffTie[] = [];
  const leaders: LeaderChange[] = [];
  for (const fact of facts) {
    const r = fact.relation;
    const b = fact.bounds;
    if (!b) continue;
    const tie = (range: DayRange): DiffTie => ({ id: r.id, type: r.type, from: r.from, to: r.to, valid: r.valid, certain: certain(range) });
    const start = { earliest: b.startEarliest, latest: b.startLatest };
    if (RELATION_TYPES[r.type].instant) {
      if (inWindow(start)) happened.push(tie(start));
      continue;
    }
    // A tie ends where its stated end or an end's lifespan says; a presumption running out (D8) is no end.
    const end = b.presumedFrom === undefined && b.endLatest !== MAX_DAY ? { earliest: b.endEarliest, latest: b.endLatest } : undefined;
    const began = start.earliest !== MIN_DAY && inWindow(start);
    const stopped = end !== undefined && inWindow(end);
    if (began) begun.push(tie(start));
    if (stopped) ended.push(tie(end));
    if (LEADERSHIP.has(r.type) && actors.get(r.from)?.kind === 'person') {
      const change = (kind: 'began' | 'ended', range: DayRange): LeaderChange => ({
        relation: r.id,
        type: r.type,
        person: r.from,
        organisation: r.to,
        change: kind,
        valid: r.valid,
        certain: certain(range),
      });
      if (began) leaders.push(change('began', start));
      if (stopped && end) leaders.push(change('ended', end));
    }
  }
  const changes = lifespanChanges([...lifespans.values()], actors, inWindow, certain);
  const names: Record<string, string> = {};
  const name = (id: string) => (names[id] = actors.get(id)?.name ?? id);
  for (const t of [...begun, ...ended, ...happened]) [t.from, t.to].forEach(name);
  for (const l of leaders) [l.person, l.organisation].forEach(name);
  for (const c of [...changes.formed, ...changes.dissolved, ...changes.persons.appeared, ...changes.persons.ended]) name(c.actor);
  return { from: fromText, to: toText, begun, ended, happened, ...changes, leaders, names };
}

/** Lifespans that began or ended in the window, organisations and persons apart; communities and states have none to report. */
function lifespanChanges(
  lifespans: readonly Lifespan[],
  actors: ReadonlyMap<string, Actor>,
  inWindow: (r: DayRange) => boolean,
  certain: (r: DayRange) => boolean,
): Pick<DiffResult, 'formed' | 'dissolved' | 'persons'> {
  const formed: LifespanChange[] = [];
  const dissolved: LifespanChange[] = [];
  const appeared: LifespanChange[] = [];
  const gone: LifespanChange[] = [];
  for (const life of lifespans) {
    const kind = actors.get(life.actor)?.kind;
    if (kind === undefined || kind === 'community') continue;
    const person = kind === 'person';
    if (life.start.earliest !== MIN_DAY && inWindow(life.start)) {
      (person ? appeared : formed).push({
        actor: life.actor,
        date: life.startText,
        certain: certain(life.start),
        ...(life.startBasis ? { basis: life.startBasis.from } : {}),
      });
    }
    if (life.end.latest !== MAX_DAY && inWindow(life.end)) {
      (person ? gone : dissolved).push({
        actor: life.actor,
        date: life.endText,
        certain: certain(life.end),
        ...(life.ended ? { ended: life.ended } : {}),
        ...(life.endBasis ? { basis: life.endBasis.from } : {}),
      });
    }
  }
  const byDate = (a: LifespanChange, b: LifespanChange) => a.date.localeCompare(b.date) || a.actor.localeCompare(b.actor);
  return { formed: formed.sort(byDate), dissolved: dissolved.sort(byDate), persons: { appeared: appeared.sort(byDate), ended: gone.sort(byDate) } };
}
