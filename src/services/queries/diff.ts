import { projectSnapshot } from '../../analysis/snapshot.js';
import { MAX_DAY, MIN_DAY } from '../../core/dates/bounds.js';
import type { Store } from '../../core/store-port.js';
import { RELATION_TYPES } from '../../core/vocab/relation-types.js';
import { dayArg } from './dates.js';
import { actorsById, loadTieFacts, type QueryOptions } from './load.js';

/** A relation that began or ended in the window; `certain` when its whole date range lies inside it. */
export interface DiffTie {
  id: string;
  type: string;
  from: string;
  to: string;
  valid: string;
  certain: boolean;
}

export interface DiffResult {
  from: string;
  to: string;
  /** Standing ties whose start may fall in the window. */
  begun: DiffTie[];
  /** Standing ties whose end may fall in the window (open ends never do). */
  ended: DiffTie[];
  /** Instant ties (splits, mergers, renames, signatures) that may have happened in the window. */
  happened: DiffTie[];
  /** Actors with ties in force on the second day but not on the first, and the reverse. */
  formed: string[];
  dissolved: string[];
  names: Record<string, string>;
}

/** diff(t1, t2): relations begun and ended, and actors formed or dissolved, between two dates. */
export async function diff(store: Store, fromText: string, toText: string, options: QueryOptions = {}): Promise<DiffResult> {
  const from = dayArg(fromText);
  const to = dayArg(toText);
  const [facts, actors] = await Promise.all([loadTieFacts(store, from, to, options), actorsById(store, options)]);
  const begun: DiffTie[] = [];
  const ended: DiffTie[] = [];
  const happened: DiffTie[] = [];
  for (const fact of facts) {
    const r = fact.relation;
    const reading = fact.readings[0];
    if (!reading) continue;
    const tie = (range: { earliest: string; latest: string }): DiffTie => ({
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      valid: r.valid,
      certain: range.earliest >= from && range.latest <= to,
    });
    const inWindow = (range: { earliest: string; latest: string }) => range.earliest <= to && range.latest >= from;
    if (RELATION_TYPES[r.type].instant) {
      if (inWindow(reading.start)) happened.push(tie(reading.start));
      continue;
    }
    if (reading.start.earliest !== MIN_DAY && inWindow(reading.start)) begun.push(tie(reading.start));
    if (reading.end.latest !== MAX_DAY && inWindow(reading.end)) ended.push(tie(reading.end));
  }
  const before = new Set(projectSnapshot(from, facts, actors).actors.map((a) => a.id));
  const after = new Set(projectSnapshot(to, facts, actors).actors.map((a) => a.id));
  const formed = [...after].filter((id) => !before.has(id)).sort();
  const dissolved = [...before].filter((id) => !after.has(id)).sort();
  const names: Record<string, string> = {};
  for (const t of [...begun, ...ended, ...happened]) for (const id of [t.from, t.to]) names[id] = actors.get(id)?.name ?? id;
  for (const id of [...formed, ...dissolved]) names[id] = actors.get(id)?.name ?? id;
  return { from: fromText, to: toText, begun, ended, happened, formed, dissolved, names };
}
