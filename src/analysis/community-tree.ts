import type { Actor } from '../core/model/actor.js';
import type { Relation } from '../core/model/relation.js';
import { ANALYSIS_ROLES } from './roles.js';

/**
 * The level at which communal violence is counted: `top` lifts every community to the widest one it
 * belongs to (the Imghad and the Ifoghas to the Tuareg); `recorded` keeps the community a group's
 * base names (a tribe, a confederation or a people).
 */
export type CommunityLevel = 'top' | 'recorded';

/**
 * Which community belongs to which, from membership ties between two community actors (a tribe within
 * a confederation, a confederation within a people). Belonging is read over all recorded time: a
 * report that first says the Ifoghas are Tuareg does not date when they became so.
 */
export class CommunityTree {
  private readonly parents = new Map<string, Set<string>>();

  constructor(relations: readonly Relation[], actors: ReadonlyMap<string, Actor>) {
    const isCommunity = (id: string) => actors.get(id)?.kind === 'community';
    for (const r of relations) {
      if (r.type !== ANALYSIS_ROLES.membership || r.from === r.to || !isCommunity(r.from) || !isCommunity(r.to)) continue;
      const set = this.parents.get(r.from);
      if (set) set.add(r.to);
      else this.parents.set(r.from, new Set([r.to]));
    }
  }

  /** Every community that contains `id`, however high (a loop in bad data stops the walk). */
  ancestors(id: string): Set<string> {
    const out = new Set<string>();
    const stack = [...(this.parents.get(id) ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() ?? '';
      if (out.has(next) || next === id) continue;
      out.add(next);
      stack.push(...(this.parents.get(next) ?? []));
    }
    return out;
  }

  /** The widest communities `id` belongs to; itself when it belongs to none. */
  top(id: string): string[] {
    const roots = [...this.ancestors(id)].filter((a) => !this.parents.has(a));
    return roots.length > 0 ? roots.sort() : [id];
  }

  /** `id` as counted at a level. */
  at(id: string, level: CommunityLevel): string[] {
    return level === 'top' ? this.top(id) : [id];
  }

  /** Whether `outer` contains `inner` or is it. */
  contains(outer: string, inner: string): boolean {
    return outer === inner || this.ancestors(inner).has(outer);
  }
}
