import { structuralBalance, type Balance } from '../../analysis/balance.js';
import { centrality } from '../../analysis/centrality.js';
import { communalViolence, CommunityBases, tribalisation, type CommunalMatrix, type Tribalisation } from '../../analysis/communal.js';
import { CommunityTree, type CommunityLevel } from '../../analysis/community-tree.js';
import { activeActorIds, genealogyPerYear, type GenealogyYear } from '../../analysis/fragmentation.js';
import { allianceFluidity, signedPairs, type Fluidity } from '../../analysis/fluidity.js';
import { snapshotGraph } from '../../analysis/graph.js';
import { ANALYSIS_ROLES } from '../../analysis/roles.js';
import { projectSnapshot } from '../../analysis/snapshot.js';
import type { TieFact } from '../../core/ties/tie-facts.js';
import { type Day, shiftDay } from '../../core/dates/bounds.js';
import { parseTemporal } from '../../core/dates/edtf.js';
import type { Actor } from '../../core/model/actor.js';
import type { Store } from '../../core/store-port.js';
import { RELATION_TYPE_NAMES, RELATION_TYPES } from '../../core/vocab/relation-types.js';
import { betweennessHere, type BetweennessRunner } from './betweenness-thread.js';
import { dayArg, stepDays, type Step } from './dates.js';
import { actorsById, loadTieFacts, readOptions, type QueryOptions } from './load.js';

/** Scores of the most central actors. */
export interface Ranked {
  id: string;
  name: string;
  degree: number;
  betweenness: number;
  community: number;
}

export interface MetricsPoint {
  day: Day;
  actors: number;
  ties: number;
  /** Armed groups with a standing tie in force (definite, and at least possible). */
  armedGroups: { definite: number; possible: number };
  balance: Omit<Balance, 'unbalanced'> & { unbalanced: Balance['unbalanced'] | number };
  /** Against the previous point (one step earlier). */
  fluidity: Fluidity;
  tribalisation: Tribalisation;
  communities: { count: number; modularity: number };
}

export interface MetricsResult extends MetricsPoint {
  asOf: string;
  /** The last day of the period `asOf` names (D9); `day` is its first. */
  until: Day;
  step: Step;
  /** `community` is the actor's bloc (-1 for an actor with no tie to another actor). */
  top: Ranked[];
  /** What `top`'s betweenness rests on: every node as a source, or an estimate from `sources` of `nodes` (docs/queries.md states its error). */
  betweenness: { exact: boolean; sources: number; nodes: number };
  /** Blocs of cooperation (`analysis/blocs.ts`), largest first, members best-connected first; the web network colours the same blocs. */
  blocs: { community: number; members: string[] }[];
  /** Community × community violence in the step before the day, at `communityLevel`, with violence inside one community apart. */
  communal: CommunalMatrix;
  /** Splits, mergers and renames per year, over all recorded time. */
  genealogy: GenealogyYear[];
  names: Record<string, string>;
}

interface Loaded {
  facts: TieFact[];
  actors: Map<string, Actor>;
  byId: Map<string, TieFact>;
}

/** What the metrics read besides the ties in force: the level communal violence is counted at. */
export interface MetricsOptions extends QueryOptions {
  step?: Step;
  /** `top` (default): communities lifted to the widest they belong to; `recorded`: as the bases name them. */
  communityLevel?: CommunityLevel;
  /** Where betweenness is computed: in the calling thread by default; the server passes a worker thread. */
  betweenness?: BetweennessRunner;
}

/** A period [day, until]: a point's own (D9), or the same period one step earlier. */
type Period = [Day, Day];

/** One point of the metric series, on already loaded facts: the graph of `period`, compared with `previous`. */
function point([day, until]: Period, previous: Period, { facts, actors, byId }: Loaded, bases: CommunityBases, detailed: boolean) {
  const snap = projectSnapshot(day, facts, actors, {}, until);
  const graph = snapshotGraph(snap);
  const before = snapshotGraph(projectSnapshot(previous[0], facts, actors, {}, previous[1]));
  const balance = structuralBalance(graph);
  const scores = centrality(graph, { betweenness: false });
  const armed = activeActorIds(facts, actors, ANALYSIS_ROLES.armedKinds, day, until);
  const base: MetricsPoint = {
    day,
    actors: snap.actors.length,
    ties: snap.ties.length,
    armedGroups: { definite: armed.definite.length, possible: armed.possible.length },
    balance: detailed ? balance : { ...balance, unbalanced: balance.unbalanced.length },
    fluidity: allianceFluidity(signedPairs(before), signedPairs(graph), (id) => byId.get(id)),
    tribalisation: tribalisation(day, armed.possible, bases),
    communities: { count: scores.communityCount, modularity: scores.modularity },
  };
  return { base, graph, scores };
}

/** The same period one step earlier: `2017-06` a year before is June 2016, whatever the month's length. */
function stepBack([day, until]: Period, step: Step): Period {
  return [shiftDay(day, step, -1), shiftDay(shiftDay(shiftDay(until, 'day', 1), step, -1), 'day', -1)];
}

/**
 * metrics(asOf): brokerage, blocs, balance, fluidity, fragmentation and communal dynamics in the
 * period `asOf` names (D9: `2017-06` is June 2017, as in the web network), against the same period
 * one step earlier.
 */
export async function metrics(store: Store, asOf: string, options: MetricsOptions & { top?: number } = {}): Promise<MetricsResult> {
  const step = options.step ?? 'year';
  const period: Period = [dayArg(asOf), dayArg(asOf, true)];
  const [day, until] = period;
  const earlier = stepBack(period, step);
  const previous = earlier[0];
  const actors = await actorsById(store, options);
  const loaded = loadedOf(await loadTieFacts(store, previous, until, options, { actors }), actors);
  const bases = new CommunityBases(loaded.facts, loaded.actors);
  const tree = await communityTree(store, options, actors);
  const { base, graph, scores } = point(period, earlier, loaded, bases, true);
  const betweenness = await (options.betweenness ?? betweennessHere)(graph);
  const top = graph
    .nodes()
    .map((id) => ({
      id,
      name: graph.getNodeAttribute(id, 'name'),
      degree: scores.degree[id] ?? 0,
      betweenness: betweenness.scores[id] ?? 0,
      community: scores.communities[id] ?? -1,
    }))
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.id.localeCompare(b.id))
    .slice(0, options.top ?? 10);
  const events = await store.filterEvents({ ...readOptions(options), from: previous, to: day });
  const allGenealogical = await loadTieFacts(store, '0000-01-01', '9999-12-31', { ...options, types: genealogicalTypes() }, { actors: loaded.actors });
  const names: Record<string, string> = {};
  graph.forEachNode((id, attrs) => (names[id] = attrs.name));
  const communal = communalViolence(events, bases, tree, options.communityLevel ?? 'top');
  for (const id of [...communal.cells.flatMap((c) => [c.a, c.b]), ...communal.within.map((w) => w.community)]) names[id] = loaded.actors.get(id)?.name ?? id;
  return {
    asOf,
    step,
    ...base,
    until,
    top,
    betweenness: { exact: betweenness.exact, sources: betweenness.sources, nodes: graph.order },
    blocs: scores.blocs.map((b) => ({ community: b.index, members: b.members })),
    communal,
    genealogy: genealogyPerYear(allGenealogical.map((f) => f.relation)),
    names,
  };
}

export interface MetricsSeries {
  from: string;
  to: string;
  step: Step;
  points: (MetricsPoint & { communal: CommunalMatrix })[];
  genealogy: GenealogyYear[];
  /** Names of the communities in the points' matrices. */
  names: Record<string, string>;
}

/** The metric time series: one point per step from `from` to `to`, each compared with the step before. */
export async function metricsSeries(store: Store, fromText: string, toText: string, options: MetricsOptions = {}): Promise<MetricsSeries> {
  const step = options.step ?? 'year';
  const days = stepDays(dayArg(fromText), dayArg(toText, true), step);
  const first = shiftDay(days[0] ?? dayArg(fromText), step, -1);
  const last = days[days.length - 1] ?? first;
  const actors = await actorsById(store, options);
  const loaded = loadedOf(await loadTieFacts(store, first, last, options, { actors }), actors);
  const bases = new CommunityBases(loaded.facts, loaded.actors);
  const tree = await communityTree(store, options, actors);
  const level = options.communityLevel ?? 'top';
  const events = await store.filterEvents({ ...readOptions(options), from: first, to: last });
  const points = days.map((day) => {
    const previous = shiftDay(day, step, -1);
    const inStep = events.filter((e) => e.date && overlapsStep(e.date, previous, day));
    return { ...point([day, day], [previous, previous], loaded, bases, false).base, communal: communalViolence(inStep, bases, tree, level) };
  });
  const genealogical = await loadTieFacts(store, '0000-01-01', '9999-12-31', { ...options, types: genealogicalTypes() }, { actors: loaded.actors });
  const names: Record<string, string> = {};
  for (const p of points)
    for (const id of [...p.communal.cells.flatMap((c) => [c.a, c.b]), ...p.communal.within.map((w) => w.community)]) names[id] = actors.get(id)?.name ?? id;
  return { from: fromText, to: toText, step, points, genealogy: genealogyPerYear(genealogical.map((f) => f.relation)), names };
}

function loadedOf(facts: TieFact[], actors: Map<string, Actor>): Loaded {
  return { facts, actors, byId: new Map(facts.map((f) => [f.relation.id, f])) };
}

/** Which community belongs to which, from membership ties over all recorded time. */
async function communityTree(store: Store, options: QueryOptions, actors: Map<string, Actor>): Promise<CommunityTree> {
  const relations = await store.relationsBetween('0000-01-01', '9999-12-31', { ...readOptions(options), types: [ANALYSIS_ROLES.membership] });
  return new CommunityTree(relations, actors);
}

function overlapsStep(date: string, from: Day, to: Day): boolean {
  const t = parseTemporal(date);
  return t !== undefined && t.start.earliest < to && t.end.latest >= from;
}

function genealogicalTypes(): string[] {
  return RELATION_TYPE_NAMES.filter((t) => RELATION_TYPES[t].genealogical);
}
