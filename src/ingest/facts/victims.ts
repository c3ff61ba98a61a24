/**
 * Who an attack hit, read from the words that count its dead ("killed 31 civilians and three members of the MSA",
 * "500 personnes ont été tuées", "71 soldiers died") and from what the attack verb takes as its object ("attacked an army
 * post"). An attack is on civilians when the people it killed are mostly civilians and it did not strike a force or a
 * military site; it is a clash when its object is military or when armed men are most of the dead. English and French.
 */
import { NUMBER, QUALIFIER, findFatalities, parseNumber } from './fatalities.js';

export type Victims = 'civilians' | 'armed' | undefined;

const CIVILIAN = String.raw`civilians?|villagers|residents|inhabitants|people|persons|women|children|worshippers|herders|farmers|traders|passengers|pilgrims|aid\s+workers|humanitarian\s+workers|journalists|teachers|pupils|students|priests?|pastors?|imams?|village\s+chiefs?|chiefs?\s+of(?!\s+(?:staff|the\s+army|the\s+general))|relatives|civils?|villageois|habitants|personnes|femmes|enfants|fid[èe]les|[ée]leveurs|agriculteurs|cultivateurs|commer[çc]ants|passagers|p[èe]lerins|humanitaires|travailleurs\s+humanitaires|journalistes|enseignants|[ée]l[èe]ves|[ée]tudiants|pr[êe]tres?|pasteurs?|chefs?\s+(?:de\s+village|du\s+village|coutumiers?)|proches`;
const ARMED = String.raw`soldiers|troops|servicemen|peacekeepers|gendarmes|policemen|police\s+officers|militiamen|fighters|militants|jihadists|insurgents|rebels|assailants|attackers|terrorists|members|soldats|militaires|casques\s+bleus|policiers|miliciens|combattants|jihadistes|djihadistes|insurg[ée]s|rebelles|assaillants|terroristes|membres|[ée]l[ée]ments`;
// A count and the noun that names its group, a word or two of description between ("31 Fulani civilians", "dix Casques bleus").
const COUNTED = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:${QUALIFIER})\s+)?(?<n>${NUMBER})\s+(?:[\p{L}-]+\s+){0,2}?(?:(?<civ>${CIVILIAN})|(?<arm>${ARMED}))(?![\p{L}])`,
  'giu',
);
// Counted groups that end in a conjunction, right before a toll: "six aid workers and " before "two drivers were killed".
const LISTED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(?:${QUALIFIER})\s+)?${NUMBER}\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?:\s*,\s*(?:(?:${QUALIFIER})\s+)?${NUMBER}\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)*\s*,?\s+(?:and|et)\s+$`,
  'iu',
);
const CIVILIAN_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${CIVILIAN})(?![\p{L}])`, 'iu');
const ARMED_WORD = new RegExp(String.raw`(?<![\p{L}])(?:${ARMED})(?![\p{L}])`, 'iu');
// Military objects of an attack verb: a post, a camp, a convoy, a patrol, or the force itself.
const MILITARY_OBJECT = new RegExp(
  String.raw`^\s+(?:(?:the|a|an|its|their|two|three|several|le|la|les|l['’]|un|une|des|deux|trois|plusieurs)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:army|military|posts?|bases?|camps?|garrisons?|convoys?|patrols?|positions?|checkpoints?|barracks|${ARMED}|forces|poste|postes|convois?|patrouilles?|casernes?|arm[ée]e)(?![\p{L}])`,
  'iu',
);

// The object of an attack verb that names civilians or protesters ("opened fire on residents", "a tiré sur les manifestants").
const CIVILIAN_OBJECT = new RegExp(
  String.raw`^\s+(?:(?:on|at|upon|sur|contre)\s+)?(?:(?:the|a|an|some|dozens\s+of|hundreds\s+of|les|des|la|le|l['’]|une?|plusieurs|dizaines\s+de)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:${CIVILIAN})(?![\p{L}])`,
  'iu',
);
const PROTESTER_OBJECT =
  /^\s+(?:(?:on|at|upon|sur|contre)\s+)?(?:(?:the|a|an|les|des)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:protest(?:e|o)rs|demonstrators|manifestants|marchers)(?![\p{L}])/iu;

// Places and gatherings of unarmed people: an attack aimed at one is on civilians, whoever it killed ("attacked a hotel",
// "l'attaque du bar-restaurant", "a raid on a wedding", "attacked Fulani villages", "a attaqué un car de transport").
const CIVILIAN_SITE = String.raw`hotels?|bars?|restaurants?|bar-restaurants?|caf[ée]s?|maquis|night-?clubs?|markets?|mosques?|church(?:es)?|schools?|weddings?|funerals?|baptisms?|ceremon(?:y|ies)|buses|bus|coaches|minibus(?:es)?|boats?|villages?|hamlets?|communit(?:y|ies)|h[ôo]tels?|march[ée]s?|mosqu[ée]es?|[ée]glises?|[ée]coles?|mariages?|fun[ée]railles|bapt[êe]mes?|c[ée]r[ée]monies?|cars?\s+de\s+transport|autocars?|autobus|bateaux?|pirogues?|hameaux?|communaut[ée]s?|foires?`;
// The object of an attack verb or noun: "attacked a hotel", "the raid on the Kanaga hotel", "l'attaque de l'hôtel".
const SITE_OBJECT = new RegExp(
  String.raw`^\s*(?:(?:on|at|upon|against|of|sur|contre|de|du|des|d['’])\s*)?(?:(?:the|a|an|two|three|several|its|their|le|la|les|l['’]|un|une|deux|trois|plusieurs)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:${CIVILIAN_SITE})(?![\p{L}])`,
  'iu',
);
// A camp of displaced people is no military camp ("attacked a camp for displaced people", "un camp de déplacés").
const DISPLACED_CAMP =
  /^\s*(?:(?:on|at|upon|against|of|sur|contre|de|du|des|d['’])\s*)?(?:(?:the|a|an|its|le|la|les|l['’]|un|une)\s*)?(?:(?:IDP|displacement|refugee)\s+camps?|(?:camps?|sites?)\s+(?:for|of|de)\s+(?:the\s+)?(?:internally\s+)?(?:displaced|refugees|personnes\s+d[ée]plac[ée]es|d[ée]plac[ée]s|r[ée]fugi[ée]s))/iu;

/** Whom the words right after an attack verb name, when they name civilians or protesters. */
export function unarmedObject(after: string): 'civilians' | 'protesters' | undefined {
  if (PROTESTER_OBJECT.test(after)) return 'protesters';
  return CIVILIAN_OBJECT.test(after) ? 'civilians' : undefined;
}

// The first word after a count that says what befell the people counted: death, or something short of it.
const FATE =
  /(?<![\p{L}])(?:(?<dead>killed|dead|died|slain|executed|massacred|perished|tu[ée]e?s?|morts?|p[ée]ri|abattue?s?|ex[ée]cut[ée]e?s?)|missing|wounded|injured|hurt|abducted|kidnapped|displaced|unaccounted|taken\s+hostage|disparue?s?|bless[ée]e?s?|enlev[ée]e?s?|pris\s+en\s+otage|d[ée]plac[ée]e?s?)(?![\p{L}])/iu;
/** Whether the words after a count of people say they were missed, hurt or taken rather than killed. */
function notDead(after: string): boolean {
  const fate = FATE.exec(after.slice(0, 40));
  return fate !== null && fate.groups?.['dead'] === undefined;
}

/** Whether the words right after an attack verb or noun name a place or gathering of unarmed people ("a hotel", "du marché"). */
export function strikesCivilianSite(after: string): boolean {
  return SITE_OBJECT.test(after);
}

/** Whether the words right after an attack verb or noun name a camp of displaced people or refugees. */
export function strikesDisplacedCamp(after: string): boolean {
  return DISPLACED_CAMP.test(after);
}

/** Whether the words right after an attack verb name a military target ("attacked an army post", "a attaqué le camp"). */
export function strikesMilitaryObject(after: string): boolean {
  return MILITARY_OBJECT.test(after);
}

/**
 * Which group most of the dead counted in a sentence belong to: counts by group where the noun follows the number,
 * else the group words next to the toll ("160 morts parmi les habitants"). Undefined when the sentence counts no dead.
 */
export function victimsOf(sentence: string): Victims {
  const toll = findFatalities(sentence);
  if (!toll) return undefined;
  // "Six aid workers and two drivers were shot dead": the toll found may be the list's last group; the groups counted
  // before it in the same list are among the dead too.
  const listed = LISTED_BEFORE.exec(sentence.slice(0, toll.start));
  const from = listed ? listed.index : toll.start;
  const window = sentence.slice(from, toll.end + 40);
  let civilians = 0;
  let armed = 0;
  for (const m of window.matchAll(COUNTED)) {
    // "eleven soldiers were killed and fifty civilians are missing": a group counted as missing, wounded or taken is not
    // among the dead, and does not say whom the attack killed.
    if (notDead(sentence.slice(from + m.index + m[0].length))) continue;
    const n = parseNumber(m.groups?.['n'] ?? '')?.value ?? 0;
    if (m.groups?.['civ']) civilians += n;
    else armed += n;
  }
  if (civilians + armed > 0) return civilians > armed ? 'civilians' : 'armed';
  const civ = CIVILIAN_WORD.test(window);
  const arm = ARMED_WORD.test(window);
  return civ && !arm ? 'civilians' : arm && !civ ? 'armed' : undefined;
}
