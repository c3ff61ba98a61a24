/**
 * A name used as the first half of a compound adjective ("the al-Qaeda-linked JNIM", "the Wagner-backed army", « le
 * JNIM, affilié à… » is not one) qualifies the noun after it: the relation's object is that noun, not the name inside
 * the adjective. "a component of the al-Qaeda-linked JNIM" makes the component a member of the JNIM.
 */
import type { Mention } from '../mentions/find-mentions.js';
import type { SentenceView } from './sentence-view.js';

/** "-linked", "-backed", "-led", … written right after the name, then the noun the compound qualifies. */
const COMPOUND_AFTER = /^[-–](?:linked|affiliated|aligned|allied|backed|supported|sponsored|funded|led|dominated|inspired|leaning|friendly)\s+$/iu;

/** The head an actor found first after a trigger stands for: the actor the compound adjective it opens qualifies, or itself. */
export function compoundHead(view: SentenceView, first: Mention, actors: readonly Mention[]): Mention {
  const next = actors.find((m) => m.start >= first.end);
  if (!next) return first;
  return COMPOUND_AFTER.test(view.text.slice(first.end - view.start, next.start - view.start)) ? next : first;
}
