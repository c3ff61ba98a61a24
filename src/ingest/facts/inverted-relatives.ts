/**
 * French object relatives with the subject after the verb: "la milice, que dirige X", "le CNSP, que dirigeait déjà X",
 * "le groupe, qu’a fondé X", "la coalition, que soutient l’Algérie". The relative's antecedent is the verb's object; the
 * actor after the verb its subject. "la coalition, qu’a rejointe X": X, the subject, is the member; only support reads
 * the other way (the antecedent is the one supported). (English puts the subject first, "the group that X founded", read in
 * extract-relations.ts.)
 */
import type { RelationType } from '../../core/vocab/relation-types.js';
import type { Mention } from '../mentions/find-mentions.js';
import { matchesIn, type SentenceView } from './sentence-view.js';

const VERBS: readonly { type: RelationType; re: string; reversed?: boolean }[] = [
  { type: 'leads', re: String.raw`dirig(?:e|ent|eait|eaient|ea)|a\s+dirig[ée]e?|avait\s+dirig[ée]e?|pr[ée]sid(?:e|ent|ait|aient)` },
  { type: 'commands', re: String.raw`command(?:e|ent|ait|aient|a)|a\s+command[ée]e?|avait\s+command[ée]e?` },
  { type: 'founded', re: String.raw`fond(?:a|èrent)|a\s+fond[ée]e?|avait\s+fond[ée]e?|cr[ée](?:a|èrent)|a\s+cr[ée]{2}e?|avait\s+cr[ée]{2}e?` },
  { type: 'member_of', re: String.raw`rejoi(?:nt|gnent|gnait|gnaient|gnit)|a\s+rejointe?|ont\s+rejointe?|avait\s+rejointe?` },
  { type: 'supported_by', re: String.raw`soutien(?:t|nent)|soutenait|soutenaient|a\s+soutenue?|appui(?:e|ent)|finan[cç](?:e|ent|ait|aient)`, reversed: true },
];
const RELATIVE = new RegExp(
  String.raw`(?<![\p{L}])(?:que\s+|qu['’]\s*)(?:${VERBS.map((v) => `(${v.re})`).join('|')})\s+(?:(?:alors|d[ée]j[àa]|toujours|d[ée]sormais|encore|aujourd['’]hui|depuis\s+\d{4})\s+)?(?:(?:le|la|les)\s+|l['’])?(?=\p{Lu})`,
  'giu',
);
const ANTECEDENT_GAP = /^(?:\s*\([^()]{1,20}\))?\s*,?\s*$/u;

/** `[type, from, to, trigger]` for each inverted object relative of a sentence. */
export function invertedRelatives(view: SentenceView): [RelationType, Mention, Mention, { start: number; end: number }][] {
  const out: [RelationType, Mention, Mention, { start: number; end: number }][] = [];
  for (const at of matchesIn(view, RELATIVE)) {
    const object = view.actors.findLast((m) => m.end <= at.start && ANTECEDENT_GAP.test(view.text.slice(m.end - view.start, at.start - view.start)));
    const subject = view.actors.find((m) => m.start === at.end);
    if (!object || !subject) continue;
    const verb = view.text.slice(at.start - view.start, at.end - view.start).replace(/^(?:que\s+|qu['’]\s*)/iu, '');
    const kind = VERBS.find((v) => new RegExp(`^(?:${v.re})(?![\\p{L}])`, 'iu').test(verb));
    if (!kind) continue;
    out.push(kind.reversed ? [kind.type, object, subject, at] : [kind.type, subject, object, at]);
  }
  return out;
}
