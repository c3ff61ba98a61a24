/**
 * Verbs of leaving and what they leave: forces withdrawing ("withdrew", "se sont retirés") as against a town abandoned,
 * and a group or a pact left instead of a place ("left the FLN" is a split, "withdrew from ECOWAS" a strategic decision).
 */
import type { EventType } from '../../core/vocab/event-types.js';
import type { Mention } from '../mentions/find-mentions.js';
import type { SentenceView } from './sentence-view.js';

/** Verbs of forces withdrawing, as against a town abandoned or fled: "withdrew", "pulled out", "se sont retirés", "se replient". */
export const WITHDREW = /withdr|pull|retreat|retir|repli/iu;
/** "from the", "du", "de l’": what stands between a verb of leaving and what is left. */
const LEFT_OBJECT_LEAD = /^\s*(?:from\s+|of\s+|out\s+of\s+|de\s+|du\s+|des\s+|d['’]\s*)?(?:the\s+|its\s+|their\s+|la\s+|le\s+|les\s+|l['’]\s*)?$/iu;
const ENDS_A_PACT =
  /^\s*(?:from|of|de|du|des|d['’])\s*(?:the\s+|its\s+|their\s+|la\s+|le\s+|les\s+|l['’]\s*|ses\s+|leurs?\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:agreements?|accords?|treaty|traité|pact|pacte|charter|charte|mandate|mandat)(?![\p{L}])/iu;

/**
 * What a verb of leaving leaves when it is not a place: a group ("left the FLN", "a quitté le CSP") is a split; an
 * organisation of states or a pact ("withdrew from ECOWAS", "se retire de l’accord d’Alger") is a strategic decision.
 */
export function leftWhat(view: SentenceView, at: { start: number; end: number }, place: Mention | undefined): EventType | undefined {
  const rest = view.text.slice(at.end - view.start);
  // The verb may end with its preposition ("s’est retiré de" + "l’accord").
  const lead = /(?:from|of|de|du|des|d['’])$/iu.test(view.text.slice(at.start - view.start, at.end - view.start)) ? ' de ' : '';
  if (ENDS_A_PACT.test(`${lead}${rest}`)) return 'other_strategic';
  // A name, not a pronoun read as its antecedent ("left its base": "its" stands for the group that leaves).
  const object = view.actors.find(
    (m) =>
      m.start >= at.end &&
      /^\p{Lu}/u.test(view.text.slice(m.start - view.start)) &&
      LEFT_OBJECT_LEAD.test(view.text.slice(at.end - view.start, m.start - view.start)),
  );
  if (!object || (place && place.start < object.start)) return undefined;
  if (object.type === 'international_org') return 'other_strategic';
  if (object.type === 'armed_group' || object.type === 'coalition') return 'split';
  return undefined;
}
