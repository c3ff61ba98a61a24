/**
 * A fronted phrase that names the whole a clause happens inside: "Au sein du JNIM, la katiba Macina reste la plus
 * nombreuse", "Within JNIM, Katiba Macina operates in the centre", "Dans les rangs de l’EIGS, X …". The group the
 * clause is about (its subject, or the group a person subject leads or commands) is one of the whole's parts.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { CLAUSE_BREAK, type SentenceView } from './sentence-view.js';

type Trigger = { start: number; end: number };

/** The opening: an optional date, then the phrase of inclusion, up to where the whole's name starts. */
const FRONTED =
  /^(?:(?:(?:En|In|Depuis|Since|D[èe]s|From)\s+[^,]{1,20},?\s+))?(?:Au\s+sein\s+(?:du|de\s+la|des|de|d['’]|de\s+l['’])|Dans\s+les\s+rangs\s+(?:du|de\s+la|des|de|d['’]|de\s+l['’])|Within|Inside|In\s+the\s+ranks\s+of|Among\s+the\s+(?:groups|units|factions)\s+of)\s*(?:(?:the|la|le|l['’])\s*)?$/iu;

const GROUPS = new Set(['armed_group', 'coalition', 'state_force', 'international_force', 'other_org']);

/** `[part, whole, trigger]` when a sentence opens with a phrase of inclusion and its clause names a group. */
export function frontedWhole(view: SentenceView): [Mention, Mention, Trigger][] {
  const whole = view.actors[0];
  if (!whole || !GROUPS.has(whole.type)) return [];
  const lead = view.text.slice(0, whole.start - view.start);
  if (!FRONTED.test(lead)) return [];
  const comma = view.text.indexOf(',', whole.end - view.start);
  // The whole's name (maybe with its acronym in brackets) runs to the comma.
  if (comma < 0 || !/^\s*(?:\([^()]{1,20}\))?\s*$/u.test(view.text.slice(whole.end - view.start, comma))) return [];
  const trigger = { start: view.start, end: whole.end };
  const clause = view.text.slice(comma + 1);
  const clauseEnd = view.start + comma + 1 + (clause.search(CLAUSE_BREAK) < 0 ? clause.length : clause.search(CLAUSE_BREAK));
  const inClause = view.actors.filter((m) => m.start > view.start + comma && m.end <= clauseEnd && m.id !== whole.id);
  const subject = inClause[0];
  if (!subject) return [];
  // "Au sein du JNIM, Amadou Koufa dirige la katiba Macina": the unit the person heads is the part.
  const part = subject.type === 'person' ? inClause.find((m) => GROUPS.has(m.type)) : GROUPS.has(subject.type) ? subject : undefined;
  // « Au sein du gouvernement malien, le MNLA a des soutiens »: an armed group is not a part of a government or another
  // civil body; within such a whole only a unit of the same kind of body could be, and the clause rarely says so.
  if (part && whole.type === 'other_org' && part.type !== 'other_org') return [];
  return part ? [[part, whole, trigger]] : [];
}
