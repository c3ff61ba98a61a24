import { RELATION_TYPES, type RelationType } from '../../core/vocab/relation-types.js';
import type { Mention } from '../mentions/find-mentions.js';
import { OPERATES_IN, RELATION_PATTERNS, type RelationPattern } from './relation-patterns.js';
import { actorsAfter, actorsBefore, matchesIn, sentenceDate, type SentenceView } from './sentence-view.js';

/** A relation proposed from one sentence. Offsets are UTF-16 indices into the document. */
export interface ExtractedRelation {
  type: RelationType;
  from: Mention;
  to: Mention;
  /** EDTF from the sentence's date, when it gives one. */
  valid?: string;
  sentence: number;
  trigger: { start: number; end: number };
}

const adjacent = (view: SentenceView, end: number, start: number, max: number) =>
  start >= end && start - end <= max && /^[\s'’s,]*$/.test(view.text.slice(end - view.start, start - view.start));

function pairs(pattern: RelationPattern, view: SentenceView, at: { start: number; end: number }): [Mention, Mention][] {
  const before = () => actorsBefore(view, at.start);
  const after = () => actorsAfter(view, at.end);
  switch (pattern.voice) {
    case 'active':
      return before().flatMap((f) => after().map((t) => [f, t] as [Mention, Mention]));
    case 'passive':
      return after().flatMap((f) => before().map((t) => [f, t] as [Mention, Mention]));
    case 'members': {
      const whole = before().at(-1);
      // "composed of former X fighters" says where fighters came from, not which groups are members.
      const members = after().filter((m) => !/^\s*(?:fighters|members|militants|elements|combatants|defectors)/i.test(view.text.slice(m.end - view.start)));
      return whole ? members.map((f) => [f, whole] as [Mention, Mention]) : [];
    }
    case 'compound': {
      const to = view.actors.find((m) => m.end === at.start);
      const from = actorsAfter(view, at.end, 40)[0];
      return to && from ? [[from, to]] : [];
    }
    case 'title': {
      const group = view.actors.filter((m) => adjacent(view, m.end, at.start, 4)).at(-1);
      const person = view.actors.find((m) => adjacent(view, at.end, m.start, 3) && m.type === 'person');
      if (group && person) return [[person, group]];
      // "the commander of <group> <person>": the person follows the group named after "of".
      const ofGroup = view.actors.find(
        (m) => m.start >= at.end && /^\s+(?:of|de|du|des)\s+(?:the\s+|la\s+|l['’])?$/i.test(view.text.slice(at.end - view.start, m.start - view.start)),
      );
      const after = ofGroup && view.actors.find((m) => m.type === 'person' && m.start >= ofGroup.end && m.start - ofGroup.end <= 8);
      return ofGroup && after ? [[after, ofGroup]] : [];
    }
    case 'pairwise': {
      const b = before();
      const a = after();
      // Actors named together before the trigger act together; otherwise the trigger pairs those around it.
      const all = b.length > 1 ? b : b.length > 0 && a.length > 0 ? [...b, ...a] : a;
      const out: [Mention, Mention][] = [];
      for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) out.push([all[i] as Mention, all[j] as Mention]);
      return out;
    }
  }
}

function kindFits(kinds: readonly string[] | undefined, m: Mention): boolean {
  return kinds === undefined || kinds.includes(m.type);
}

/** The relation's valid time from the sentence's dates: a span, since, until, or the date itself. */
function validOf(type: RelationType, view: SentenceView): string | undefined {
  const date = sentenceDate(view);
  if (!date) return undefined;
  if (RELATION_TYPES[type].instant) return date.role === 'until' ? date.edtf : (date.edtf.split('/')[0] ?? date.edtf);
  return date.edtf;
}

/** Relations stated in a sentence, from the trigger table; symmetric types in a fixed order. */
export function extractRelations(view: SentenceView): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const push = (type: RelationType, from: Mention, to: Mention, trigger: { start: number; end: number }) => {
    if (from.id === to.id) return;
    let [f, t] = [from, to];
    if (RELATION_TYPES[type].symmetric && f.id > t.id) [f, t] = [t, f];
    const key = `${type}|${f.id}|${t.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const valid = validOf(type, view);
    out.push({ type, from: f, to: t, ...(valid ? { valid } : {}), sentence: view.index, trigger });
  };
  for (const pattern of RELATION_PATTERNS) {
    for (const at of matchesIn(view, pattern.re)) {
      for (const [from, to] of pairs(pattern, view, at)) {
        if (kindFits(pattern.fromKinds, from) && kindFits(pattern.toKinds, to)) {
          if (pattern.type !== 'based_on_community' && (from.type === 'community' || to.type === 'community')) continue;
          push(pattern.type, from, to, at);
        }
      }
    }
  }
  for (const at of matchesIn(view, OPERATES_IN)) {
    const actor = actorsBefore(view, at.start).at(-1);
    const place = view.places.find((p) => p.start >= at.end && p.start - at.end <= 25);
    if (actor && place && actor.type !== 'community') push('operates_in', actor, place, at);
  }
  return out;
}
