/**
 * A group named first under another name: "Originally called X, the FLN…", "D’abord baptisé X, il a pris son nom
 * actuel…", "Known until 2014 as X, the group…". The name the phrase gives is the predecessor of the sentence's subject,
 * the actor right after the phrase's comma. Mid-sentence forms ("X renamed itself Y", "Y, originally called X") are
 * trigger patterns in relation-patterns.ts.
 */
import type { Mention } from '../mentions/find-mentions.js';
import type { SentenceView } from './sentence-view.js';

const FIRST_NAME =
  /^(?:(?:Originally|Initially|First|Formerly|Previously|Until\s+\d{4})\s+(?:called|named|known\s+as)|Known\s+(?:until\s+\d{4}\s+|at\s+first\s+|originally\s+|first\s+)?as|(?:D['’]abord|Initialement|Anciennement|Autrefois|Jusqu['’]en\s+\d{4})\s*,?\s+(?:appel[ée]e?|baptis[ée]e?|nomm[ée]e?|d[ée]nomm[ée]e?|connue?\s+sous\s+le\s+nom\s+(?:de|d['’])))\s*(?:(?:the|le|la|l['’])\s*)?/iu;
const GROUPS = new Set(['armed_group', 'coalition', 'other_org', 'international_force', 'state_force']);

/** `[successor, predecessor, trigger]` for a sentence opening with the subject's former name. */
export function renamedFrom(view: SentenceView): [Mention, Mention, { start: number; end: number }][] {
  const opening = FIRST_NAME.exec(view.text);
  if (!opening) return [];
  const old = view.actors.find((m) => m.start - view.start === opening[0].length);
  if (!old || !GROUPS.has(old.type)) return [];
  // "Long Name (ACR)" is one name; the phrase ends at the comma after it.
  const rest = view.text.slice(old.end - view.start);
  const comma = /^(?:\s*\([^()]{1,20}\))?\s*,\s*(?:(?:the|le|la|les)\s+|l['’])?/iu.exec(rest);
  if (!comma) return [];
  const subject = view.actors.find((m) => m.start === old.end + comma[0].length);
  if (!subject || subject.id === old.id || !GROUPS.has(subject.type)) return [];
  return [[subject, old, { start: view.start, end: view.start + opening[0].length }]];
}
