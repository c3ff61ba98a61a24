/** The triggers of a sentence, in order, one per stretch of text, without those inside names, comparisons and descriptions. */
import { BARE_TAKING, EVENT_PATTERNS, type EventPattern } from './event-patterns.js';
import { WIDE } from './event-place.js';
import { isComparison, isDescribing } from './not-an-incident.js';
import type { SentenceView } from './sentence-view.js';
import type { TriggerAt } from './extracted-event.js';

const BARE_TAKING_RE = new RegExp(`^(?:${BARE_TAKING})$`, 'iu');

/**
 * Every match of a trigger pattern in a sentence, as document offsets. The patterns are large (every form of every
 * lemma), so each is compiled once and run with `exec`, never copied per sentence as `matchAll` does.
 */
function triggersIn(view: SentenceView, re: RegExp): { start: number; end: number; text: string }[] {
  const global = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  global.lastIndex = 0;
  const found: { start: number; end: number; text: string }[] = [];
  for (let m = global.exec(view.text); m; m = global.exec(view.text)) {
    if (m[0].length === 0) global.lastIndex++;
    else found.push({ start: view.start + m.index, end: view.start + m.index + m[0].length, text: m[0] });
  }
  return found;
}

/** Each trigger found in the sentence with its pattern, by position; the first pattern to match a stretch of text takes it. */
export function triggersFound(view: SentenceView): { pattern: EventPattern; at: TriggerAt }[] {
  const taken: { start: number; end: number }[] = [];
  const found: { pattern: EventPattern; at: { start: number; end: number; text: string } }[] = [];
  for (const pattern of EVENT_PATTERNS) {
    for (const at of triggersIn(view, pattern.re)) {
      if (taken.some((t) => t.start < at.end && at.start < t.end)) continue;
      // "the Salafist Group for Preaching and Combat": a word inside a name is no trigger.
      if (view.actors.some((m) => m.start <= at.start && at.end <= m.end)) continue;
      // "Moussa Diallo took over", "took over the group": no place follows, so the words are left to a change of leader.
      if (/^took\s+over$/iu.test(at.text) && pattern.type === 'town_captured' && !view.places.some((p) => p.start >= at.end && p.start - at.end <= 40))
        continue;
      // A bare "took" takes a place only when a town follows it ("took Gao"; not "took place", "took office", "took Mali out of").
      if (
        (/^took$/iu.test(at.text) || (pattern.type === 'town_captured' && BARE_TAKING_RE.test(at.text))) &&
        !view.places.some((p) => !WIDE.includes(p.type) && /^\s+$/u.test(view.text.slice(at.end - view.start, p.start - view.start)))
      )
        continue;
      taken.push(at);
      if (isComparison(view, at) || isDescribing(view, at)) continue;
      found.push({ pattern, at });
    }
  }
  found.sort((a, b) => a.at.start - b.at.start);
  return found;
}
