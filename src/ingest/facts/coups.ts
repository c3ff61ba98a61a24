/**
 * A coup is often told through the arrest it began with: "President X was detained by soldiers", "le président et son
 * Premier ministre ont été arrêtés par des militaires", "mutineers seized the president". An arrest of a head of state or
 * of government by the military is a coup, not an arrest. English and French.
 */
import type { SentenceView } from './sentence-view.js';

/**
 * The head of state or government, not a president of something else ("le président de l'association", "the president of
 * the football federation": "of" then a common noun) nor one who speaks ("the president's office said").
 */
// Case-sensitive on purpose (`\p{Ll}` would match capitals under the i flag): "président de la Transition" is the head.
const HEAD =
  /(?<![\p{L}])(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Hh]ead\s+of\s+[Ss]tate|[Pp]r[ée]sident|[Pp]remier\s+[Mm]inistre|[Cc]hef\s+de\s+l['’][ée]tat)(?![\p{L}])(?!['’]s?(?![\p{L}]))(?!\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les)\s+|l['’])?(?!(?:the|la|le|les)\s|l['’])\p{Ll})/gu;
const MILITARY =
  /(?<![\p{L}])(?:soldiers|the\s+military|military\s+officers|officers|mutineers|mutinous|presidential\s+guard|junta|militaires|soldats|officiers|mutins|garde\s+pr[ée]sidentielle|junte)(?![\p{L}])/iu;
/** How far around the arrest its makers may be named. */
const REACH = 120;
/** How far the arrested head may stand: after the verb as its object, or before it as the subject of a passive. */
const OBJECT_REACH = 60;
const PASSIVE_SUBJECT_REACH = 100;

/** Whether an arrest trigger tells of soldiers arresting a head of state or of government. */
export function isCoupArrest(view: SentenceView, at: { start: number; end: number }): boolean {
  const from = Math.max(0, at.start - view.start - REACH);
  const to = at.end - view.start + REACH;
  if (!MILITARY.test(view.text.slice(from, to))) return false;
  const trigger = { start: at.start - view.start, end: at.end - view.start };
  // "a été arrêté": the trigger may hold the passive auxiliary itself.
  const passive = /^(?:(?:a|ont|avait|avaient)\s+été|est|sont|fut|furent|was|were)\s/iu.test(view.text.slice(trigger.start, trigger.end));
  for (const m of view.text.matchAll(HEAD)) {
    if (m.index >= trigger.end && m.index - trigger.end <= OBJECT_REACH) return true;
    const gap = view.text.slice(m.index + m[0].length, trigger.start);
    if (
      m.index < trigger.start &&
      gap.length <= PASSIVE_SUBJECT_REACH &&
      (passive || /(?<![\p{L}])(?:was|were|has\s+been|had\s+been|a\s+été|ont\s+été|avait\s+été|avaient\s+été|été)\s+\S*\s*$/iu.test(gap))
    )
      return true;
  }
  return false;
}
