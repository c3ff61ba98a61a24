import { buildGenealogyModel } from '../../analysis/genealogy/genealogy-model.js';
import type { GenealogyModel } from '../../analysis/genealogy/types.js';
import { isGenealogical, lineageEnds, sortSteps, type LineageStep } from '../../analysis/lineage.js';
import { ANALYSIS_ROLES } from '../../analysis/roles.js';
import { parseTemporal } from '../../core/dates/edtf.js';
import { NotFoundError } from '../../core/errors.js';
import type { Relation } from '../../core/model/relation.js';
import type { Store } from '../../core/store-port.js';
import { RELATION_TYPE_NAMES } from '../../core/vocab/relation-types.js';
import { actorsById, lifespansOf, relationsOf, type QueryOptions } from './load.js';

// How the CLI words a lane's bounds, from the genealogy model.
export { endWords, startWords } from '../../analysis/genealogy/words.js';

/** A membership over time: a component of the actor, or a coalition the actor belonged to. */
export interface MembershipSpan {
  relation: string;
  actor: string;
  valid: string;
  /** Earliest and latest day the membership may cover (D1–D5); null for an open or unknown end. */
  from: string | null;
  to: string | null;
  role?: string;
}

export interface Genealogy {
  actor: { id: string; name: string; kind: string };
  ancestors: LineageStep[];
  descendants: LineageStep[];
  /** Components of the actor (when a coalition), by when they joined. */
  components: MembershipSpan[];
  /** Coalitions the actor belonged to, by when it joined. */
  memberOf: MembershipSpan[];
  names: Record<string, string>;
  /** The one model every renderer draws: lanes, connectors, memberships and persons on a time axis. */
  model: GenealogyModel;
}

const GENEALOGICAL = RELATION_TYPE_NAMES.filter((t) => isGenealogical({ type: t } as Relation));

/** genealogy(actor): ancestors and descendants through splits, mergers and renames, components over time, and the model drawn from them. */
export async function genealogy(store: Store, actorId: string, options: QueryOptions = {}): Promise<Genealogy> {
  const actors = await actorsById(store, options);
  const actor = actors.get(actorId);
  if (!actor) throw new NotFoundError('actor', actorId);
  const ancestors = await walk(store, actorId, 'up', options);
  const descendants = await walk(store, actorId, 'down', options);
  const memberships = await relationsOf(store, [actorId], { ...options, types: [ANALYSIS_ROLES.membership] });
  const span = (r: Relation, other: string): MembershipSpan => {
    const t = parseTemporal(r.valid);
    const bound = (d: string | undefined) => (d === undefined || d === '0000-01-01' || d === '9999-12-31' ? null : d);
    return { relation: r.id, actor: other, valid: r.valid, from: bound(t?.start.earliest), to: bound(t?.end.latest), ...(r.role ? { role: r.role } : {}) };
  };
  const byStart = (a: MembershipSpan, b: MembershipSpan) => (a.from ?? '').localeCompare(b.from ?? '') || a.actor.localeCompare(b.actor);
  const components = memberships
    .filter((r) => r.to === actorId)
    .map((r) => span(r, r.from))
    .sort(byStart);
  const memberOf = memberships
    .filter((r) => r.from === actorId)
    .map((r) => span(r, r.to))
    .sort(byStart);
  const ids = new Set<string>([
    actorId,
    ...[...ancestors, ...descendants].flatMap((s) => [s.elder, s.younger]),
    ...components.map((c) => c.actor),
    ...memberOf.map((c) => c.actor),
  ]);
  const names: Record<string, string> = {};
  for (const id of ids) {
    const other = actors.get(id);
    if (other) names[id] = other.name;
  }
  const [relations, lifespans] = await Promise.all([relationsOf(store, [...ids], options), lifespansOf(store, options, actors)]);
  const model = buildGenealogyModel({ focus: actorId, ancestors, descendants, actors, relations, lifespans });
  return { actor: { id: actor.id, name: actor.name, kind: actor.kind }, ancestors, descendants, components, memberOf, names, model };
}

/** Breadth-first through genealogical ties, one store query per generation. */
async function walk(store: Store, start: string, direction: 'up' | 'down', options: QueryOptions): Promise<LineageStep[]> {
  const seen = new Set([start]);
  const steps: LineageStep[] = [];
  const used = new Set<string>();
  let frontier = [start];
  for (let depth = 1; frontier.length > 0 && depth <= 50; depth++) {
    const next: string[] = [];
    const current = new Set(frontier);
    for (const relation of await relationsOf(store, frontier, { ...options, types: GENEALOGICAL })) {
      if (used.has(relation.id)) continue;
      const { elder, younger } = lineageEnds(relation);
      const [from, to] = direction === 'up' ? [younger, elder] : [elder, younger];
      if (!current.has(from)) continue;
      used.add(relation.id);
      steps.push({ relation: relation.id, type: relation.type, from: relation.from, to: relation.to, elder, younger, valid: relation.valid, depth });
      if (!seen.has(to)) {
        seen.add(to);
        next.push(to);
      }
    }
    frontier = next;
  }
  return sortSteps(steps);
}
