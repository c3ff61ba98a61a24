/**
 * A coup is often told through the arrest it began with: "President X was detained by soldiers", "le président et son
 * Premier ministre ont été arrêtés par des militaires", "mutineers seized the president". An arrest of a head of state or
 * of government by the military is a coup, not an arrest. English and French.
 */
import type { SentenceView } from './sentence-view.js';

const HEAD = /(?<![\p{L}])(?:president|prime\s+minister|head\s+of\s+state|pr[ée]sident|premier\s+ministre|chef\s+de\s+l['’][ée]tat)(?![\p{L}])/iu;
const MILITARY =
  /(?<![\p{L}])(?:soldiers|the\s+military|military\s+officers|officers|mutineers|mutinous|presidential\s+guard|junta|militaires|soldats|officiers|mutins|garde\s+pr[ée]sidentielle|junte)(?![\p{L}])/iu;
/** How far around the arrest its victim and its makers may be named. */
const REACH = 120;

/** Whether an arrest trigger tells of soldiers arresting a head of state or of government. */
export function isCoupArrest(view: SentenceView, at: { start: number; end: number }): boolean {
  const from = Math.max(0, at.start - view.start - REACH);
  const to = at.end - view.start + REACH;
  const around = view.text.slice(from, to);
  return HEAD.test(around) && MILITARY.test(around);
}
