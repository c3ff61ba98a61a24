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

/**
 * A military act whose subject is a list of groups: "the Malian army and the Wagner Group retook Kidal", "le MNLA et
 * Ansar Dine ont attaqué Aguelhok", and the noun's agents, "la reprise de Kidal par l’armée et le groupe Wagner". Groups
 * that act together are allies; reciprocal verbs (clashed, fought) are hostility and not read here.
 */
const CO_ACTION = new RegExp(
  String.raw`(?<![\p{L}])(?:retook|recaptured|seized|captured|took(?:\s+control\s+of|\s+over(?!\s+from))?(?!\s+(?:part|place|note|office|refuge|shelter|steps|measures|time|care|advantage|responsibility|over)(?![\p{L}]))|claimed|attacked|ambushed|raided|stormed|overran|launched|carried\s+out|conducted|mounted|triggered|drove\s+out|expelled|liberated|(?:a|ont|avaient|avait)\s+(?:repris|pris|attaqu[ée]|lanc[ée]|men[ée]|conduit|chass[ée]|libér[ée]|d[ée]clench[ée])|(?:a|ont|avaient|avait)\s+revendiqu[ée]|se\s+sont\s+empar[ée]e?s|s['’]empar(?:e|ent|a|èrent)|reprennent|prennent|attaquent|lancent|m[èe]nent|attaque|reprend|prend|lance|m[èe]ne|attacks?|seizes?|captures?|retakes?|launch(?:es)?|ambush(?:es)?|raids?|storms?|overruns?)(?![\p{L}])`,
  'giu',
);
const CO_FIGHT = /(?<![\p{L}])(?:fought|fight|battled|(?:a|ont|avaient|avait)\s+(?:affront[ée]|combattu)|affrontent|combattent)(?![\p{L}])/giu;
/** "the recapture of Kidal by", "la reprise de Kidal par": an act named by a noun, its agents after "by"/"par". */
const CO_ACTION_NOUN =
  /(?<![\p{L}])(?:(?:re)?capture|seizure|takeover|reprise|prise|conqu[êe]te|lib[ée]ration)\s+(?:of|de|du|d['’])\s*(?:(?:the|la|le|l['’])\s*)?[^,;.]{1,40}?\s(?:by|par)\s+(?:(?:the|la|le|les)\s+|l['’])?$/iu;
/**
 * "Kidal fell to A and B", "was attacked by A and B", « encerclé par A et B », « tombée aux mains de A et de B »: a
 * military act told in the passive, its agents after "by"/"par"/"to". A list of agents acted together.
 */
const CO_AGENT_PASSIVE =
  /(?<![\p{L}])(?:fell\s+(?:in)?to(?:\s+the\s+hands\s+of)?|(?:(?:re)?taken|seized|(?:re)?captured|attacked|ambushed|overrun|stormed|encircled|surrounded|besieged|driven\s+out|routed)\s+(?:[^,;.]{1,30}?\s)?by|tomb[ée]e?s?\s+(?:aux\s+mains|sous\s+le\s+contr[ôo]le)\s+(?:de|du|des|d['’])|(?:(?:re)?pris(?:e|es)?|(?:attaqu|encercl|assi[ée]g|chass|vis|cibl)(?:é|ée|és|ées)|prise?\s+à\s+partie)\s+(?:[^,;.]{1,30}?\s)?par)\s*(?:(?:the|la|le|les)\s+|l['’])?$/iu;

const LIST_CLOSED =
  /^\s*(?:$|[,.;:)–—]|(?:in|on|at|near|around|since|after|before|during|from|between|until|en|à|au|aux|dans|près|vers|depuis|après|avant|lors|pendant|entre|jusqu['’]|le|la|les|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)(?![\p{L}]))/iu;

/** Verbs that name no act until their object does: "launched an offensive" is one, "launched an appeal" is not. */
const GENERIC_ACT =
  /(?:launched|claimed|revendiqu[ée]|carried\s+out|conducted|mounted|triggered|lanc[ée]|men[ée]|conduit|d[ée]clench[ée]|lancent|m[èe]nent)$/iu;
const MILITARY_OBJECT =
  /^\s+(?:(?:a|an|the|their|its|joint|new|several|two|three|une?|des|la|le|les|leur|leurs|nouvelles?|plusieurs)\s+|l['’]){0,3}(?:[\p{L}-]+\s+)?(?:attacks?|offensives?|operations?|raids?|assaults?|ambush(?:es)?|strikes?|campaigns?|counter-offensives?|attaques?|opérations?|assauts?|embuscades?|frappes?|contre-offensives?)(?![\p{L}])/iu;
const APART =
  /(?:^|[^\p{L}])(?:each\s+other|one\s+another|separately|in\s+separate|respectively|each|chacun|chacune|mutuellement|l['’]un\s+l['’]autre|les\s+uns\s+les\s+autres|séparément|respectivement)(?![\p{L}])/iu;

function militaryAct(view: SentenceView, at: { start: number; end: number }): boolean {
  const verb = view.text.slice(at.start - view.start, at.end - view.start);
  return !GENERIC_ACT.test(verb) || MILITARY_OBJECT.test(view.text.slice(at.end - view.start, at.end - view.start + 60));
}

export function coActions(view: SentenceView): [Mention, Mention, { start: number; end: number }][] {
  const out: [Mention, Mention, { start: number; end: number }][] = [];
  const pairs = (agents: readonly Mention[], at: { start: number; end: number }) => {
    const groups = agents.filter((m) => GROUPS.has(m.type));
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++)
        if ((groups[i] as Mention).id !== (groups[j] as Mention).id) out.push([groups[i] as Mention, groups[j] as Mention, at]);
  };
  const fights = [...matchesIn(view, CO_FIGHT)].filter((at) =>
    // "A and B fought C": a fight verb pairs its agents only with a third party as its object, else they fought each other.
    view.actors.some(
      (m) =>
        m.start >= at.end &&
        m.start - at.end <= 30 &&
        /^\s+(?:(?:the|le|la|les)\s+|l['’])?$/iu.test(view.text.slice(at.end - view.start, m.start - view.start)),
    ),
  );
  for (const at of [...[...matchesIn(view, CO_ACTION)].filter((at) => militaryAct(view, at)), ...fights]) {
    // "attacked each other", "in separate incidents": acting at once is not acting together.
    if (APART.test(view.text.slice(at.end - view.start, at.end - view.start + 80).split(/[;.]/u)[0] ?? '')) continue;
    const agents = actorsBefore(view, at.start);
    // Only a list joined by "and"/"et" right before the verb: "A, an ally of B, attacked" names one agent.
    const first = agents[0];
    const last = agents.at(-1);
    if (agents.length < 2 || !first || !last) continue;
    if (
      // A relative clause closed by its comma may stand between ("A et B, qui tiennent des postes, ont affronté C").
      !/^\s*(?:\)\s*)?(?:,\s*(?:which|who|qui)\s[^,;:()]{1,80},\s*)?(?:(?:have|had|has|ont|avaient)\s+)?(?:(?:jointly|together|then|again|also|ensemble|conjointement|alors)\s+)?$/iu.test(
        view.text.slice(last.end - view.start, at.start - view.start),
      )
    )
      continue;
    if (!/\s(?:and|et)\s/iu.test(view.text.slice(first.end - view.start, last.start - view.start))) continue;
    pairs(agents, at);
  }
  for (const m of view.actors) {
    const before = view.text.slice(Math.max(0, m.start - view.start - 80), m.start - view.start);
    const noun = CO_ACTION_NOUN.exec(before);
    const lead = noun ?? CO_AGENT_PASSIVE.exec(before);
    if (!lead) continue;
    const at = { start: m.start - lead[0].length, end: m.start };
    const agents = view.actors.filter((a) => a.start >= m.start && a.start - m.start <= 80);
    const list: Mention[] = [m];
    for (const a of agents.slice(1)) {
      const gap = view.text.slice((list.at(-1) as Mention).end - view.start, a.start - view.start);
      if (
        !/^\s*(?:,|,?\s*(?:and|et))\s*(?:(?:the|la|le|les|du|des|de\s+la|par\s+(?:la|le|les))\s+|(?:de\s+|par\s+)?l['’]|d['’])?(?:(?:group|groupe)\s+)?$/iu.test(
          gap,
        )
      )
        break;
      list.push(a);
    }
    // "Gao was taken by A, and B left": after a passive's agents the clause ends or goes on with a complement; "…par A
    // et B, X quitte" ends the list before the subject that follows its comma.
    while (!noun && list.length >= 2 && !LIST_CLOSED.test(view.text.slice((list.at(-1) as Mention).end - view.start))) list.pop();
    if (list.length >= 2) pairs(list, at);
  }
  return out;
}
