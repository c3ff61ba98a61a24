/**
 * "Ansarul Islam, qui lui est rattaché", "Le GATIA lui est allié depuis 2016", "les milices qui leur sont hostiles": a
 * French dative clitic before a copula and an adjective of tie holds the tie's other end (subject.ts reads the clitic as
 * the group it stands for); the clause's subject is the first end. The adjective says the relation: allied, affiliated,
 * attached (a member), or hostile. Without the clitic the trigger table reads these adjectives with their preposition.
 */
import type { RelationType } from '../../core/vocab/relation-types.js';
import type { Mention } from '../mentions/find-mentions.js';
import { actorsBefore, type SentenceView } from './sentence-view.js';
import { ATTRIBUTION } from './subject.js';

const TIE =
  /(?<![\p{L}])(?:lui|leur)\s+(?:(?:est|sont|était|étaient|reste|restent|demeure|demeurent|fut|furent)|(?:a|ont|avait|avaient)\s+été)\s+(?:(?:toujours|désormais|aussi|officiellement|formellement|étroitement|longtemps)\s+)?(?<adj>alli[ée]e?s?|affili[ée]e?s?|rattach[ée]e?s?|subordonn[ée]e?s?|li[ée]e?s?|fid[èe]les?|hostiles?|oppos[ée]e?s?)(?![\p{L}])/giu;

const TYPE: [RegExp, RelationType][] = [
  [/^alli/iu, 'allied_with'],
  [/^(?:affili|li[ée]|fid[èe]l)/iu, 'affiliated_with'],
  [/^(?:rattach|subordonn)/iu, 'member_of'],
  [/^(?:hostile|oppos)/iu, 'hostile_to'],
];

/** `[type, subject, referent of the clitic, trigger]` for each tie a dative clitic holds. */
export function dativeTies(view: SentenceView): [RelationType, Mention, Mention, { start: number; end: number }][] {
  const out: [RelationType, Mention, Mention, { start: number; end: number }][] = [];
  for (const m of view.text.matchAll(TIE)) {
    const start = view.start + (m.index ?? 0);
    const clitic = view.actors.find((a) => a.start === start);
    const type = TYPE.find(([re]) => re.test(m.groups?.adj ?? ''))?.[1];
    if (!clitic || !type) continue;
    const trigger = { start, end: start + m[0].length };
    // "Selon la CMA, le GATIA lui est hostile": the source of the clause is not its subject.
    const attributed = (m: Mention) => ATTRIBUTION.test(view.text.slice(Math.max(0, m.start - view.start - 16), m.start - view.start));
    for (const subject of actorsBefore(view, start))
      if (subject.id !== clitic.id && subject.type !== 'person' && !attributed(subject)) out.push([type, subject, clitic, trigger]);
  }
  return out;
}
