/**
 * An operation carried out with a partner: "With AQIM, the group carried out the raid…", "X launched the offensive
 * together with Y", "le FLN a participé, avec Y, à l’attaque de Gao". Groups that mount an attack together are allies.
 * The partner follows "with"/"avec" directly; "with the support of Y" is support, read by the trigger table.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { actorsBefore, CLAUSE_BREAK, matchesIn, type SentenceView } from './sentence-view.js';

const ACTION = new RegExp(
  String.raw`(?<![\p{L}])(?:carried\s+out|conducted|launched|staged|mounted|led|perpetrated|(?:a|ont|avait|avaient)\s+(?:men[ée]|lanc[ée]|conduit|perp[ée]tr[ée]|particip[ée])|particip(?:e|ent|ait|aient|a|èrent))(?![\p{L}])(?=[^.;:]{0,40}?(?<![\p{L}])(?:attacks?|raids?|assaults?|offensives?|operations?|ambush(?:es)?|attaques?|assauts?|op[ée]rations?|embuscades?)(?![\p{L}]))`,
  'giu',
);
const PARTNER_LEAD = /(?:^|[^\p{L}])(?:together\s+with|along\s+with|with|avec|en\s+compagnie\s+d[e'’])\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu;
/**
 * "villages associated with Y", "which had clashed with Y", "talks with Y", "liés avec Y": a "with" that completes another
 * word, a tie or a fight, names no partner of the operation.
 */
const OTHER_HEAD =
  /(?:^|[^\p{L}])(?:associated|linked|connected|affiliated|allied|aligned|sided|clash(?:ed|es|ing)?|fought|fighting|battl(?:ed|ing)|negotiat(?:ed|ing|ions?)|talks|relations|ties|links|contacts|dialogue|agreements?|accords?|deals?|truce|ceasefire|war|conflict|rivalry|tensions|li[ée]e?s?|associ[ée]e?s?|affili[ée]e?s?|alli[ée]e?s?|affront[ée]e?s?|affrontements?|combattu|combats?|n[ée]goci\p{L}*|pourparlers|liens?|guerre|conflit|rivalit[ée]|tr[êe]ve)\s*,?\s*$/iu;
const GROUPS = new Set(['armed_group', 'coalition', 'other_org', 'state_force', 'international_force']);

/** `[group, partner, trigger]` for each operation a sentence says a group mounted with another. */
export function jointActions(view: SentenceView): [Mention, Mention, { start: number; end: number }][] {
  const out: [Mention, Mention, { start: number; end: number }][] = [];
  for (const at of matchesIn(view, ACTION)) {
    // The partner stands in the verb's clause: before the verb ("With AQIM, the group carried out…") or just after it.
    const partners = view.actors.filter((m) => {
      const lead = PARTNER_LEAD.exec(view.text.slice(Math.max(0, m.start - view.start - 24), m.start - view.start));
      if (!GROUPS.has(m.type) || !lead) return false;
      if (OTHER_HEAD.test(view.text.slice(Math.max(0, m.start - view.start - lead[0].length - 30), m.start - view.start - lead[0].length))) return false;
      const between =
        m.start < at.start ? view.text.slice(m.end - view.start, at.start - view.start) : view.text.slice(at.end - view.start, m.start - view.start);
      return between.length <= 80 && !CLAUSE_BREAK.test(between);
    });
    if (partners.length === 0) continue;
    const subjects = actorsBefore(view, at.start).filter((m) => GROUPS.has(m.type) && !partners.some((p) => p.id === m.id));
    // "With AQIM, it carried out…": the subject follows the fronted partner's comma.
    const fronted = subjects.length > 0 ? subjects : view.actors.filter((m) => m.end <= at.start && GROUPS.has(m.type) && !partners.includes(m)).slice(-1);
    for (const s of fronted) for (const p of partners) if (s.id !== p.id) out.push([s, p, { start: at.start, end: at.end }]);
  }
  return out;
}
