import { MIN_DAY, type DayRange } from '../dates/bounds.js';
import type { Temporal } from '../dates/edtf.js';
import type { Relation } from '../model/relation.js';
import { compareDates, readingOf } from '../triage.js';
import { RELATION_TYPES } from '../vocab/relation-types.js';

/**
 * A tie that held, ended and held again is kept as episodes: `rel:a.hostile-to.b`, then
 * `rel:a.hostile-to.b.2`, `.3` (the dataset's convention). A new reading of the tie belongs to the
 * episode it can be true of; a reading no episode's time can hold is a new episode, not a dispute of
 * an old one. Folding it into an episode that ended years before would mark that episode disputed
 * over a fact it never covered.
 */
export interface EpisodeChoice {
  /** The relation the reading belongs to: an episode already recorded, or the id of a new one. */
  id: string;
  /** The recorded episode, when the reading belongs to one. */
  episode?: Relation;
  /**
   * How the reading stands to that episode: it `agrees` (refines it or misses by less than its
   * precision), lies `inside` its time (a report of the tie while it held, which says nothing of when
   * it began or ended), or `contradicts` its bounds over a time they share.
   */
  reading?: 'agrees' | 'inside' | 'contradicts';
}

/** The episode ids of a tie, in order: the base id first, then `.2`, `.3`… */
export function episodeId(base: string, n: number): string {
  return n <= 1 ? base : `${base}.${n}`;
}

/** The recorded episodes of the tie `type` from `from` to `to` among `relations` (either way round for a symmetric type). */
export function episodesOf(relations: Iterable<Relation>, type: Relation['type'], from: string, to: string): Relation[] {
  const symmetric = RELATION_TYPES[type].symmetric;
  const out: Relation[] = [];
  for (const r of relations) {
    if (r.type !== type) continue;
    if ((r.from === from && r.to === to) || (symmetric && r.from === to && r.to === from)) out.push(r);
  }
  return out.sort((a, b) => episodeNumber(a.id) - episodeNumber(b.id) || a.id.localeCompare(b.id));
}

function episodeNumber(id: string): number {
  const n = /\.(\d+)$/.exec(id)?.[1];
  return n === undefined ? 1 : Number(n);
}

const overlaps = (x: Temporal, y: Temporal): boolean => x.start.earliest <= y.end.latest && y.start.earliest <= x.end.latest;

/** Whether every day `inner` may fall on lies within the days `outer` may hold (earliest start to latest end). */
const inside = (inner: Temporal, outer: Temporal): boolean =>
  inner.start.earliest !== MIN_DAY && inner.start.earliest >= outer.start.earliest && inner.end.latest <= outer.end.latest;

export interface EpisodeContext {
  /** The days the document giving the reading was written in (R1: a start that is only its date says "by then"). */
  writtenIn?: readonly DayRange[];
  /** The same for the sources backing each recorded episode, by relation id. */
  episodeWrittenIn?: (id: string) => readonly DayRange[];
}

/**
 * Where a reading of the tie (`valid`) belongs, given the tie's recorded `episodes` (from
 * `episodesOf`) and the id its first episode has or would have.
 * - no `valid`: the latest episode (the reading backs the tie as recorded);
 * - an episode the reading agrees with (refines it, or misses it by less than its precision): that one;
 * - an episode whose time holds the reading's whole time: that one (the reading reports the tie while
 *   it held; "allied in early 2018" does not say the alliance began in 2018);
 * - an episode whose time overlaps the reading's though the bounds contradict: that one, where the
 *   two sources' disagreement is real and is kept side by side;
 * - a time after an episode had ended, overlapping none: a new episode, numbered after the last (the
 *   tie held again), so the ended episode is never marked disputed over a time it did not cover;
 * - otherwise (a time before the first episode; any date of a tie that happens at a moment, such as a
 *   split, which does not happen twice): a disagreement with the nearest episode.
 */
export function episodeFor(base: string, episodes: readonly Relation[], valid: string | undefined, context: EpisodeContext = {}): EpisodeChoice {
  const last = episodes.at(-1);
  if (!last) return { id: base };
  if (valid === undefined) return { id: last.id, episode: last, reading: 'agrees' };
  const writtenIn = context.writtenIn ?? [];
  const recordedIn = (e: Relation) => context.episodeWrittenIn?.(e.id) ?? [];
  const instant = RELATION_TYPES[last.type].instant;
  const difference = (e: Relation) => compareDates(e.valid, valid, [recordedIn(e), writtenIn], instant);
  const agreeing = episodes.filter((e) => difference(e) !== 'contradiction');
  const refined = agreeing.find((e) => difference(e) === 'refinement') ?? agreeing[0];
  if (refined) return { id: refined.id, episode: refined, reading: 'agrees' };
  const reading = readingOf(valid, writtenIn);
  const timed = episodes.flatMap((e) => {
    const t = readingOf(e.valid, recordedIn(e));
    return t ? [{ e, t }] : [];
  });
  if (!reading || timed.length === 0) return { id: last.id, episode: last, reading: 'contradicts' };
  const holding = timed.find(({ t }) => inside(reading, t));
  if (holding) return { id: holding.e.id, episode: holding.e, reading: 'inside' };
  const overlapping = timed.find(({ t }) => overlaps(reading, t));
  if (overlapping) return { id: overlapping.e.id, episode: overlapping.e, reading: 'contradicts' };
  const ended = timed.filter(({ t }) => t.end.latest < reading.start.earliest);
  if (instant || ended.length === 0) {
    const nearest = ended.at(-1) ?? timed[0];
    const e = nearest?.e ?? last;
    return { id: e.id, episode: e, reading: 'contradicts' };
  }
  // A symmetric tie may be recorded the other way round: its episodes keep the recorded id.
  const root = (episodes[0]?.id ?? base).replace(/\.\d+$/, '');
  const taken = new Set(episodes.map((e) => e.id));
  let n = Math.max(...episodes.map((e) => episodeNumber(e.id))) + 1;
  while (taken.has(episodeId(root, n))) n++;
  return { id: episodeId(root, n) };
}
