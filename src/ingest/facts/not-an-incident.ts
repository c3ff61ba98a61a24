/**
 * What around an event trigger says that the sentence tells of no incident: an intention or a purpose ("to attack",
 * "pour attaquer", "aimed to seize"), a noun used to describe equipment or a unit ("attack helicopters", "unité de
 * combat"), a habit ("has fought X since 2016", "combat l'EI depuis 2020"), or a plural noun that counts undated acts
 * ("sporadic attacks"). English and French; each check reads only the words next to the trigger.
 */
import type { DateMention } from '../dates/normalise-dates.js';
import { isFoundingOutcome } from './founding-outcomes.js';
import type { SentenceView } from './sentence-view.js';

type Span = { start: number; end: number };

const before = (view: SentenceView, at: Span, n = 60) => view.text.slice(Math.max(0, at.start - view.start - n), at.start - view.start);
const after = (view: SentenceView, at: Span, n = 40) => view.text.slice(at.end - view.start, at.end - view.start + n);

// An infinitive after "to" is an aim, unless a verb of doing leads it ("went on to attack", "began to withdraw").
// "to infiltrate and attack": a second infinitive shares the first one's "to".
const TO_INFINITIVE = /(?<![\p{L}])to\s+(?:\p{L}+\s+(?:and|or)\s+)?$/iu;
const DOING_TO = /(?<![\p{L}])(?:went\s+on|began|begun|started|continued|proceeded)\s+to\s+$/iu;
// A French infinitive of purpose or intention ("pour attaquer", "afin de prendre", "vise à frapper", "menace de").
const FRENCH_AIM =
  /(?<![\p{L}])(?:pour|afin\s+d[e'’]|vis(?:e|ent|ait|aient|ant)\s+à|menac(?:e|ent|ait|é)\s+d[e'’]|projet(?:te|tent|ait)?\s+d[e'’]|tent(?:e|ent|ait|é)\s+d[e'’]|cherch(?:e|ent|ait|é)\s+à|veut|voulait|voulaient|pourrait|pourraient)\s*$/iu;
// A modal or a verb of intention governing the trigger ("would attack", "plans to seize", "threatened to withdraw").
const MODAL =
  /(?<![\p{L}])(?:would|could|might|will|shall|should|plan(?:s|ned)?\s+to|aim(?:s|ed)?\s+to|intend(?:s|ed)?\s+to|threaten(?:s|ed)?\s+to|vow(?:s|ed)?\s+to|sought\s+to|tried\s+to|attempt(?:s|ed)?\s+to|hop(?:e|es|ed)\s+to|was\s+to|were\s+to)\s+(?:\p{L}+\s+)?$/iu;

// The modal "may" is written in lower case and follows no day: "On 14 May gunmen attacked" names the month.
const MAY = /(?<![\p{L}])(?<!\d\s)may\s+(?:\p{L}+\s+)?$/u;

// An act as the object of a plan, a fear, a warning or a rumour: "plans an attack on Kidal", "feared a new offensive",
// "prépare une offensive", "redoute de nouvelles attaques", "menace d'une attaque".
const PLANNED_NOUN =
  /(?<![\p{L}])(?:plan(?:s|ned|ning)?|prepar(?:e|es|ed|ing)|plott(?:ed|ing)|fear(?:s|ed|ing)?|warn(?:s|ed|ing)?\s+of|threat(?:s|en(?:s|ed)?)?\s+(?:of\s+)?|risk\s+of|rumou?rs?\s+of|rumeurs?\s+d['’]|pr[ée]par(?:e|ent|ait|aient|er)|projet(?:te|tent|ait|er)|planifi(?:e|ent|ait|er)|redout(?:e|ent|ait|aient|er)|crai(?:nt|gnent|gnait)|craintes?\s+d['’]|menace\s+d['’]|risque\s+d['’])\s*(?:an?\s+|the\s+|new\s+|further\s+|une\s+|un\s+|des\s+|de\s+nouvelles\s+|nouvelles?\s+|d['’])?(?:[\p{L}-]+\s+)?$/iu;

/** "to attack the north", "would seize", "pour attaquer", "plans an attack": an aim, not an act. */
export function isIntended(view: SentenceView, at: Span): boolean {
  const lead = before(view, at);
  // "broke away from X to set up Y": the founding is what came of the split, not an aim.
  if (isFoundingOutcome(before(view, at, 120), view.text.slice(at.start - view.start, at.end - view.start))) return false;
  if (MODAL.test(lead) || MAY.test(lead) || PLANNED_NOUN.test(lead)) return true;
  if (TO_INFINITIVE.test(lead) && !DOING_TO.test(lead)) return true;
  return FRENCH_AIM.test(lead);
}

// Nouns that an event noun describes when it stands before them ("attack helicopters", "combat units", "assault rifles").
const DESCRIBED =
  /^\s+(?:helicopters?|aircraft|planes?|jets?|drones?|rifles?|units?|troops|forces|vehicles?|boats?|capabilit(?:y|ies)|operations?|zones?|positions?|teams?|brigades?|squads?|battalions?|companies|gear|training|experience|readiness|roles?|power|formations?)(?![\p{L}])/iu;
const EVENT_NOUN = /^(?:attack|combat|assault|strike|raid|battle|fighting)$/iu;
// In French the describing noun comes first, joined by a bare "de": "hélicoptères d'attaque", "unité de combat".
const FRENCH_DESCRIBING =
  /(?<![\p{L}])(?:h[ée]licopt[èe]res?|avions?|unit[ée]s?|fusils?|troupes|zones?|forces|v[ée]hicules?|chars?|capacit[ée]s?|tenues?|groupes?|[ée]quipes?|drones?|exp[ée]rience|formation)\s+d(?:e\s+|['’])$/iu;

// A participle after a preposition describes a place or a thing ("in recaptured Kidal", "from the abandoned camp").
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:in|at|of|from|into|near|dans|à|au|près\s+de)\s+(?:the\s+|a\s+|an\s+|la\s+|le\s+|les\s+|l['’])?$/iu;
// A French participle ends in é ("dans le camp abandonné"); "dans l’attaque", "après l’embuscade" are nouns.
const PARTICIPLE = /(?:ed|ée?s?)$/iu;
// A negation or "without" right before the trigger ("without a fight", "sans combat", "no clashes", "never attacked").
// "sans que ses membres quittent": a French subordinate clause of what did not happen.
const NEGATED_BEFORE =
  /(?<![\p{L}])(?:without|no|not|never|nor|nobody|sans|aucun|aucune|jamais|ni|pas|personne\s+n['’]a|sans\s+que|sans\s+qu['’]\s*\p{L}+)\s+(?:\p{L}+\s+){0,2}$/iu;
// A source named by what it did ("according to the mediation", "d'après la médiation de la Cédéao") tells no such act.
const SOURCE_BEFORE = /(?<![\p{L}])(?:according\s+to|d['’]apr[èe]s|selon)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu;

// A reaction to an incident the text tells elsewhere ("condemned the attack", "a condamné l'attaque", "nobody has claimed
// Sunday's raids"): the incident is the object of someone's words, not told here.
const REACTION_BEFORE =
  /(?<![\p{L}])(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|mourn(?:ed|s|ing)?|investigat(?:e|es|ed|ing)|(?:nobody|no\s+one|no\s+group)\s+(?:has\s+|had\s+)?claimed|condamn[ée]e?s?|condamnent|d[ée]nonc[ée]e?s?|d[ée]plor[ée]e?s?|enqu[êe]te\s+sur|(?:personne|aucun\s+groupe)\s+n['’](?:a|avait)\s+revendiqu[ée])\s+(?:(?:the|this|these|those|l['’]|la|le|les|cette|ces)\s*)?(?:[\p{L}-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

// Taking part in a war, not an incident of it: "fought in the Tuareg rebellion of 2006", "a combattu dans la rébellion".
// The war noun ends its word: "clashes in war-torn Mali" are incidents.
const WAR_AFTER =
  /^\s+(?:in|during|dans|pendant|lors\s+de)\s+(?:the\s+|la\s+|le\s+|l['’])?(?:[\p{L}-]+\s+){0,3}?(?:rebellions?|wars?|insurgency|insurgencies|uprisings?|conflicts?|jihad|civil\s+war|r[ée]bellions?|guerres?|insurrections?|conflits?)(?![\p{L}-])/iu;
// "the elected president", "le président élu": a title, not an election.
const TITLE_ELECTED = /(?<![\p{L}])(?:pr[ée]sidente?|d[ée]put[ée]e?s?)\s+(?:d[ée]mocratiquement\s+)?(?:[ée]lue?s?|r[ée][ée]lue?s?)$/iu;
// "the elected president" but not "was elected president": an adjective after a determiner or an adverb.
const ELECTED_TITLE =
  /(?<![\p{L}])(?:the|an?|its|their|democratically|newly)\s+(?:elected|re-elected)\s+(?:president|government|leaders?|officials?)(?![\p{L}])/iu;
// "repeated raids", "de nombreuses attaques": acts counted, none told; but "several attacks on 3 May" tell that day's.
const MANY_BEFORE =
  /(?<![\p{L}])(?:repeated|multiple|numerous|several|many|countless|frequent|r[ée]p[ée]t[ée]es|multiples|nombreu(?:x|ses)|plusieurs|fr[ée]quentes)\s+(?:[\p{L}-]+\s+)?$/iu;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "attack helicopters", "unité de combat", "in recaptured Kidal", "without confrontation": the trigger tells of no act. */
export function isDescribing(view: SentenceView, at: Span): boolean {
  const word = view.text.slice(at.start - view.start, at.end - view.start);
  if (REACTION_BEFORE.test(before(view, at, 60)) || SOURCE_BEFORE.test(before(view, at, 30))) return true;
  if (
    WAR_AFTER.test(after(view, at, 60)) ||
    TITLE_ELECTED.test(`${before(view, at, 30)}${word}`) ||
    ELECTED_TITLE.test(`${before(view, at, 20)}${word}${after(view, at, 20)}`)
  )
    return true;
  if (MANY_BEFORE.test(before(view, at, 30)) && /s$/iu.test(word) && !view.dates.some((d) => DAY.test(d.edtf))) return true;
  if (EVENT_NOUN.test(word) && DESCRIBED.test(after(view, at))) return true;
  if (!/\s/.test(word) && PARTICIPLE.test(word) && PREPOSITION_BEFORE.test(before(view, at, 20))) return true;
  if (NEGATED_BEFORE.test(before(view, at, 30))) return true;
  return FRENCH_DESCRIBING.test(before(view, at, 30));
}

// "Throughout 2018 it fought X", "tout au long de 2018": a state over a period, not an incident.
const THROUGHOUT_BEFORE = /(?<![\p{L}])(?:throughout|tout\s+au\s+long\s+d[e'’])\s*[^,;.]{0,40}$/iu;
const HABIT_AFTER =
  /^[^.;:]{0,60}(?<![\p{L}])(?:ever\s+since|repeatedly|regularly|routinely|frequently|r[ée]guli[èe]rement|à\s+plusieurs\s+reprises|depuis\s+lors|for\s+(?:many\s+|several\s+)?(?:years|months|decades)|(?:pendant|depuis)\s+des\s+(?:ann[ée]es|mois|d[ée]cennies))(?![\p{L}])/iu;

// "La Cédéao, dont le Mali est membre depuis 1975, a suspendu …": a relative clause set off by commas before the trigger.
const RELATIVE_OPEN = /(?<![\p{L}])(?:dont|qui|où|which|who|whose|where)\s[^,;.]*$/iu;

/** Whether a date sits in a relative clause that a comma closes before the trigger: it dates that clause's state. */
export function inRelativeAside(view: SentenceView, date: DateMention, at: Span): boolean {
  if (date.end > at.start) return false;
  const between = view.text.slice(date.end - view.start, at.start - view.start);
  return /^[^,;.]*,/.test(between) && RELATIVE_OPEN.test(view.text.slice(0, date.start - view.start));
}

const SINCE_BEFORE = /(?<![\p{L}])(?:since|depuis)\s+(?:(?:the|le|la|les)\s+|l['’])?$/iu;

/** "has fought X ever since", "combat l'EI depuis 2020": a state that lasts, dated from its start. */
export function isHabitual(view: SentenceView, at: Span, date: DateMention | undefined): boolean {
  // « Depuis le début de l'année, … se combattent », "Since early 2020 …": the word may stand outside the date's own
  // surface. Only a date before the trigger: one after it may close a relative clause of its own (« qui tiennent
  // Tombouctou depuis avril »).
  const since =
    date && (date.role === 'since' || /^(?:since|depuis)/i.test(date.surface) || (date.end <= at.start && SINCE_BEFORE.test(before(view, date, 12))));
  if (date && since && !inRelativeAside(view, date, at)) return true;
  if (THROUGHOUT_BEFORE.test(before(view, at, 60))) return true;
  return (
    HABIT_AFTER.test(view.text.slice(at.end - view.start)) ||
    /(?<![\p{L}])(?:repeatedly|regularly|routinely|often|r[ée]guli[èe]rement|souvent)\s+$/iu.test(before(view, at, 20))
  );
}

const PLURAL_EVENT_NOUN =
  /^(?:attacks|raids|ambushes|assaults|clashes|skirmishes|battles|strikes|bombings|attaques|attentats|embuscades|affrontements|accrochages|combats|assauts|raids)$/iu;

/** "sporadic attacks", "des attaques": acts counted, none of them dated or told. */
export function isUndatedPlural(view: SentenceView, at: Span, dated: boolean): boolean {
  if (dated) return false;
  const word = view.text.slice(at.start - view.start, at.end - view.start);
  return PLURAL_EVENT_NOUN.test(word);
}

// A death word rather than an act: "were killed", "died", "ont été tués", "morts".
const DEATH_WORD = /(?:^|\s)(?:killed|died|dead|tu[ée]e?s?|morts|p[ée]ri|la\s+mort|la\s+vie)$/iu;

/**
 * "More than 450 civilians were killed in the Mopti region in 2019": a toll over a year or more across a region or a
 * country (or no place) counts many incidents, and tells none of them.
 */
export function isTotal(view: SentenceView, at: Span, date: DateMention | undefined, wideOrNoPlace: boolean): boolean {
  if (!date || !/^\d{4}(?:\/\d{4})?$/.test(date.edtf) || !wideOrNoPlace) return false;
  const word = view.text.slice(at.start - view.start, at.end - view.start);
  // "These attacks killed 300 people in 2019", "les attaques ont fait 300 morts en 2019": acts counted over a year.
  return DEATH_WORD.test(word) || PLURAL_EVENT_NOUN.test(word);
}

const FOUNDED_BY = /^(?:(?:was|were|has\s+been|had\s+been|a\s+[ée]t[ée])\s+)?(?:co-?)?(?:founded|created|formed|fond[ée]e?s?|cr[ée]{2}e?s?|form[ée]e?s?)$/iu;

/** A founder named after a participle ("founded by Y", "fondé par Y") with no date in the trigger's clause. */
export function isUndatedFounder(view: SentenceView, at: { start: number; end: number; text: string }): boolean {
  if (!FOUNDED_BY.test(at.text) || !/^\s+(?:by|par)\s/iu.test(view.text.slice(at.end - view.start))) return false;
  const before = view.text.slice(0, at.start - view.start);
  const after = view.text.slice(at.end - view.start);
  const from = view.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), 0);
  const comma = after.search(/[,;.]/);
  const to = at.end + (comma < 0 ? after.length : comma);
  return !view.dates.some((d) => d.start >= from && d.end <= to);
}

/** Deaths told without a killer: "died", "ont péri", "ont trouvé la mort". */
export const DIED = /(?:died|perished|lost\s+their\s+lives|p[ée]ri|p[ée]rirent|trouv[ée]s?\s+la\s+mort|perdu\s+la\s+vie)$/iu;

/** "a été frappée", "sont frappés": the passive of frapper, which floods and epidemics take as often as attackers. */
export const PASSIVE_STRUCK = /(?:été|être|est|sont|était|étaient|fut|furent)\s+frapp/iu;

/** "a explosé", "l’explosion", "a sauté sur": an explosion is an attack only when a device is named. */
export const EXPLOSION = /^(?:(?:a|ont|avait|avaient)\s+)?(?:explos|saut)/iu;
export const DEVICE =
  /(?<![\p{L}])(?:engins?\s+explosifs?|mines?(?!\s+d['’]or)|bombes?|IED|EEI|kamikazes?|pi[ée]g[ée]e?s?|obus|roquettes?|explosifs?|ceintures?\s+d['’]explosifs?)(?![\p{L}])/iu;

/** A heading or headline: no closing punctuation, short. It announces what the text then tells. */
// A list item closed by a semicolon or a comma ("– in April 2020, a battle near X that left 60 dead;") is a sentence of
// the list, not a heading.
export const HEADING = (text: string) => text.length < 140 && !/[.!?…;,]["'’”)\]]*\s*$/.test(text);
export const SUPERLATIVE_BEFORE =
  /(?:deadliest|bloodiest|worst|largest|biggest|most\s+\p{L}+|plus\s+meurtri[eè]re?|plus\s+\p{L}+|pire)\s+(?:\p{L}+\s+){0,2}$/iu;
export const SINCE_AFTER = /^\s*(?:\p{L}+\s+){0,4}(?:since|depuis|in\s+(?:years|decades|a\s+decade)|ever\s+recorded|on\s+record)(?![\p{L}])/iu;

/** "the deadliest attack since 2015": a comparison with earlier events, not one of its own. */
export function isComparison(view: SentenceView, at: { start: number; end: number }): boolean {
  return (
    SUPERLATIVE_BEFORE.test(view.text.slice(Math.max(0, at.start - view.start - 40), at.start - view.start)) &&
    SINCE_AFTER.test(view.text.slice(at.end - view.start))
  );
}

// A departure announced, decided or asked for is no departure yet: "announced the withdrawal", "son retrait, décidé en
// juin", "a exigé le départ des troupes". (An organisation left is another matter: see leftWhat in extract-events.ts.)
const ANNOUNCED_BEFORE =
  /(?<![\p{L}])(?:announc(?:ed|es|ing)|decided|decid(?:es|ing)|ordered|demand(?:ed|s|ing)|request(?:ed|s|ing)|call(?:ed|s|ing)\s+for|plann(?:ed|ing)|annonc[ée]e?s?|annoncent|d[ée]cid[ée]e?s?|exig[ée]e?s?|exigent|demand[ée]e?s?|r[ée]clam[ée]e?s?|r[ée]clament|pr[ée]vue?s?)\s+(?:the\s+|its\s+|their\s+|a\s+|le\s+|la\s+|les\s+|l['’]|leur\s+|son\s+|sa\s+|ses\s+)?(?:[\p{L}-]+\s+)?$/iu;
const ANNOUNCED_AFTER =
  /^\s*,?\s*(?:was\s+|had\s+been\s+)?(?:announced|decided|planned|ordered|demanded|requested|scheduled|annonc[ée]e?|d[ée]cid[ée]e?|pr[ée]vue?|exig[ée]e?|demand[ée]e?|programm[ée]e?)(?![\p{L}])/iu;

/** The words before a trigger with the sentence's dates left out: "a annoncé le 17 février le départ" announces it too. */
function withoutDates(view: SentenceView, at: Span, n: number): string {
  const from = Math.max(view.start, at.start - n - 40);
  let text = '';
  let cursor = from;
  for (const d of view.dates.filter((x) => x.start >= from && x.end <= at.start)) {
    text += view.text.slice(cursor - view.start, d.start - view.start).replace(/(?<![\p{L}])(?:on|in|le|en)\s*$/iu, '');
    cursor = d.end;
  }
  return (text + view.text.slice(cursor - view.start, at.start - view.start)).replace(/\s+/gu, ' ').slice(-n);
}

/** "announced the withdrawal from Mali", "son retrait, décidé en juin 2023": a departure to come, not one made. */
export function isAnnounced(view: SentenceView, at: Span): boolean {
  const word = view.text.slice(at.start - view.start, at.end - view.start);
  // Only a noun is announced ("the withdrawal", "le retrait", "le départ"): "announced it had withdrawn" tells the act.
  if (!/^(?:withdrawal|departure|pull-?out|retrait|d[ée]part)/iu.test(word)) return false;
  return (
    ANNOUNCED_BEFORE.test(withoutDates(view, at, 50)) ||
    ANNOUNCED_AFTER.test(view.text.slice(at.end - view.start).replace(/^\s*(?:(?:of|from|de|du|des|d['’])\s*)?[^,;]{0,40}?(?=,)/iu, ''))
  );
}

// "The mission is deployed in Gao", "les troupes sont stationnées / déployées à Kidal": a presence in the present, which
// a relation tells (operates_in), not a deployment made on a day.
const PRESENT_STATE =
  /(?<![\p{L}])(?:is|are|remains?|stays?|est|sont|reste|restent|demeure|demeurent)\s+(?:still\s+|toujours\s+|encore\s+|currently\s+|actuellement\s+)?$/iu;

/** "is deployed in Gao", "sont déployés à Kidal": forces present, not sent. */
export function isPresentState(view: SentenceView, at: Span): boolean {
  return PRESENT_STATE.test(before(view, at, 30));
}

// "…, partners report; this could not be verified", "une information qui n’a pas pu être confirmée": the writer does not
// vouch for what the sentence tells.
const UNVERIFIED =
  /(?<![\p{L}])(?:could\s+not\s+be\s+(?:independently\s+)?(?:verified|confirmed)|unverified|unconfirmed|n['’]a\s+pas\s+pu\s+être\s+(?:v[ée]rifi[ée]e?|confirm[ée]e?)|non\s+confirm[ée]e?s?|invérifiable)(?![\p{L}])/iu;

/** The sentence says that what it tells could not be verified. */
export function isUnverified(view: SentenceView): boolean {
  return UNVERIFIED.test(view.text);
}
