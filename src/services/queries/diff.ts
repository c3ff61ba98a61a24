// A use case behind `faultline diff`, `GET /diff` and the web's "What changed" page; the classification
// of each tie's change is the analysis layer's (tie-change.ts), the footnotes are the profile's.
import type { Lifespan } from '../../core/ties/lifespans.js';
import { ANALYSIS_ROLES } from '../../analysis/roles.js';
import { tieChange } from '../../analysis/tie-change.js';
import { MAX_DAY, MIN_DAY, type Day, type DayRange } from '../../core/dates/bounds.js';
import { dateInWords } from '../../core/dates/edtf-words.js';
import type { Actor } from '../../core/model/actor.js';
import type { ConflictEvent } from '../../core/model/event.js';
import { EVENT_TYPES, type EventType } from '../../core/vocab/event-types.js';
import type { Claim } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import type { LifespanEnd } from '../../core/vocab/lifespan-ends.js';
import type { RelationType } from '../../core/vocab/relation-types.js';
import type { Footnote } from '../footnotes.js';
import { dayArg } from './dates.js';
import { subjectFootnotes } from './footnotes.js';
import { actorsById, lifespansOf, loadTieFacts, namesOf, readOptions, sourceDates, type QueryOptions } from './load.js';

/** A relation that changed in the window; `certain` when the whole day range of the change lies inside it. */
export interface DiffTie {
  id: string;
  type: string;
  from: string;
  to: string;
  valid: string;
  certain: boolean;
  /** The days the change (its start, its end, the instant or the episode) may fall on. */
  when: DayRange;
  /** For an end: the actor whose lifespan ended the tie (L3), when the tie's own dates do not end it so early. */
  endedWith?: string;
  footnotes: number[];
}

/** An actor whose lifespan began or ended in the window (L1, L2). */
export interface LifespanChange {
  actor: string;
  /** The bound's EDTF text, as stated or derived. */
  date: string;
  certain: boolean;
  when: DayRange;
  /** For an end: how the actor ended, when known. */
  ended?: LifespanEnd;
  /** `stated` or the id of the tie the bound was derived from. */
  basis?: string;
  footnotes: number[];
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
  when: DayRange;
  footnotes: number[];
}

export interface DiffResult {
  from: string;
  to: string;
  /** Standing ties whose start, as a source dates it, may fall in the window. */
  begun: DiffTie[];
  /**
   * Standing ties whose recorded start falls in the window, but every dated document that supports
   * them may have been written by then: perhaps only when they were first reported, so not counted as begun.
   */
  firstAttested: DiffTie[];
  /** Standing ties whose stated end, or an end's lifespan, may fall in the window (a presumption running out is not an end). */
  ended: DiffTie[];
  /** Ties stated for a single date in the window (a clash of hostility in April 2017): neither begun nor ended. */
  episodes: DiffTie[];
  /** Instant ties (splits, mergers, renames, signatures) that may have happened in the window. */
  happened: DiffTie[];
  /** Holding or control of a place begun (as dated by a source) or ended in the window: a subset of `begun` and `ended`. */
  territory: { gained: DiffTie[]; lost: DiffTie[] };
  /** Organisations (every kind but persons and communities) whose lifespan began or ended in the window. */
  formed: LifespanChange[];
  dissolved: LifespanChange[];
  /** Persons apart: whose lifespan began or ended (a death, mostly) in the window. */
  persons: { appeared: LifespanChange[]; ended: LifespanChange[] };
  /** Leadership and command ties begun (as dated by a source) or ended in the window. */
  leaders: LeaderChange[];
  /** Names of every actor and place the changes name. */
  names: Record<string, string>;
  /** The footnotes the changes cite by number: the accepted claims behind each tie or lifespan. */
  notes: Footnote[];
}

const LEADERSHIP: ReadonlySet<string> = new Set<RelationType>(['leads', 'commands']);

/**
 * diff(t1, t2): ties begun, first attested and ended, episodes, instants, territory gained and lost,
 * organisations formed and ended, leaders changed, persons apart (L1–L3, D6, D8), each with its claims.
 */
export async function diff(store: Store, fromText: string, toText: string, options: QueryOptions = {}): Promise<DiffResult> {
  const window = { earliest: dayArg(fromText), latest: dayArg(toText, true) };
  const actors = await actorsById(store, options);
  const [lifespans, allNames, dates] = await Promise.all([lifespansOf(store, options, actors), namesOf(store, options), sourceDates(store, options)]);
  const facts = await loadTieFacts(store, window.earliest, window.latest, options, { actors, lifespans });
  const changes = facts.map((fact) => ({ fact, change: tieChange(fact, { window, lifespans }) })).filter(({ change }) => Object.keys(change).length > 0);
  const lives = lifespanChanges([...lifespans.values()], actors, window);
  const lifeSubjects = [...lives.formed, ...lives.dissolved, ...lives.persons.appeared, ...lives.persons.ended].flatMap((c) => [
    c.actor,
    ...(c.basis && c.basis !== 'stated' ? [c.basis] : []),
  ]);
  const book = await subjectFootnotes(store, [...changes.map((c) => c.fact.relation.id), ...lifeSubjects], allNames, options);
  const certain = (range: DayRange) => range.earliest >= window.earliest && range.latest <= window.latest;
  const result: Omit<DiffResult, 'names' | 'notes' | 'formed' | 'dissolved' | 'persons'> = {
    from: fromText,
    to: toText,
    begun: [],
    firstAttested: [],
    ended: [],
    episodes: [],
    happened: [],
    territory: { gained: [], lost: [] },
    leaders: [],
  };
  for (const { fact } of changes) {
    // A start is dated when some document behind the tie was written after it; else it may be only when it was first reported.
    const latest = latestSourceDay(book.claims(fact.relation.id), dates);
    const change = tieChange(fact, { window, lifespans, ...(latest ? { latestSourceDay: latest } : {}) });
    const r = fact.relation;
    const footnotes = book.of(r.id);
    const tie = (when: DayRange, endedWith?: string): DiffTie => ({
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      valid: r.valid,
      certain: certain(when),
      when,
      ...(endedWith ? { endedWith } : {}),
      footnotes,
    });
    if (change.happened) result.happened.push(tie(change.happened));
    if (change.episode) result.episodes.push(tie(change.episode));
    if (change.firstAttested) result.firstAttested.push(tie(change.firstAttested));
    if (change.began) result.begun.push(tie(change.began));
    if (change.ended) result.ended.push(tie(change.ended, change.endedWith));
    if (r.type === ANALYSIS_ROLES.territory) {
      if (change.began) result.territory.gained.push(tie(change.began));
      if (change.ended) result.territory.lost.push(tie(change.ended, change.endedWith));
    }
    if (LEADERSHIP.has(r.type) && actors.get(r.from)?.kind === 'person') {
      const leader = (kind: 'began' | 'ended', when: DayRange): LeaderChange => ({
        relation: r.id,
        type: r.type,
        person: r.from,
        organisation: r.to,
        change: kind,
        valid: r.valid,
        certain: certain(when),
        when,
        footnotes,
      });
      if (change.began) result.leaders.push(leader('began', change.began));
      if (change.ended) result.leaders.push(leader('ended', change.ended));
    }
  }
  const cite = (c: Omit<LifespanChange, 'footnotes'>): LifespanChange => ({ ...c, footnotes: lifespanFootnotes(c, book) });
  const formed = lives.formed.map(cite);
  const dissolved = lives.dissolved.map(cite);
  const persons = { appeared: lives.persons.appeared.map(cite), ended: lives.persons.ended.map(cite) };
  const names: Record<string, string> = {};
  const name = (id: string) => (names[id] = allNames.get(id) ?? id);
  const all = [...result.begun, ...result.firstAttested, ...result.ended, ...result.episodes, ...result.happened];
  for (const t of all) [t.from, t.to, ...(t.endedWith ? [t.endedWith] : [])].forEach(name);
  for (const c of [...formed, ...dissolved, ...persons.appeared, ...persons.ended]) name(c.actor);
  // Events (an agreement signed) have no name of their own: their type, place and date say which.
  for (const id of Object.keys(names).filter((id) => id.startsWith('event:'))) {
    const event = await store.get('event', id, readOptions(options));
    if (event) names[id] = eventLabel(event, allNames);
  }
  const byWhen = (a: { when: DayRange }, b: { when: DayRange }) => a.when.earliest.localeCompare(b.when.earliest) || a.when.latest.localeCompare(b.when.latest);
  result.leaders.sort((a, b) => byWhen(a, b) || a.person.localeCompare(b.person));
  return { ...result, formed, dissolved, persons, names, notes: book.notes };
}

/** An event as a name: "agreement in Anéfis, October 2015". */
function eventLabel(event: ConflictEvent, names: ReadonlyMap<string, string>): string {
  const label = EVENT_TYPES[event.type as EventType]?.label ?? event.type;
  const place = event.place ? ` in ${names.get(event.place) ?? event.place}` : '';
  return `${label}${place}, ${dateInWords(event.date)}`;
}

/** The earliest day of the latest dated source that a supporting claim cites. */
function latestSourceDay(claims: readonly Claim[], dates: ReadonlyMap<string, DayRange>): Day | undefined {
  let latest: Day | undefined;
  for (const claim of claims) {
    if (claim.stance !== 'supports') continue;
    for (const e of claim.evidence) {
      const day = dates.get(e.source)?.earliest;
      if (day !== undefined && (latest === undefined || day > latest)) latest = day;
    }
  }
  return latest;
}

/** The claims behind a lifespan bound: those stating `existed` or `ended`, else the actor's plain ones; for a derived bound, its tie's. */
function lifespanFootnotes(change: Omit<LifespanChange, 'footnotes'>, book: { of(subject: string, keep?: (c: Claim) => boolean): number[] }): number[] {
  if (change.basis && change.basis !== 'stated') return book.of(change.basis);
  const stating = book.of(change.actor, (c) => c.value !== undefined && ('existed' in c.value || 'ended' in c.value));
  return stating.length > 0 ? stating : book.of(change.actor, (c) => c.value === undefined && c.stance === 'supports');
}

/** Lifespans that began or ended in the window, organisations and persons apart; communities and states have none to report. */
function lifespanChanges(
  lifespans: readonly Lifespan[],
  actors: ReadonlyMap<string, Actor>,
  window: DayRange,
): {
  formed: Omit<LifespanChange, 'footnotes'>[];
  dissolved: Omit<LifespanChange, 'footnotes'>[];
  persons: { appeared: Omit<LifespanChange, 'footnotes'>[]; ended: Omit<LifespanChange, 'footnotes'>[] };
} {
  type Change = Omit<LifespanChange, 'footnotes'>;
  const inWindow = (r: DayRange) => r.earliest <= window.latest && r.latest >= window.earliest;
  const certain = (r: DayRange) => r.earliest >= window.earliest && r.latest <= window.latest;
  const formed: Change[] = [];
  const dissolved: Change[] = [];
  const appeared: Change[] = [];
  const gone: Change[] = [];
  for (const life of lifespans) {
    const kind = actors.get(life.actor)?.kind;
    if (kind === undefined || kind === 'community') continue;
    const person = kind === 'person';
    if (life.start.earliest !== MIN_DAY && inWindow(life.start)) {
      (person ? appeared : formed).push({
        actor: life.actor,
        date: life.startText,
        certain: certain(life.start),
        when: life.start,
        ...(life.startBasis ? { basis: life.startBasis.from } : {}),
      });
    }
    if (life.end.latest !== MAX_DAY && inWindow(life.end)) {
      (person ? gone : dissolved).push({
        actor: life.actor,
        date: life.endText,
        certain: certain(life.end),
        when: life.end,
        ...(life.ended ? { ended: life.ended } : {}),
        ...(life.endBasis ? { basis: life.endBasis.from } : {}),
      });
    }
  }
  const byDate = (a: Change, b: Change) => a.when.earliest.localeCompare(b.when.earliest) || a.actor.localeCompare(b.actor);
  return { formed: formed.sort(byDate), dissolved: dissolved.sort(byDate), persons: { appeared: appeared.sort(byDate), ended: gone.sort(byDate) } };
}
