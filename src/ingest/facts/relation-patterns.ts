import type { RelationType } from '../../core/vocab/relation-types.js';
import { frenchVerb } from './french-verbs.js';

/**
 * How a trigger phrase places the two ends of a relation:
 * - active: the actor before is `from`, the one after is `to` ("X joined Y", "X split from Y");
 * - passive: the actor after is `from` ("Y, led by X" → X leads Y);
 * - members: the actors after are members of the actor before ("X, composed of A, B and C");
 * - compound: the actor written into the word is `to`, the next one `from` ("AQIM-linked Ansar Dine");
 * - title: "<group> leader <person>" (the person leads the group);
 * - pairwise: every actor named before and after ("clashes between X and Y", "X and Y, allies");
 * - mutual: every pair of the subjects before an intransitive verb ("A and B clashed in Gao", "the two groups fought over Gao").
 */
export type Voice = 'active' | 'passive' | 'members' | 'compound' | 'title' | 'pairwise' | 'mutual';

export interface RelationPattern {
  type: RelationType;
  voice: Voice;
  re: RegExp;
  /** What kind each end must be, when the type alone allows too much. */
  fromKinds?: readonly string[];
  toKinds?: readonly string[];
}

const GROUPS = ['armed_group', 'coalition', 'state_force', 'international_force', 'international_org', 'other_org', 'state'];
const PERSON = ['person'];
// Who takes part in hostilities: groups, forces and states, and communities (communal violence).
const PARTIES = [...GROUPS, 'community'];
// Who founds a group: a person, or groups and states that set up a coalition or a force together ("the two coalitions
// set up the CSP", "le Niger a fondé avec le Mali et le Burkina Faso l’AES").
const FOUNDERS = [...PERSON, ...GROUPS];
const p = (type: RelationType, voice: Voice, source: string, kinds: Pick<RelationPattern, 'fromKinds' | 'toKinds'> = {}): RelationPattern => ({
  type,
  voice,
  re: new RegExp(source, 'giu'),
  ...kinds,
});
const B = String.raw`(?<![\p{L}])`;
/**
 * A French adjective after a relational noun, before its "de": "chef historique du", "membre fondateur de", "branche
 * sahélienne de", "émir régional de". Recognised by its ending, so that a noun or a name is not skipped; "militaire"
 * stays out, since "chef militaire" is a commander, not a leader.
 */
const Q = String.raw`(?:\s+(?!militaires?(?![\p{L}]))\p{Ll}{2,}(?:é|ée|és|ées|ien|ienne|iens|iennes|al|ale|aux|ales|el|elle|els|elles|if|ive|ifs|ives|ique|iques|aire|aires|eur|eurs|ant|ante|ants|antes|ent|ente|ents|entes))?`;
// After an elided article ("fondateur d’Ansar Dine") the next word follows with no space.
const E = String.raw`(?:(?<=['’])|(?![\p{L}]))`;
/**
 * After "joined Y": "for operations", "in an offensive", « pour des opérations », « dans une offensive ». Joining a force
 * for an operation is fighting beside it, not becoming one of its parts.
 */
const FOR_OPERATIONS = String.raw`(?=[^,.;:]{1,60}?\s(?:for|in|on|during|pour|dans|lors\s+d['’]?|en)\s+(?:(?:a|an|the|its|their|joint|new|une?|des|les|la|le|l['’]|ses|leurs|nouvelles?)\s*)*(?:operations?|offensives?|patrols?|campaigns?|missions?|op[ée]rations?|patrouilles?|campagnes?)(?![\p{L}]))`;

/**
 * A group taking over another's role: "took over from Y", « a pris la relève de Y », « a pris le relais, le 1er août, de Y »,
 * « a pris en mars la suite de Y », « héritier de Y », « a succédé à Y ». Persons are left out by the pattern's kinds: a
 * person who succeeds another leads the group (the leads patterns).
 */
const TOOK_OVER_FROM = String.raw`(?:took|takes|taken|taking)\s+over\s+from|heirs?\s+(?:to|of)|h[ée]riti(?:er|[èe]re)s?\s+(?:de|du|des|d['’])|(?:(?:a|ont|avait|avaient)\s+)?succ[ée]d[ée]\s+(?:à|au|aux)|succ[èe]d(?:e|ent)\s+(?:à|au|aux)|(?:(?:a|ont|avait|avaient)\s+pris|prend|prennent|prit)(?:\s+(?:en|le|au|dès|d[èe]s)\s+[^\s,;.]+){0,2}\s+(?:la\s+rel[èe]ve|le\s+relais|la\s+suite)(?:\s*,[^,;.]{1,40},)?\s+(?:de|du|des|d['’])`;

/** "in October 2011", "en mai 2013", "on 2 March 2012": a date between a participle and its complement. */
const DATED = String.raw`(?:\s+(?:in|on|en|le)\s+(?:[\p{L}\d]+\s+){0,2}\d{4})?`;

/** The trigger table, English and French; general phrasing, not phrases of particular reports. */
export const RELATION_PATTERNS: readonly RelationPattern[] = [
  p(
    'split_from',
    'active',
    String.raw`${B}(?:split(?:s|ting)?\s+(?:off\s+|away\s+)?from|splinter(?:ed)?\s+(?:group\s+|faction\s+)?(?:of|from)|broke\s+(?:away|off)\s+from|break(?:s|ing)?\s+away\s+from|breakaway\s+(?:faction|group|wing)\s+(?:of|from)|dissident\s+(?:faction|wing|group|branch)\s+of|defected\s+from|offshoot\s+of|emerged\s+from|was\s+born\s+out\s+of|scission\s+(?:de|du|d['’])|dissidence\s+(?:de|du|d['’])|issue?s?\s+(?:de|du|d['’])|s['’]est\s+s[ée]par[ée]e?\s+(?:de|du|d['’])|a\s+fait\s+s[ée]cession\s+(?:de|du))${E}`,
    { fromKinds: GROUPS, toKinds: GROUPS },
  ),
  // "the AQIM-splinter MUJAO": the actor written into the word is the one split from.
  p('split_from', 'compound', String.raw`(?<=[\p{L}\d)])[-–](?:splinter|breakaway|dissident)(?:\s+(?:group|faction|movement))?${E}`, {
    fromKinds: GROUPS,
    toKinds: GROUPS,
  }),
  // "X split along clan lines into A and B", "X s'est scindé en A et B": the groups after split from the one before.
  p(
    'split_from',
    'passive',
    String.raw`${B}(?:split(?:\s+up)?(?:\s+(?!into)[^\s,.;]+){0,5}?\s+into(?:\s+(?:a\s+number\s+of|several|two|three|rival)\s+(?:factions|groups|wings|branches)(?:,?\s+(?:including|notably|namely))?)?|s['’]est\s+scind[ée]e?(?:\s+[^\s,.;]+){0,4}?\s+en(?:\s+(?:plusieurs|deux|trois)\s+(?:factions|groupes|branches)(?:,?\s+dont)?)?)${E}`,
    { fromKinds: GROUPS, toKinds: GROUPS },
  ),
  p(
    'merged_into',
    'active',
    String.raw`${B}(?:merged\s+(?:into|with|to\s+(?:form|create))|merge\s+(?:into|with)|fused\s+(?:into|with|to\s+(?:form|create))|joined\s+forces\s+to\s+form|came\s+together\s+to\s+form|ont\s+fusionn[ée]\s+(?:avec|pour\s+former|dans)|a\s+fusionn[ée]\s+avec|fusionn(?:e|ent|a|èrent|ait|aient)\s+avec|se\s+sont\s+fondus\s+dans|s['’](?:est|était|étaient)\s+fondue?s?(?:\s+(?!dans)[^\s,;.]+){0,4}?\s+dans|(?:dissolved|folded)\s+(?:itself|themselves)\s+into|(?:united|combined|joined\s+together|amalgamated)\s+to\s+(?:form|create)|(?:ont\s+fusionn[ée]|se\s+sont\s+(?:unis|unies|regroup[ée]e?s|rassembl[ée]e?s))\s+(?:pour|afin\s+de)\s+(?:former|cr[ée]er|fonder|donner\s+naissance\s+(?:à|au|aux))|se\s+sont\s+(?:unis|unies|regroup[ée]e?s|rassembl[ée]e?s)\s+sous\s+(?:la\s+banni[èe]re|le\s+nom)\s+(?:de|du|d['’]))${E}`,
    { fromKinds: GROUPS, toKinds: GROUPS },
  ),
  // "A, B and C formed the coalition W", "one of the groups that formed W", "W was formed by A and B": groups that form a
  // coalition are its members (a person who forms a group founds it: the kinds keep the two apart).
  // "intégrer" also means taking people in: "l'armée a intégré des ex-combattants du MNLA" is no membership of the MNLA,
  // while "a intégré les rangs du JNIM" is one.
  p(
    'member_of',
    'active',
    String.raw`${B}(?:(?:formed|founded|co-?founded|created|set\s+up|established|launched|ont\s+(?:form[ée]|fond[ée]|cr[ée]{2})|fondent|forment)|one\s+of\s+the\s+(?:[\p{L}-]+\s+)?(?:groups|movements|factions|organi[sz]ations|militias)\s+(?:that|which)\s+(?:formed|founded|created|make\s+up|made\s+up|joined)|(?:l['’]un|l['’]une)\s+des\s+(?:groupes|mouvements|organisations)\s+(?:qui\s+ont\s+(?:form[ée]|fond[ée]|cr[ée]{2})|fondateurs\s+(?:de|du|d['’])))${E}`,
    { fromKinds: ['armed_group', 'other_org', 'state'], toKinds: ['coalition'] },
  ),
  p(
    'member_of',
    'passive',
    String.raw`${B}(?:(?:formed|founded|created|set\s+up|established)(?:\s+(?:in|on)\s+[^\s,;.]+(?:\s+\d{4})?)?\s+by|(?:form[ée]e?|fond[ée]e?|cr[ée]{2}e?)(?:\s+en\s+\d{4})?\s+par)${E}`,
    { fromKinds: ['armed_group', 'other_org', 'state'], toKinds: ['coalition'] },
  ),
  // "X, born of the merger of A and B", "X est né de la fusion du A et du B": the groups after merged into the one before.
  p(
    'merged_into',
    'passive',
    String.raw`${B}(?:(?:formed|born|created|resulted|emerged|founded)${DATED}\s+(?:from|of|by|out\s+of|in|through)\s+(?:the|a|an)\s+(?:(?!of\s)[^\s,;.]+\s+){0,3}?(?:merger|fusion)\s+(?:of|between)|(?:n[ée]e?s?|issue?s?|cr[ée]{2}e?s?|form[ée]e?s?)${DATED}\s+(?:de|par)\s+la\s+fusion\s+(?:de|du|des|d['’]|entre))${E}`,
    { fromKinds: GROUPS, toKinds: GROUPS },
  ),
  p(
    'member_of',
    'active',
    String.raw`${B}(?:joined|has\s+joined|have\s+joined|rejoined|joins|(?:is|was|are|were|became|becomes|remains?|has\s+been|have\s+been)\s+(?:an?\s+|the\s+|another\s+|one\s+of\s+the\s+)?(?:(?:founding|key|main|major|leading|important)\s+)?(?:members?|components?|constituents?|constituent\s+groups?|parts?)\s+(?:group\s+)?of|member\s+(?:groups?|militias?|movements?|organi[sz]ations?|factions?|parties|party|states?)\s+of|integrated\s+into|rallied\s+to|(?:defected|went\s+over|switched|crossed\s+over)\s+to|(?:est|sont|était|étaient)\s+pass[ée]e?s?\s+(?:à|au|aux|dans\s+les\s+rangs\s+(?:de|du|des|d['’]))|s['’]est\s+ralli[ée]e?\s+(?:à|au|aux)|se\s+sont\s+ralli[ée]e?s\s+(?:à|au|aux)|ralli[ée]e?s?\s+(?:à|au|aux)|a\s+rejoint|ont\s+rejoint|rejoint|${frenchVerb('rejoindre')}|${frenchVerb('intégrer')}(?!\s+(?:à|au|aux|dans|des|ses|leurs|plusieurs|quelques|\d+)(?![\p{L}])|\s+les\s+(?!rangs))|(?:a|ont|avait|avaient)\s+ralli[ée](?!e?s?\s+(?:à|au|aux)(?![\p{L}]))|membres?${Q}\s+(?:de|du|des|d['’])|under\s+(?:the\s+)?(?:banner|flag|umbrella)\s+of|under(?=\s+[^,.;]{1,40}?['’]s?\s+(?:banner|flag|umbrella)(?![\p{L}]))|sous\s+(?:la\s+banni[èe]re|le\s+drapeau|l['’]ombrelle)\s+(?:de|du|d['’])|(?:fait|font|faisait|faisaient)\s+partie\s+(?:de|du|des|d['’])|composantes?${Q}\s+(?:de|du|des|d['’])|int[ée]gr[ée]s?\s+(?:à|au|dans))${E}(?!${FOR_OPERATIONS})`,
    { toKinds: ['coalition', 'armed_group', 'international_force', 'other_org', 'state_force'] },
  ),
  p(
    'member_of',
    'active',
    String.raw`,\s*(?:(?:an?|the|one\s+of\s+the|both|all\s+(?:two|three|four)|tous\s+(?:deux|les\s+deux|trois)|toutes\s+(?:deux|trois))\s+)?(?:(?:former|founding|senior|high-ranking|leading|key|prominent|ex-)\s*)*(?:\p{L}+-(?:led|based|dominated)\s+)?(?:members?|components?|constituent\s+groups?|(?:armed|military|political)\s+wing|units?|sub-?groups?|unit[ée]s?|(?:ancien\s+)?membre|(?:une\s+)?composante|(?:la\s+)?branche\s+arm[ée]e)\s+(?:group\s+)?(?:of|de|du|des|d['’])${E}`,
    {
      toKinds: ['coalition', 'armed_group', 'international_force', 'other_org', 'state_force'],
    },
  ),
  // "Belmokhtar, a veteran of the GSPC", "X, vétéran du MNLA", "ancien combattant du FLN": a person who served in a group.
  p(
    'member_of',
    'active',
    String.raw`${B}(?:veterans?|v[ée]t[ée]rans?|anciens?\s+(?:combattants?|membres?|cadres?|soldats?|lieutenants?))\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?${E}`,
    { fromKinds: PERSON, toKinds: ['coalition', 'armed_group', 'international_force', 'state_force'] },
  ),
  // "Y, one of its commanders", "rejoined AQIM as one of its brigades", "X, l’un de ses adjoints": one of the parts or
  // people of the group the possessive stands for (the document's subject, read as a mention at "its"/"ses").
  p(
    'member_of',
    'active',
    String.raw`(?:,\s*|${B}as\s+|${B}comme\s+)(?:one\s+of|l['’]une?\s+de)\s*(?=(?:its|their|ses|leurs)\s+(?:[\p{Ll}-]+\s+)?(?:commanders|leaders|brigades|katibas|units|members|founders|emirs|chiefs|lieutenants|deputies|commandants|chefs|unit[ée]s|membres|fondateurs|adjoints|[ée]mirs|cadres)(?![\p{L}]))`,
    { toKinds: ['coalition', 'armed_group', 'international_force', 'state_force'] },
  ),
  // "X is one of the groups of Y", "X, l’une des katibas du JNIM": one of a whole's parts, after a copula or a comma (so
  // "attacked one of the brigades of the army" is no membership).
  p(
    'member_of',
    'active',
    String.raw`(?:${B}(?:is|was|are|were|became|remains|est|était|fut|reste|restait|devenue?)\s+|,\s*)(?:one\s+of\s+(?:the\s+)?|l['’]une?\s+des\s+)(?:[\p{Ll}-]+\s+){0,2}?(?:groups|movements|factions|katibas|units|brigades|militias|components|wings|branches|groupes|mouvements|unit[ée]s|milices|composantes)\s+(?:of|de|du|des|d['’])${E}`,
    { toKinds: ['coalition', 'armed_group', 'international_force', 'other_org', 'state_force'] },
  ),
  // "X operates within the JNIM", "X combat au sein du JNIM": a group acting inside another is one of its parts;
  // "fought in coalition with Y" is an alliance, not membership.
  p(
    'member_of',
    'active',
    String.raw`${B}(?:(?:operat(?:es|ed|ing)|fight(?:s|ing)?|fought|acts?|acted|active|serv(?:es|ed|ing))\s+(?:with)?in(?!\s+(?:\p{Ll}+\s+)?(?:coalition|alliance|concert|coordination|tandem|partnership)\s+with)|au\s+sein\s+(?:de|du|des|d['’]))${E}`,
    { fromKinds: ['armed_group', 'other_org', 'person'], toKinds: ['coalition', 'armed_group'] },
  ),
  p(
    'successor_of',
    'active',
    String.raw`${B}(?:(?:the\s+)?successor\s+(?:to|of)|(?<!(?:was|were|been|being|is|are)\s+)(?:succeeded|replaced)|renamed\s+from|formerly\s+(?:known\s+as|called)|rebranded\s+from|(?:its|their)\s+predecessor,?(?:\s+the)?|successeur\s+(?:de|du|d['’])|a\s+remplac[ée]|anciennement|${TOOK_OVER_FROM})${E}`,
    { fromKinds: GROUPS, toKinds: GROUPS },
  ),
  // "Y, la force qui a cédé la place à X", "Y gave way to X": the actor after is the successor.
  p(
    'successor_of',
    'passive',
    String.raw`${B}(?:(?:a|ont|avait|avaient)\s+c[ée]d[ée]\s+la\s+place\s+(?:à|au|aux)|c[èe]d(?:e|ent)\s+la\s+place\s+(?:à|au|aux)|gave\s+way\s+to|(?:has|had)\s+given\s+way\s+to|made\s+way\s+for)${E}`,
    { fromKinds: GROUPS, toKinds: GROUPS },
  ),
  // "Y, originally called X", "Y, d'abord baptisé X": the actor before is the successor; the name after, the former one.
  p(
    'successor_of',
    'active',
    String.raw`${B}(?:(?:originally|initially|first|previously|once)\s+(?:called|named|known\s+as)|(?:d['’]abord|initialement|anciennement|autrefois)\s+(?:appel[ée]e?|baptis[ée]e?|nomm[ée]e?|d[ée]nomm[ée]e?|connue?\s+sous\s+le\s+nom\s+(?:de|d['’]))|(?:connue?|d[ée]sign[ée]e?)\s+(?:auparavant|jusqu['’]en\s+\d{4}|d['’]abord)\s+sous\s+le\s+nom\s+(?:de|d['’]))${E}`,
    { fromKinds: GROUPS, toKinds: GROUPS },
  ),
  // "X renamed itself Y", "X was renamed Y", "X a pris le nom de Y", "X est rebaptisé Y": the name after is the successor.
  p(
    'successor_of',
    'passive',
    String.raw`${B}(?:renamed(?!\s+from)(?:\s+itself)?|rebranded(?!\s+from)(?:\s+itself)?(?:\s+as)?|chang(?:ed|es)\s+(?:its|their)\s+name\s+to|(?:took|takes|adopted|adopts|assumed)\s+the\s+name(?:\s+of)?|became\s+known\s+as|(?:re)?baptis[ée]e?s?|renomm[ée]e?s?|(?:a|ont|avait|avaient)\s+chang[ée]\s+(?:de\s+nom|son\s+nom|leur\s+nom)\s+(?:pour|en)(?:\s+celui\s+(?:de|d['’]))?|(?:a|ont|avait|avaient)\s+(?:pris|adopt[ée])\s+le\s+nom\s+(?:de|d['’])|(?:prend|prit|adopte|adopta)\s+le\s+nom\s+(?:de|d['’]))${E}`,
    { fromKinds: GROUPS, toKinds: GROUPS },
  ),
  // "Serval a été remplacée par Barkhane", "X was succeeded by Y": the actor after is the successor.
  p(
    'successor_of',
    'passive',
    String.raw`${B}(?:(?:was|were|been)\s+(?:replaced|succeeded)(?:\s+(?:in|on)\s+[^\s,;.]+(?:\s+\d{4})?)?\s+by|remplac[ée]e?s?(?:\s+en\s+\d{4})?\s+par)${E}`,
    { fromKinds: GROUPS, toKinds: GROUPS },
  ),
  p(
    'member_of',
    'members',
    String.raw`${B}(?:composed\s+of|comprising|comprised\s+of|made\s+up\s+of|consisting\s+of|consists\s+of|bringing\s+together|brings\s+together|brought\s+together|component\s+(?:parts|groups)|constituent\s+groups|members\s+include|compos[ée]e?s?\s+de|(?:constitu|form)[ée]e?s?\s+(?:de|d['’])(?!\s*\d)|regroupant|regroupe|r[ée]unit|r[ée]unissant|coalition\s+of|includes|included|comprises|groups\s+together|unites|(?:which|that)\s+(?:includes|included|comprises|brings\s+together)|rassembl(?:e|ent|ait|aient|ant)|compren(?:d|nent|ait|aient|ant)|f[ée]d[èée]r(?:e|ent|ait|aient|ant)|englob(?:e|ent|ait|aient|ant)|umbrella\s+(?:group|coalition|organi[sz]ation)\s+of|alliance\s+of|(?:has|had|have|counts|counted|compt(?:e|ent|ait|aient))(?=\s+(?:[\p{L}-]+\s+){1,2}(?:members|components|membres|composantes)\s*(?::|\s[—–])))${E}`,
    { fromKinds: ['coalition', 'armed_group', 'international_force', 'other_org'] },
  ),
  p(
    'founded',
    'active',
    String.raw`${B}(?:founded|co-?founded|established|set\s+up|created|formed|launched|a\s+fond[ée]|a\s+cr[ée]{2}|(?:a|ont|avait|avaient)\s+form[ée]e?s?|fonda|cr[ée]a|${frenchVerb('fonder')}|${frenchVerb('créer')}|(?:co-?)?founders?\s+of|founding\s+(?:groups?|movements?|factions?|organi[sz]ations?)\s+of|fondat(?:eur|eurs|rice|rices)${Q}\s+(?:de|du|d['’]))${E}`,
    { fromKinds: FOUNDERS, toKinds: GROUPS },
  ),
  p(
    'founded',
    'passive',
    String.raw`${B}(?:(?:founded|co-?founded|established|set\s+up|created|launched|formed)(?:\s+[^\s,;.]+){0,6}?\s+by|(?:fond[ée]e?|cr[ée]{2}e?)(?:\s+[^\s,;.]+){0,6}?\s+par)${E}`,
    {
      fromKinds: FOUNDERS,
      toKinds: GROUPS,
    },
  ),
  p('founded', 'title', String.raw`${B}(?:founder|co-?founder|fondateur)${E}`, { fromKinds: PERSON, toKinds: GROUPS }),
  p(
    'leads',
    'active',
    String.raw`${B}(?:leads|led|heads|headed|(?:the\s+)?(?:leader|head|chief|emir|secretary[-\s]general|president|boss)\s+of|took\s+(?:over\s+)?(?:the\s+)?(?:leadership|helm|command)\s+of|(?:took|takes|taken)\s+over(?!\s+(?:from|control))|succeeded\s+\p{L}+\s+as\s+(?:leader|head|emir)\s+of|succeeded\s+\p{L}+\s+at\s+the\s+(?:head|helm)\s+of|(?:lui\s+|leur\s+)?(?:a|avait)\s+succ[ée]d[ée](?:\s+(?:à|au)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:ag|ould|ben|\p{Lu}[\p{L}'’-]*)){0,3})?\s+(?:à\s+la\s+t[êe]te|au\s+poste\s+de\s+chef)\s+(?:de|du|d['’])|(?:a|ont)\s+pris\s+la\s+t[êe]te\s+(?:de|du|des|d['’])|prend\s+la\s+t[êe]te\s+(?:de|du|des|d['’])|at\s+the\s+head\s+of|chef${Q}\s+(?:de|du|d['’])(?!\s*(?:[ée]tat|l['’][ÉE]tat))|dirigeant${Q}\s+(?:de|du|d['’])|dirige|dirigeait|${frenchVerb('diriger')}|[ée]mir${Q}\s+(?:de|du|d['’])|à\s+la\s+t[êe]te\s+(?:de|du|d['’])|secr[ée]taire\s+g[ée]n[ée]ral\s+(?:de|du|d['’]))${E}`,
    { fromKinds: PERSON, toKinds: GROUPS },
  ),
  p(
    'leads',
    'passive',
    String.raw`${B}(?:(?:led|headed)(?:\s+(?:since|from|until|in|jointly|initially|first|later|now)(?:\s+[^\s,;.]+){0,2})?\s+by|under\s+the\s+(?:leadership|authority)\s+of|under\s+the\s+command\s+of|(?:dirig[ée]e?s?|men[ée]e?s?)(?:\s+(?:depuis|en|par\s+intérim)(?:\s+[^\s,;.]+){0,2})?\s+par|sous\s+la\s+(?:direction|conduite|houlette)\s+(?:de|du|d['’]))${E}`,
    { fromKinds: PERSON, toKinds: GROUPS },
  ),
  p('leads', 'title', String.raw`${B}(?:leader|head|chief|emir|secretary[-\s]general|chef|dirigeant|[ée]mir)${E}`, { fromKinds: PERSON, toKinds: GROUPS }),
  p(
    'commands',
    'active',
    String.raw`${B}(?:commands|commanded|(?:military\s+)?commander\s+of|military\s+chief\s+of|chef\s+militaire\s+(?:de|du|d['’])|commandant${Q}\s+(?:de|du|d['’])|commande|${frenchVerb('commander')})${E}`,
    { fromKinds: PERSON, toKinds: GROUPS },
  ),
  p('commands', 'passive', String.raw`${B}(?:commanded\s+by|command[ée]e?s?\s+par)${E}`, { fromKinds: PERSON, toKinds: GROUPS }),
  p('commands', 'title', String.raw`${B}(?:commander|commandant|military\s+chief|chef\s+militaire)${E}`, { fromKinds: PERSON, toKinds: GROUPS }),
  // "<group> spokesman <person>": a spokesperson speaks as one of the group.
  p('member_of', 'title', String.raw`${B}(?:spokes(?:man|woman|person)|porte-parole)${E}`, { fromKinds: PERSON, toKinds: GROUPS }),
  p('member_of', 'active', String.raw`${B}(?:spokes(?:man|woman|person)\s+(?:for|of)|porte-parole\s+(?:de|du|d['’]))${E}`, {
    fromKinds: PERSON,
    toKinds: GROUPS,
  }),
  p(
    'allied_with',
    'active',
    String.raw`${B}(?:allied\s+(?:with|to)|(?:an?\s+)?all(?:y|ies)\s+of|in\s+alliance\s+with|alliance\s+with|(?:in|(?:formed|forged|joined)\s+an?)\s+(?:\p{Ll}+\s+)?coalition\s+with|en\s+coalition\s+avec|(?:form[ée]|constitu[ée]|cr[ée]{2})\s+une\s+coalition\s+avec|alongside|together\s+with|in\s+coordination\s+with|coordinated\s+with|cooperat(?:es|ed|ing|ion)\s+with|collaborat(?:es?|ed|ing|ion)\s+(?:openly\s+|closely\s+)?with|work(?:s|ed|ing)?\s+closely\s+with|allied\s+itself\s+with|sid(?:ed|es|ing)\s+with|in\s+tandem\s+with|en\s+tandem\s+avec|alli[ée]e?s?\s+(?:à|au|aux|de|du|d['’]|avec)(?!\s+longue\s+date)|alli[ée]e?s?\s+des(?=\s+\p{Lu})|alliance\s+avec|aux\s+c[ôo]t[ée]s\s+(?:de|du|des)|en\s+coordination\s+avec|rapprochement\s+(?:with|avec)|s['’](?:est|était|étaient)\s+rapproch[ée]e?s?\s+(?:de|du|des|d['’])|se\s+sont\s+rapproch[ée]e?s\s+(?:de|du|des|d['’]))${E}`,
    { fromKinds: GROUPS, toKinds: GROUPS },
  ),
  // "the general fought alongside the army", « il a combattu aux côtés d'Ansar Dine »: a commander who fights beside a
  // group is its ally (a person allied by a word alone, "an ally of", is left to the ranker).
  p(
    'allied_with',
    'active',
    String.raw`${B}(?:fought|fights?|fighting|combat(?:tu|tent|tait|taient)?)\s+(?:(?:again|also|then|aussi|encore|alors|d['’]abord)\s+)?(?:alongside|beside|side\s+by\s+side\s+with|aux\s+c[ôo]t[ée]s\s+(?:de|du|des|d['’])|c[ôo]te\s+à\s+c[ôo]te\s+avec)${E}`,
    { fromKinds: PERSON, toKinds: GROUPS },
  ),
  // "X joined Y for operations in P", « X a rejoint Y pour une offensive »: partners in an operation.
  p('allied_with', 'active', String.raw`${B}(?:joined|joins|(?:a|ont|avait|avaient)\s+rejoint|rejoignent|rejoint)${E}${FOR_OPERATIONS}`, {
    fromKinds: GROUPS,
    toKinds: GROUPS,
  }),
  p(
    'allied_with',
    'pairwise',
    String.raw`${B}(?:joint(?:ly)?\s+(?:operations?|attacks?|(?:security\s+)?patrols?|offensives?|forces?|conducted|carried\s+out|launched|claimed)|mixed\s+(?:security\s+)?patrols?|alliance\s+between|alliance(?!\s+(?:with|of|between|entre|avec|des?|du))|allied|allies|alli[ée]s\s+(?:de\s+longue\s+date|de\s+toujours|historiques|traditionnels)|allied\s+groups|conjointement|op[ée]rations?\s+conjointes?|alliance\s+entre|rapprochement(?=\s+(?:between|entre)\s)|se\s+sont\s+alli[ée]e?s|s['’]all(?:ient|iaient|ièrent)|side\s+by\s+side|c[ôo]te\s+à\s+c[ôo]te)${E}`,
    { fromKinds: GROUPS, toKinds: GROUPS },
  ),
  p(
    'hostile_to',
    'active',
    String.raw`${B}(?:(?:is|was|are|were|remains?)\s+(?:in\s+(?:open\s+|armed\s+|direct\s+)?conflict|at\s+(?:open\s+|all-out\s+)?war)\s+with|in\s+(?:open\s+|armed\s+|direct\s+)?conflict\s+with|at\s+(?:open\s+|all-out\s+)?war\s+with|fight(?:s|ing)?\s+against|fought\s+against|(?:fought|fights|fighting)(?!\s+(?:for|alongside|with|in|on|under|beside|among|over|back|off|against)(?![\p{L}]))|clash(?:es|ed|ing)?\s+(?:\p{L}+\s+){0,3}?with|confront(?:s|ed|ing)?|drove(?=\s+out\s|\s+[^.;:,]{1,60}?\sout\s+(?:of|from)\s)|expelled|ousted|push(?:ed|ing)\s+out|came\s+under\s+(?:fire|attack)\s+from|essuy[ée]\s+des\s+tirs\s+(?:de|du|des|d['’])|chass(?:e|ent|é|ée|és|a|èrent|ait|aient)|face\s+(?:à|au|aux)|oppos(?:es|ed|ing)(?!\s+to)|rebell?(?:ion|ions|ed|ing)\s+against|(?:uprising|insurgency|offensive|campaign|war)\s+against|t(?:ook|ake|akes|aking|aken)\s+up\s+arms\s+against|(?:lost|loses|lose)(?=\s[^.;:,]{1,60}?\sto\s+(?:the\s+)?\p{Lu})|(?:a|ont|avait|avaient)\s+perdu(?=\s[^.;:,]{1,80}?\s(?:au\s+profit|face)\s+(?:de|du|des|d['’]|à|au|aux))|(?:pris|prend|prennent|prenaient|prit|prirent)\s+les\s+armes\s+contre|turn(?:ed|s|ing)?\s+(?:their|its|his)\s+(?:guns|weapons|arms)\s+(?:on|against)|(?:military\s+)?operations?\s+against|rivals?\s+(?:of|to)|hostile\s+to|enem(?:y|ies)\s+of|opposed\s+to|en\s+conflit\s+(?:ouvert\s+|arm[ée]\s+)?avec|lutt(?:e|ent|ait|aient|er)\s+contre|(?:op[ée]rations?|offensives?|attaques?|guerre|campagne)\s+(?:militaires?\s+)?contre|en\s+guerre\s+(?:ouverte\s+)?(?:contre|avec)|combat(?:tent|tu|taient)?\s+contre|combat(?:tre|tent|tait|taient|tu|tirent|tit)?(?=\s+(?:l['’]|les?\s|la\s|du\s|des\s))|(?<!s['’])affront(?:e|ent|ait|aient|é|èrent|a)(?=\s)(?:\s+(?:r[ée]guli[èe]rement|souvent|encore))?|(?:routed|defeated|repelled|repulsed|waged\s+(?:\p{Ll}+\s+)?war\s+(?:on|against)|mis\s+en\s+d[ée]route|d[ée]fait|repouss[ée])|hostiles?\s+(?:à|au|aux)|ennemis?\s+(?:de|du|des))${E}`,
    { fromKinds: PARTIES, toKinds: PARTIES },
  ),
  // An attack on a group or force states hostility; an attack on a community is an event against civilians, not a tie.
  p(
    'hostile_to',
    'active',
    String.raw`${B}(?:attacked|ambushed|raided|(?:has|have|had)\s+(?:repeatedly\s+|regularly\s+|often\s+)?attacked|attaqu(?:é|ée|és|ées|ent|ait|aient|èrent|er|a)|a\s+attaqu[ée]|ont\s+attaqu[ée]|tendu\s+une\s+embuscade\s+(?:à|au|aux))${E}`,
    { fromKinds: PARTIES, toKinds: GROUPS },
  ),
  p(
    'hostile_to',
    'pairwise',
    String.raw`${B}(?:(?:fought|fight|fighting|clashed|clash|clashing|battled|attacked)\s+(?:with\s+|against\s+)?(?:each\s+other|one\s+another)|s['’]affront(?:ent|aient|èrent|ent\s+r[ée]guli[èe]rement)|se\s+combatt(?:ent|aient)|se\s+sont\s+(?:(?:violemment|de\s+nouveau|à\s+nouveau|souvent|plusieurs\s+fois)\s+)?(?:affront[ée]e?s|combattue?s)|pitt(?:ing|ed)|(?:war|conflict|clashes|fighting|hostilities|rivalry|tensions)\s+between|rivals|rival\s+groups|rivaux|rivales|(?:guerre|conflit|affrontements|combats|rivalit[ée])\s+entre)${E}`,
    { fromKinds: PARTIES, toKinds: PARTIES },
  ),
  // "A and B clashed near Gao", "the two coalitions clashed for years": a reciprocal fight verb with no object, its
  // subjects on both sides. "fought" and "battled" only for a contested thing ("fought over Gao", "fought for control
  // of the crossings"): co-belligerents "fought at Aguelhok" or "for independence" together; else they need "each other"
  // (the pairwise pattern above).
  p(
    'hostile_to',
    'mutual',
    String.raw`${B}(?:fought|battled|have\s+fought|had\s+fought)(?=\s+(?:(?:again|repeatedly|regularly|often|fiercely)\s+)?(?:over|for\s+(?:the\s+)?control\s+of)(?![\p{L}]))`,
    { fromKinds: PARTIES, toKinds: PARTIES },
  ),
  p(
    'hostile_to',
    'mutual',
    String.raw`${B}(?:clashed|have\s+(?:repeatedly\s+)?clashed|had\s+(?:repeatedly\s+)?clashed|(?:continued|continue[sd]?|began|begun|started|kept\s+on)\s+to\s+clash)(?=\s+(?:(?:again|repeatedly|regularly|often|several\s+times|heavily|fiercely)\s+)?(?:in|near|around|at|on|over|for|during|throughout|across|since|after|before)(?![\p{L}])|\s*[,.;]|\s*$)`,
    { fromKinds: PARTIES, toKinds: PARTIES },
  ),
  p(
    'affiliated_with',
    'active',
    String.raw`${B}(?:pledged\s+(?:its\s+|their\s+)?allegiance\s+to|pledges\s+(?:its\s+)?allegiance\s+to|swore\s+(?:its\s+|their\s+)?allegiance\s+to|sworn\s+allegiance\s+to|(?:its\s+|their\s+)?allegiance\s+to|affiliated\s+(?:with|to)|an?\s+affiliate\s+of|franchise\s+of|branch\s+of|linked\s+to|aligned\s+(?:with|to)|loyal\s+to|a\s+pr[êe]t[ée]\s+all[ée]geance\s+(?:à|au)|se\s+r[ée]clam(?:e|ent|ait|aient)\s+(?:de|du|des|d['’])|se\s+revendiqu(?:e|ent|ait|aient)\s+(?:de|du|des|d['’])|all[ée]geance\s+(?:à|au)|affili[ée]e?s?\s+(?:à|au)|li[ée]e?s?\s+(?:à|au|aux)|proches?\s+(?:d['’]|de|du|des)(?=\s*(?:l['’])?(?:al-|Al-|AQ|EI|[ÉE]tat))|branche${Q}\s+(?:de|du|d['’])|filiale${Q}\s+(?:de|du|d['’])|subsidiary\s+of)${E}`,
    { fromKinds: GROUPS, toKinds: GROUPS },
  ),
  p('affiliated_with', 'compound', String.raw`(?<=[\p{L}\d)])[-–](?:linked|aligned|affiliated|allied)${E}`, { fromKinds: GROUPS, toKinds: GROUPS }),
  p(
    'supported_by',
    // "X, backed by Y": X is supported by Y, so the actor before is `from` as in the active voice.
    'active',
    String.raw`${B}(?:(?:supported|backed|assisted|helped|aided|armed|financed|funded|trained|soutenue?s?|[ée]paul[ée]e?s?|appuy[ée]e?s?)\s+(?:since|from|until|in|then|also|notably|largely|mainly|long|depuis|en|jusqu['’]en|aussi|notamment|surtout|longtemps|alors)(?:\s+[^\s,;.]+){0,3}?\s+(?:by|par)|supported\s+by|backed\s+by|assisted\s+by|helped\s+by|aided\s+by|armed\s+by|financed\s+by|funded\s+by|trained\s+by|with\s+the\s+(?:support|backing|help)\s+of|with\s+(?:support|backing)\s+from|soutenue?s?\s+par|[ée]paul[ée]e?s?\s+par|encadr[ée]e?s?\s+par|appuy[ée]e?s?\s+par|avec\s+l['’]appui\s+(?:de|du|des)|avec\s+le\s+soutien\s+(?:de|du|des)|(?:relies|rely|relied|relying|leans?|leaned|leaning)\s+(?:(?:now|heavily|increasingly|largely|mainly|above\s+all)\s+)?on|s['’]appu(?:ie|ient|yait|yaient|ya|yèrent)\s+(?:(?:d[ée]sormais|aussi|notamment|surtout|davantage|largement|d[ée]j[àa])\s+)?sur|(?:receiv(?:es|ed|ing)|enjoy(?:s|ed|ing)|benefit(?:s|ed|ted|ing)?\s+from|relie[sd]?\s+on|relied\s+on)\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:support|backing|help|assistance)\s+(?:of|from)|(?:b[ée]n[ée]fici(?:e|ent|ait|aient|[ée])|re[çc]oi(?:t|vent)|re[çc]u|recevait|recevaient)\s+(?:du|le|l['’]|de\s+l['’])\s*(?:soutien|appui|aide)(?:\s+\p{Ll}+)?\s+(?:de|du|des|d['’]))${E}`,
    { fromKinds: GROUPS, toKinds: [...GROUPS, 'person'] },
  ),
  // "France backed GATIA", "la France soutient le GATIA": the actor after is supported by the one before.
  p(
    'supported_by',
    'passive',
    String.raw`${B}(?:(?<!(?:was|were|is|are|been|being)\s+)(?:supports|supported|backs|backed|financed|funded)(?!(?:\s+[^\s,;.]+){0,4}?\s+by(?![\p{L}]))|soutien(?:t|nent)|soutenait|soutenaient|(?:a|ont|avait|avaient)\s+(?:longtemps\s+|aussi\s+)?(?:soutenu|appuy[ée]|[ée]paul[ée]|financ[ée]|arm[ée])|appui(?:e|ent)|[ée]paul(?:e|ent)|financ(?:e|ent))(?=\s+(?:the\s+|les?\s+|la\s+|l['’]|\p{Lu}))${E}`,
    { fromKinds: GROUPS, toKinds: [...GROUPS, 'person'] },
  ),
  p('supported_by', 'compound', String.raw`(?<=[\p{L}\d)])[-–](?:backed|supported|sponsored|funded)${E}`, {
    fromKinds: GROUPS,
    toKinds: [...GROUPS, 'person'],
  }),
  p('based_on_community', 'compound', String.raw`(?<=[\p{L}])[-–](?:led|dominated|based|majority|dominant)${E}`, { toKinds: ['community'] }),
  p(
    'based_on_community',
    'active',
    String.raw`${B}(?:(?:recruits?|recruited|recruiting)\s+(?:\p{Ll}+ly\s+)?(?:among|from)|(?:drawn|drew|draws?)\s+(?:mainly\s+|mostly\s+|largely\s+|heavily\s+|(?:much|most)\s+of\s+)?(?:(?:its|their|his)\s+(?:first\s+|early\s+)?\p{L}+\s+)?(?:mainly\s+|mostly\s+|largely\s+)?from|dominated\s+by|(?:recrut(?:e|ent|ait|aient)|(?:a|ont|avait|avaient)\s+(?:beaucoup\s+|surtout\s+|\p{Ll}+ment\s+)?recrut[ée])\s+(?:surtout\s+|beaucoup\s+|\p{Ll}+ment\s+)?(?:parmi|chez|au\s+sein\s+(?:de|du|des))|domin[ée]e?\s+par)${E}`,
    { fromKinds: GROUPS, toKinds: ['community'] },
  ),
  p('based_on_community', 'passive', String.raw`${B}(?:who|which|that)\s+(?:largely\s+|mostly\s+)?dominated?s?${E}`, {
    fromKinds: GROUPS,
    toKinds: ['community'],
  }),
];

/**
 * Relations to places: an actor operates in, is based in, or holds a place. `active`: the actor
 * before, the place or places after ("JNIM operates in Mopti and Ségou", "the MNLA took control of
 * Kidal"); `passive`: the place before, the actor after ("Kidal, under the control of the CMA").
 */
export interface PlacePattern {
  type: Extract<RelationType, 'operates_in' | 'controls'>;
  /** nominal: "the capture of X by Y", "after the capture of X, Y…": the place after, the actor after "by" or the clause's subject. */
  voice: 'active' | 'passive' | 'nominal';
  re: RegExp;
}

export const PLACE_PATTERNS: readonly PlacePattern[] = [
  {
    type: 'operates_in',
    voice: 'active',
    re: new RegExp(
      String.raw`${B}(?:operat(?:e|es|ed|ing)\s+(?:mainly\s+|mostly\s+|primarily\s+|largely\s+)?(?:in|throughout|across|around)|(?:is|are|was|were|remains?)\s+(?:mainly\s+|mostly\s+)?active\s+(?:in|throughout|across|around)|active\s+(?:mainly\s+)?(?:in|throughout|across)|present\s+in|(?:based|headquartered|entrenched|concentrated)\s+(?:mainly\s+|mostly\s+)?(?:in|around|near|across)|(?:its|their)\s+(?:base|bases|stronghold|strongholds)\s+in|stronghold\s+(?:of|in)|se\s+disput(?:ent|aient)(?:\s+le\s+contr[ôo]le\s+(?:de|du|des))?|vie\s+for(?:\s+control\s+of)?|vying\s+for(?:\s+control\s+of)?|compet(?:e|es|ing)\s+for(?:\s+control\s+of)?|install[ée]e?s?\s+(?:à|au|dans|en)|op[èe]re(?:nt)?\s+(?:dans|au|en)|actifs?\s+(?:dans|au|en|à)|actives?\s+(?:dans|au|en|à)|pr[ée]sents?\s+(?:dans|au|en)|implant[ée]e?s?\s+(?:dans|au|en|à)|bas[ée]e?s?\s+(?:à|au|en|dans)|blockad(?:es|ed|ing)|besieg(?:es|ed|ing)|encircl(?:es|ed|ing)|encercl(?:e|ent|ait|aient)|assi[èe]g(?:e|ent|eait|eaient)|(?:a|ont|avait|avaient)\s+(?:encercl[ée]|assi[ée]g[ée])|impos(?:e|ent|ait|aient|ed|es)\s+(?:un|a)\s+(?:blocus|blockade)\s+(?:à|au|sur|on))${E}`,
      'giu',
    ),
  },
  {
    type: 'controls',
    voice: 'active',
    re: new RegExp(
      String.raw`${B}(?:(?:took|takes|taken|seized|seizes|gained|regained|retook|retaken|wrested|assumed|established|maintains?|maintained|sustained|kept|retained|exercises?|exercised|holds?|held|lost)\s+(?:full\s+|effective\s+|de\s+facto\s+|military\s+)?control\s+(?:of|over)|in\s+(?:full\s+|effective\s+)?control\s+of|(?<![-–])(?:controls|controlled|captured|recaptured|overran|overrun|occupied|occupies|seized)|now\s+holds|(?:holds?|held|holding)(?=\s+(?:(?:the|la)\s+(?:towns?|city|cities|village|region|province)\s+of\s|(?:much|most|large|vast|parts?|swathes?)\s|\p{Lu}))|(?:ruled|rules|administered|administers|administr(?:e|ent|ait|aient))(?=\s+\p{Lu})|(?:extend(?:s|ed)?|étend(?:u)?)\s+(?:its|their|son|sa|leur)\s+(?:hold|control|grip|emprise|contr[ôo]le)\s+(?:over|to|sur|à)|(?:a|ont|avait|avaient)\s+(?:longtemps\s+)?(?:repris|tenu)|reprend|reprennent|tien(?:t|nent)|tenait|tenaient|a\s+pris\s+le\s+contr[ôo]le\s+(?:de|du|des)|prend\s+le\s+contr[ôo]le\s+(?:de|du|des)|(?<!(?:le|du|au|de)\s)contr[ôo]le(?:nt|nait|naient)?|s['’]empar(?:e|ent|a|èrent)\s+(?:de|du|des)|s['’](?:est|sont)\s+empar[ée]e?s?\s+(?:de|du|des|d['’])|occupe(?:nt)?|${frenchVerb('occuper')}|(?<!(?:le|du|au|de|son|sous)\s)${frenchVerb('contrôler')}|(?:a|ont|avait|avaient)\s+(?:pris|repris)\s+(?:\p{Ll}+\s+)?le\s+contr[ôo]le\s+(?:de|du|des|d['’]))${E}`,
      'giu',
    ),
  },
  {
    type: 'controls',
    voice: 'nominal',
    re: new RegExp(
      String.raw`${B}(?:(?:capture|seizure|takeover|fall|conquest|occupation)\s+of|(?:prise|chute|conqu[êe]te|occupation)\s+(?:de|du|d['’]))${E}`,
      'giu',
    ),
  },
  {
    type: 'controls',
    voice: 'passive',
    re: new RegExp(
      String.raw`${B}(?:(?:is|are|was|were|remains?|remained)\s+(?:now\s+|still\s+)?(?:under\s+the\s+control\s+of|controlled\s+by|held\s+by|in\s+the\s+hands\s+of)|under\s+the\s+control\s+of|controlled\s+by|fell\s+(?:in)?to(?:\s+the\s+hands\s+of)?|sous\s+le\s+contr[ôo]le\s+(?:de|du|des)|contr[ôo]l[ée]e?s?\s+par|aux\s+mains\s+(?:de|du|des)|tomb[ée]e?s?\s+(?:aux\s+mains\s+(?:de|du|des)|sous\s+le\s+contr[ôo]le\s+(?:de|du|des)))${E}`,
      'giu',
    ),
  },
];
