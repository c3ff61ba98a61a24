/**
 * "X broke away from A to set up B", « X a rompu avec A pour fonder B »: a person or a faction leaves a group to found
 * another; the group founded split from the one left. The trigger table pairs the leaver with A (split_from or nothing,
 * for a person) and with B (founded), never A with B, which stand on either side of the leaver's two verbs.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { actorsAfter, type SentenceView } from './sentence-view.js';

type Span = { start: number; end: number };
const GROUP_KINDS = new Set(['coalition', 'armed_group', 'other_org']);
const isGroup = (m: Mention) => GROUP_KINDS.has(m.type);

/** Leaving a group: the group left follows. */
const LEFT =
  /(?<![\p{L}])(?:broke\s+(?:away|off)\s+from|split\s+(?:off\s+|away\s+)?from|defected\s+from|left|quit|(?:a|avait|ont|avaient)\s+(?:rompu\s+avec|quitt[ée]|fait\s+d[ée]fection\s+(?:de|du|d['’]))|rompt\s+avec|quitte|s['’]est\s+s[ée]par[ée]e?\s+(?:de|du|d['’]))\s*(?:(?:the|le|la|les)\s+|l['’])?/giu;
/** Then, in the same clause, founding another: "to set up", « pour fonder », "to found what became". */
const TO_FOUND =
  /^[^;:.]{0,80}?(?<![\p{L}])(?:to|in\s+order\s+to|pour|afin\s+de)\s+(?:found|set\s+up|create|form|launch|fonder|cr[ée]er|former|lancer)\s+(?:what\s+(?:became|would\s+become)\s+|ce\s+qui\s+(?:est\s+devenu|deviendra)\s+)?(?:(?:the|a|an|le|la|les|un|une)\s+|l['’])?$/iu;

/** The groups founded by leaving another, each with the group left and the phrase that tells it. */
export function splitToFound(view: SentenceView): [Mention, Mention, Span][] {
  const out: [Mention, Mention, Span][] = [];
  for (const m of view.text.matchAll(LEFT)) {
    const from = view.start + m.index + m[0].length;
    const left = actorsAfter(view, from, 4).find(isGroup);
    if (!left) continue;
    const founded = view.actors.find((a) => a.start > left.end && isGroup(a) && TO_FOUND.test(view.text.slice(left.end - view.start, a.start - view.start)));
    if (founded && founded.id !== left.id) out.push([founded, left, { start: view.start + m.index, end: founded.end }]);
  }
  return out;
}
