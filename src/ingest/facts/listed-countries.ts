/**
 * A country read as a territory inside a list of states stands for its state: "Niger, Mali and Burkina Faso founded
 * the alliance", « le Burkina Faso et le Niger, qui forment avec le Mali l’AES ». The mention reader settles each
 * country name alone, so a list often mixes the two readings and breaks where the territory stands; the subject or the
 * object it belongs to loses its other items. A country is read as its state only beside a state the reader already
 * took as an actor, joined to it by a comma or a conjunction, so that "in Mali and Niger" (two territories) stays as it
 * is. Like the other references, these are ends for the relation view only, never mentions.
 */
import type { Actor } from '../../core/model/actor.js';
import type { Place } from '../../core/model/place.js';
import type { Mention } from '../mentions/find-mentions.js';
import type { TaggedToken } from '../text/tagger.js';
import type { SentenceView } from './sentence-view.js';
import type { Anaphor } from './subject.js';

/** Each country of the dataset with the state of the same country code. */
export function countryStates(actors: readonly Actor[], places: readonly Place[]): ReadonlyMap<string, Actor> {
  const states = new Map(actors.filter((a) => a.kind === 'state' && a.country).map((a) => [a.country as string, a]));
  const out = new Map<string, Actor>();
  for (const p of places) {
    const state = p.kind === 'country' ? states.get(p.country) : undefined;
    if (state) out.set(p.id, state);
  }
  return out;
}

/** What joins two items of a list: "Mali, Niger and Chad", « du Mali, du Niger et du Tchad », "with Mali and". */
const JOINT = /^\s*(?:,|and|et|,\s*and|,\s*et)\s*(?:(?:the|of|du|de\s+la|des|le|la)\s+|de\s+l['’]\s*|l['’]\s*)?$/iu;

/** The countries of a sentence that stand for their state, each as a reference at the country's span. */
export function listedCountries(view: SentenceView, tokens: readonly TaggedToken[], states: ReadonlyMap<string, Actor>): Anaphor[] {
  const named = [...view.actors, ...view.places].sort((a, b) => a.start - b.start);
  // A run of items joined by list punctuation; a run that holds a state actor turns its countries into states.
  const runs: Mention[][] = [];
  for (const [k, m] of named.entries()) {
    const previous = named[k - 1];
    const joined = previous !== undefined && JOINT.test(view.text.slice(previous.end - view.start, m.start - view.start));
    if (joined) runs.at(-1)?.push(m);
    else runs.push([m]);
  }
  const out: Anaphor[] = [];
  for (const run of runs) {
    if (!run.some((m) => m.kind === 'actor' && m.type === 'state')) continue;
    for (const m of run) {
      const state = m.kind === 'place' ? states.get(m.id) : undefined;
      if (!state || run.some((x) => x.id === state.id)) continue;
      const first = tokens.findIndex((t) => t.start >= m.start);
      const last = tokens.findLastIndex((t) => t.end <= m.end);
      if (first < 0 || last < first) continue;
      out.push({ mention: { ...m, kind: 'actor', id: state.id, name: state.name, type: state.kind, via: 'generated' }, first, last });
    }
  }
  return out;
}
