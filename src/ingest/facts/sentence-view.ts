import type { DateMention } from '../dates/normalise-dates.js';
import type { Mention } from '../mentions/find-mentions.js';
import { compoundHead } from './compound-modifiers.js';

/** One sentence with what was found in it; offsets are UTF-16 indices into the document. */
export interface SentenceView {
  index: number;
  start: number;
  end: number;
  text: string;
  actors: Mention[];
  places: Mention[];
  dates: DateMention[];
  /** The actor a sentence opening with "It" or "The group" most likely means: the previous sentence's first actor. */
  antecedent?: Mention;
  /** The place named last before this sentence, for "the city" or "la ville" when the sentence names none. */
  lastPlace?: Mention;
  /** Places the text names that the dataset lacks (villages, districts): they place an incident, but no event can point at them. */
  newPlaces?: Mention[];
  /** The last date of the sentence before, in the same paragraph: a sentence that goes on telling an incident keeps its date. */
  previousDate?: DateMention;
}

const PRONOUN_OPENING =
  // Impersonal "it is said that…", "il y a" stands for nothing.
  /^(?:it(?!\s+(?:(?:is|was|has\s+been)\s+(?:said|believed|thought|reported|estimated|likely|unlikely|possible|probable|clear|unclear|known|feared|alleged|understood|true)|seems|appears)(?![\p{L}]))|its|they|their|the\s+(?:group|movement|coalition|organi[sz]ation|front|alliance|militia)|il(?!\s+(?:y|faut|est\s+(?:probable|possible))\s)|elle|ils|elles|le\s+(?:groupe|mouvement)|la\s+coalition)(?![\p{L}])/iu;

// "Aguelhok et de Tessalit", "in Kidal and in Gao": a preposition repeated after the conjunction.
const LIST_GAP =
  /^\)?\s*(?:,|,?\s*and|,?\s*et|,?\s*as\s+well\s+as|,?\s*along\s+with|&|\/|–|-)\s*(?:(?:de|du|des|à|au|aux|dans|en|in|to|at)\s+|d['’])?(?:(?:the|les?|la|an?|une)\s+(?:[\p{Ll}-]+\s+)?|l['’])?(?:(?<=(?:the|la|l['’])\s*(?:[\p{L}-]+\s+)?)(?:branch|wing|emirate|branche|aile)(?:\s+[\p{Ll}-]+)?\s+(?:of|de|du|d['’])\s*(?:the\s+|la\s+|l['’])?)?$/iu;
/** A sentence's opening preposition (maybe after a date) whose object is not the clause's subject. */
const FRONTED_PREPOSITION =
  /^(?:[^,]{1,24},\s*)?(?:au\s+sein\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])|dans\s+les\s+rangs\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])|within|inside|in\s+the\s+ranks\s+of|selon|d['’]apr[èe]s|according\s+to)\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu;
export const CLAUSE_BREAK = /[;:!?]|\.\s|\s(?:which|who|that|while|whereas|but|although|tandis|alors que|mais|qui|que)\s/i;

const SUBJECT_PRONOUN = /^(?:it|he|she|il|elle)$/iu;
const POSSESSIVE = /^(?:its|their|ses|son|sa|leurs?)$/iu;
const ALLIES = String.raw`(?:all(?:y|ies)|alli[ée]e?s?|partners?|partenaires?)(?:\s+(?!(?:of|de|du|des)\s)\p{Ll}[\p{Ll}-]*)?(?:\s+(?:of|de|du|des)\s*(?:(?:the|la|le)\s+|l['’])?(?:(?:group|groupe)\s+)?|\s+)`;
const ALLIES_GAP = new RegExp(String.raw`^\s*,?\s*(?:and|et)\s+(?:its|their|ses|leurs?|son|sa)\s+${ALLIES}$`, 'iu');
const ALLIES_AFTER_POSSESSIVE = new RegExp(String.raw`^\s+${ALLIES}$`, 'iu');

/** "Timbuktu on 28 June and Léré": places of one list, each with its own date. */
const DATED_LIST_GAP = /^\s+(?:on|in|by|le|en)\s+[^,;.()]{1,24}?\s*,?\s+(?:and|et|then|puis)\s+(?:(?:the|la|le)\s+|l['’])?$/iu;

/** Actors (or places) joined by commas and "and" around a first one, in reading order. */
function coordinated(view: SentenceView, first: Mention, direction: -1 | 1, actors: readonly Mention[] = view.actors): Mention[] {
  const listGap = (gap: string) =>
    LIST_GAP.test(gap) ||
    (first.kind === 'place' &&
      DATED_LIST_GAP.test(gap) &&
      !view.actors.some((a) => a.start >= first.start && a.start < first.start + 120 && a.start > first.end && gap.includes(a.surface)));
  const list = [first];
  let k = actors.indexOf(first);
  for (;;) {
    const next = actors[k + direction];
    if (!next) break;
    const [a, b] = direction === 1 ? [actors[k] as Mention, next] : [next, actors[k] as Mention];
    const gap = view.text.slice(a.end - view.start, b.start - view.start);
    // "Long Name (ACR)" is one actor named twice.
    if (a.id === b.id && /^\s*\(\s*$|^\s*\)\s*$/.test(gap)) {
      k += direction;
      continue;
    }
    // "the Ménaka Region of Mali and in the Tillabéri Region of Niger": a country after "of" qualifies the place before it.
    if (first.kind === 'place' && direction === 1 && next.type === 'country' && /^\s+(?:of|de|du|in|au|en)\s+(?:the\s+)?$/iu.test(gap)) {
      k += direction;
      continue;
    }
    // "X left Y, and it joined Z": a subject pronoun after the conjunction opens a clause; it is no item of a list.
    if (SUBJECT_PRONOUN.test(a.surface) || SUBJECT_PRONOUN.test(b.surface)) break;
    // "Au sein du JNIM, la katiba…", "Selon la CMA, le GATIA…": the object of a fronted preposition is no item of the list.
    if (a.kind === 'actor' && FRONTED_PREPOSITION.test(view.text.slice(0, a.start - view.start))) break;
    // "both groups" stands for several actors at one span: a list of its own.
    // "X et leurs alliés du groupe Y", "X and its allies Y": the allies act with X.
    const allies = ALLIES_GAP.test(gap) || (POSSESSIVE.test(a.surface) && ALLIES_AFTER_POSSESSIVE.test(gap));
    if (!listGap(gap) && !allies && !(a.start === b.start && a.end === b.end)) break;
    if (!list.some((m) => m.id === next.id)) list.push(next);
    k += direction;
  }
  return direction === 1 ? list : list.reverse();
}

/** The actor or actors that end nearest before an offset, in the same clause. */
export function actorsBefore(view: SentenceView, at: number, maxGap = 90, passiveTrigger = false): Mention[] {
  // Inside an opening participial phrase the subject comes after it, whatever the phrase names.
  const subject = fronted(view, at);
  if (subject.length > 0) return subject;
  const before = view.actors.filter((m) => m.end <= at);
  const last = before.at(-1);
  const lastGap = last ? view.text.slice(last.end - view.start, at - view.start) : '';
  const passive = passiveTrigger || BY_AGENT_TRIGGER.test(view.text.slice(at - view.start));
  // Before the apposition test below, which would take the first item of a list for the head of what follows it.
  const relativeHead =
    last && lastGap.length <= maxGap && (passive || !PASSIVE_END.test(lastGap)) ? appositionRelativeHead(view, before, last, lastGap) : undefined;
  if (relativeHead) return coordinated(view, relativeHead, -1);
  // "The HCUA, a member group of the CMA, draws…", "X, which is led by Y, draws…": the actor named inside an apposition
  // or a relative clause that closes before the trigger is not its subject; the head before the clause is.
  // Only actors near enough for the clause to fit (the pattern allows 130 characters), so a long sentence stays linear.
  // "Its Saharan units, commanded by A and B, were based…": a possessive heads the noun phrase the apposition follows.
  const headGap = (m: Mention) => {
    const gap = view.text.slice(m.end - view.start, at - view.start);
    return POSSESSIVE.test(m.surface) ? gap.replace(/^(?:\s+[\p{L}-]+){1,3}(?=\s*,)/u, '') : gap;
  };
  const head = before.findLast((m) => at - m.end <= 130 && m.end !== before.at(-1)?.end && APPOSITION.test(headGap(m)));
  // "The Union (SU), an alliance of A, B and C, was formed… and held Kidal": A opens the list inside the Union's apposition.
  const owner = head && before.findLast((m) => m.end <= head.start && INSIDE_APPOSITION.test(view.text.slice(m.end - view.start, head.start - view.start)));
  if (owner) return coordinated(view, owner, -1);
  if (head && head !== before.at(-1)) return coordinated(view, head, -1);
  const nearest = before.at(-1);
  if (!nearest) {
    // "The group …" stands for a group, never for a person the previous sentence opened with.
    // "They", "ils" stand for several people or a plural body, never for one state or one person.
    const plural = /^(?:they|their|ils|elles)(?![\p{L}])/iu.test(view.text);
    const fits =
      view.antecedent &&
      (view.antecedent.type !== 'person' || !/^(?:the|le|la)\s/i.test(view.text)) &&
      !(plural && (view.antecedent.type === 'state' || view.antecedent.type === 'person'));
    return view.antecedent && fits && PRONOUN_OPENING.test(view.text) ? [view.antecedent] : [];
  }
  const gap = view.text.slice(nearest.end - view.start, at - view.start);
  if (gap.length > maxGap) return [];
  // "A and B, which had seized Kidal, fought C", "Le MSA et le GATIA, qui tiennent des postes, ont affronté l’EIGS": a
  // relative clause closed by its comma, naming no actor, stands between the subject and its verb.
  if (CLOSED_RELATIVE.test(gap)) return outsideOpeningClause(view, at, coordinated(view, nearest, -1));
  // "The Union (SU), an alliance of A, B and a wing of C, was formed… and held": a comma then a finite verb closes the
  // apposition the sentence's first actor opened; that actor is the subject.
  const opener = view.actors[0];
  if (
    !passiveTrigger &&
    opener &&
    opener.end < nearest.start &&
    CLOSED_APPOSITION.test(gap) &&
    OPENED_APPOSITION.test(view.text.slice(opener.end - view.start, nearest.start - view.start)) &&
    OPENING_LEAD.test(view.text.slice(0, opener.start - view.start))
  )
    return [opener];
  // "le mouvement dirigé par X impose…", "the group led by X attacked…": a participial phrase without commas qualifies
  // the actor before it, which is the clause's subject.
  const qualified = before.at(-2);
  if (
    !passiveTrigger &&
    qualified &&
    !/[,;:]/.test(gap) &&
    /^\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:é|ée|és|ées|ed|en)\s+(?:par|by)\s+(?:(?:the|le|la|les)\s+|l['’])?$/u.test(
      view.text.slice(qualified.end - view.start, nearest.start - view.start),
    )
  )
    return coordinated(view, qualified, -1);
  // "la katiba Macina d’Amadou Koufa recrute…", "the brigade of Ibrahim Kone holds…": a person in a group's genitive names
  // its leader; the group is the subject.
  if (
    !passiveTrigger &&
    qualified &&
    nearest.type === 'person' &&
    qualified.type !== 'person' &&
    qualified.type !== 'community' &&
    !/[,;:()]/.test(gap) &&
    /^\s*(?:of|de|du|d['’])\s*$/iu.test(view.text.slice(qualified.end - view.start, nearest.start - view.start))
  )
    return [qualified];
  // "X allied with Y before fighting Z", "le MNLA s’allie à Ansar Dine, avant de combattre le MUJAO", "X attacked Y and
  // seized Z": a coordinated verb or an infinitive takes the clause's subject, not the object named last.
  // "X seized Y, pushing out Z": a trailing participle's subject is the clause's.
  const trailing = /^\s*,\s*$/.test(gap) && /^\p{Ll}+ing\s/u.test(view.text.slice(at - view.start));
  if (!passiveTrigger && (COORDINATED_VERB.test(gap) || trailing)) {
    const subject = clauseSubject(view, nearest);
    if (subject) return coordinated(view, subject, 1).filter((m) => m.end <= nearest.start);
  }
  // A relative pronoun right after an actor stands for it ("the FLN, which operates in…", "le FLN, qui opère…").
  // A passive trigger ("which is led by", "which is backed by") keeps its antecedent: the passive is already read as such.
  if (CLAUSE_BREAK.test(gap) && !(RELATIVE_AFTER.test(gap) && (passive || !PASSIVE_END.test(gap)))) {
    // "X, which recruits among Y and which has been fighting Z": the second relative clause has the first one's antecedent.
    const second = /\s(?:and|et)\s+(?:which|who|qui)\s[^;:!?,]*$/iu.test(gap) && (passiveTrigger || !/\s(?:was|were|is|are|a\s+été|est|fut)\s+$/iu.test(gap));
    const first = second ? [...view.text.slice(0, nearest.start - view.start).matchAll(/,\s*(?:which|who|qui)\s/giu)].at(-1) : undefined;
    const antecedent =
      second && /^\s*,\s*(?:which|who|qui)\s/iu.test(gap)
        ? nearest
        : first && before.findLast((m) => m.end - view.start <= first.index && first.index - (m.end - view.start) <= 2);
    return antecedent ? coordinated(view, antecedent, -1) : [];
  }
  return outsideOpeningClause(view, at, coordinated(view, nearest, -1));
}

const CLOSED_RELATIVE =
  /^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:which|who|qui)\s[^,;:()]{1,80},\s*(?:(?:has|have|had|ont|a|avait|avaient|then|also|later|aussi|ensuite|alors|d[ée]j[àa])\s+)*$/iu;

/** "Although allied to X, the MNLA…", "Bien qu’allié à X, le MNLA…": a subordinate clause opening the sentence. */
const SUBORDINATE_OPENING = /^(?:Although|Though|While|Whereas|Despite|When|Once|Bien\s+qu|Alors\s+qu|Quoiqu|Malgr[ée]|Lorsqu|Quand)/u;

/** A subject list never reaches back into an opening subordinate clause from the main clause after its comma. */
function outsideOpeningClause(view: SentenceView, at: number, subjects: Mention[]): Mention[] {
  if (!SUBORDINATE_OPENING.test(view.text)) return subjects;
  const comma = view.start + view.text.indexOf(',');
  return comma > view.start && comma < at ? subjects.filter((m) => m.start > comma) : subjects;
}

const COORDINATED_VERB =
  // "X chasse Y de Gao et s’empare…": a short prepositional phrase may end the first verb's object.
  /^(?:\s+(?:de|du|des|d['’]|from|in|at|near|to|à|au|aux|dans|près\s+de)\s*(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)?\s*,?\s*(?:and|et|puis|then|before|after|avant\s+d[e'’]|apr[èe]s\s+avoir|sans)\s+(?:(?:then|also|later|subsequently|aussi|ensuite|ont|a|has|have|had)\s+)*$/iu;

/** The subject of the clause an actor stands in: the first actor of the sentence when no clause break lies between. */
export function clauseSubject(view: SentenceView, within: Mention): Mention | undefined {
  const first = view.actors[0];
  if (!first || first.start >= within.start) return undefined;
  if (CLAUSE_BREAK.test(view.text.slice(first.end - view.start, within.start - view.start))) return undefined;
  return first;
}

/** ", a member group of the CMA, " or ", which is led by Y, " between an actor and the trigger that follows the clause. */
const APPOSITION =
  /^(?:\s+[\p{Ll}-]+)?\)?\s*,\s+(?:(?:an?|the|one\s+of\s+the|une?|la|le|les|l['’]|which|who|qui|whose|dont|two|three|four|both|deux|trois|quatre|originally|formerly|previously|initially|anciennement|initialement|autrefois|d['’]abord)\s|\p{Ll}+(?:ed|en|é|ée|és|ées|u|ue|us|ues)\s+(?:by|par|with|avec|from|to|de|du|des|à|au|aux)\s|(?:groupe|mouvement|milice|coalition|organisation|formation|branche|faction|composante|membre|alli[ée]e?|filiale|aile|ancienne?|fondat(?:eur|rice)|chef|dirigeant|rivale?|ennemi|partenaire|[ée]manation)\s)(?:[^,;:()]|\([^(),;:]{1,20}\)){1,80},\s*(?:(?:also|then|now|still|later|itself|lui-même|aussi)\s+)?(?:[\p{Ll}][^,;:]{0,40})?$/u;

/** A trigger whose agent follows "by"/"par" ("backed by", "soutenu par"): passive already, whatever stands before it. */
const BY_AGENT_TRIGGER = /^[\p{L}-]+\s+(?:by|par)\s/u;

/**
 * ", two Tuareg militias which", ", trois mouvements qui", ", a regional force headquartered in Kidal that": a noun phrase
 * in apposition to the actor (or list) named last, then a relative pronoun whose antecedent is that actor.
 */
const APPOSED_RELATIVE =
  /^\)?\s*,\s*(?:an?|the|one\s+of\s+the|two|three|four|five|both|une?|la|le|les|l['’]|deux|trois|quatre|cinq|des|ces)(?![\p{L}])[^,;:()]{0,70}?\s(?:which|who|that|qui)\s[^;:!?,]*$/iu;
/** "JNIM fighters, who are active in…": a noun for a group's members after its name, then a relative for the group. */
const MEMBERS_RELATIVE =
  /^\s+(?:fighters|militants|members|men|combatants|troops|soldiers|units|elements|forces|gunmen)\s*,?\s*(?:which|who|that)\s[^;:!?,]*$/iu;
/** "'s branch in the Sahel, which", " affiliate in Mali, which": the rest of an apposition the actor named last sits in. */
const OWNED_RELATIVE = /^(?:['’]s?)?\s+[^,;:()]{1,60}?,\s*(?:which|who|qui)\s[^;:!?,]*$/iu;
/** An apposition opening: the owner named inside it ("X, the Y affiliate", "X, al-Qaeda's branch") is not the head. */
const APPOSITION_OPENING = /^\)?\s*,\s*(?:(?:the|la|le|l['’])\s*)?$/iu;
/** "the report said that…": a saying or thinking verb makes "that" a complement, not a relative pronoun. */
const SAYING =
  /(?<![\p{L}])(?:said|says|say|told|reported|claimed|added|noted|stated|believes?|thinks?|argues?|dit|disent|affirm\p{L}*|indiqu\p{L}*|estim\p{L}*|assur\p{L}*|pens\p{L}*)(?![\p{L}])/iu;

/**
 * The antecedent of a relative clause that follows an apposition: "A and B, two militias which were backed by Z" (A and
 * B), "X, the Y affiliate in the Sahel, which holds…" (X, not the owner Y named inside the apposition).
 */
function appositionRelativeHead(view: SentenceView, before: readonly Mention[], nearest: Mention, gap: string): Mention | undefined {
  if (SAYING.test(gap)) return undefined;
  if (APPOSED_RELATIVE.test(gap) || MEMBERS_RELATIVE.test(gap)) return nearest;
  if (!OWNED_RELATIVE.test(gap) || nearest.type === 'person') return undefined;
  const k = before.indexOf(nearest);
  const head = before
    .slice(0, k)
    .findLast((m) => m.end <= nearest.start && APPOSITION_OPENING.test(view.text.slice(m.end - view.start, nearest.start - view.start)));
  return head;
}

/** ", was formed in 2014 and ": the comma closing an apposition, then the clause's verb. */
const CLOSED_APPOSITION = /^\)?\s*,\s*(?:was|were|is|are|has|have|had|a|ont|est|sont|fut|[ée]tait|avait)\s[^,;:]*$/iu;
/** "(SU), an alliance of the FLN, the …": an apposition with a determiner opening after the first actor. */
const OPENED_APPOSITION = /^\s*(?:\([^()]{1,20}\))?\s*,\s*(?:an?|the|une?|la|le|l['’])\s*[^;:]*?\(?$/iu;
/** Nothing before the sentence's first actor but a heading's dash, a date or an article. */
const OPENING_LEAD = /^(?:.*[–—-]\s+)?(?:(?:in|en|on|le|since|depuis)\s+[^,]{0,24}?,?\s*)?(?:(?:the|le|la|les|l['’])\s*)?$/iu;

/** From a name to the object of a noun in its apposition: "(SU), an alliance of the ", ", une coalition regroupant le ". */
const INSIDE_APPOSITION =
  /^\s*(?:\([^()]{1,20}\))?\s*,\s*(?:an?|the|une?|la|le|l['’])\s*[^,;:()]{0,40}?(?:\s(?:of|de|du|des)\s*|\sd['’]|regroupant\s+|comprising\s+|r[ée]unissant\s+)(?:(?:the|la|le|les)\s+|l['’])?$/iu;

/** "which", "who", "qui" opening a clause right after its antecedent, with no other clause in between. */
// "France, which keeps 1,500 soldiers in…": a comma between digits groups thousands and ends no clause.
const RELATIVE_AFTER = /^\)?\s*,?\s*(?:which|who|qui)\s(?:[^;:!?,]|(?<=\d),(?=\d{3}))*$/i;
/** "who was kidnapped": the antecedent undergoes the act; the patterns' active reading would make it the agent. */
const PASSIVE_END = /\s(?:was|were|is|are|been|being|got|a\s+été|ont\s+été|est|sont|fut)\s+$/i;
/** A sentence opening with a participle ("Backed by X, …", "Allied with X and …", "Soutenu par X, …"). */
export const PARTICIPLE_OPENING =
  /^(?!(?:Following|According|Including|Regarding|Concerning|Considering|During|Notwithstanding|Pending)\s)(?:\p{Lu}[\p{Ll}-]*(?:ed|en|é|ée|és|ées|ing)|Allied|Born|Founded|Led|Formed)\s/u;

/** The subject of a sentence that opens with a participial phrase: the actor right after the phrase's comma. */
function fronted(view: SentenceView, at: number): Mention[] {
  if (!PARTICIPLE_OPENING.test(view.text)) return [];
  // The trigger must lie inside the phrase, which ends at the sentence's first comma.
  const comma = view.text.indexOf(',');
  if (comma < at - view.start) return [];
  // The phrase holds no clause of its own before the comma that closes it.
  if (/[;:]|\s(?:which|who|that|qui|que)\s/i.test(view.text.slice(0, comma))) return [];
  const after = view.actors.find((m) => m.start - view.start > comma);
  if (!after || !/^,\s*(?:(?:the|le|la|les|l['’])\s*)?$/i.test(view.text.slice(comma, after.start - view.start))) return [];
  return coordinated(view, after, 1);
}

/** The actor or actors (of the kinds `fits` accepts) that start nearest after an offset, in the same clause. */
export function actorsAfter(view: SentenceView, at: number, maxGap = 60, fits: (m: Mention) => boolean = () => true): Mention[] {
  const nearest = view.actors.find((m) => m.start >= at && fits(m));
  if (!nearest) return [];
  const gap = view.text.slice(at - view.start, nearest.start - view.start);
  // "linked to the government's failure to reinforce the army": an actor inside an infinitive of another noun is not the object.
  if (gap.length > maxGap || CLAUSE_BREAK.test(gap) || INFINITIVE.test(gap)) return [];
  const actors = view.actors.filter(fits);
  return coordinated(view, compoundHead(view, nearest, actors), 1, actors);
}

/** An infinitive opening inside a noun phrase ("failure to reinforce", "capacité à contrôler"): a new verb, so a new clause. */
const INFINITIVE = /\p{L}\s+(?:to\s+(?!the\s|a\s|an\s)\p{Ll}+|(?:à|de|d['’])\s*\p{Ll}+(?:er|ir|re))\s/u;

/** The place or places (a list joined by commas and "and") that start within `maxGap` after an offset. */
export function placesAfter(view: SentenceView, at: number, maxGap = 25): Mention[] {
  const places = placeReadings(view);
  const nearest = places.find((m) => m.start >= at);
  if (!nearest || CLAUSE_BREAK.test(view.text.slice(at - view.start, nearest.start - view.start))) return [];
  // A description may stand before the list it announces ("overran the three largest towns of the north – A, B and C"),
  // as long as no actor stands between.
  const described =
    nearest.start - at <= 70 &&
    /[–—:]\s*$/.test(view.text.slice(0, nearest.start - view.start)) &&
    !view.actors.some((a) => a.start >= at && a.end <= nearest.start);
  // "headquartered in the northern Malian town of Kidal": a description of the place, however long.
  const named = () =>
    nearest.start - at <= 120 &&
    /^\s*(?:(?:in|at|near|around|dans|à|près\s+de)\s+)?(?:the|la|le|l['’])\s*(?:[\p{L}-]+\s+){0,3}(?:town|city|village|region|commune|area|locality|ville|r[ée]gion|localit[ée]|cercle|province)\s+(?:of|de|d['’])\s*$/iu.test(
      view.text.slice(at - view.start, nearest.start - view.start),
    );
  if (nearest.start - at > maxGap && !described && !named()) return [];
  return coordinated(view, nearest, 1, places);
}

/**
 * The sentence's places, with the place reading of a state's name that the mention finder read as the state ("active in
 * Mali, Niger and Burkina Faso"): only callers that have found a place phrase use it, so the state reading stays elsewhere.
 */
export function placeReadings(view: SentenceView): Mention[] {
  const states = view.actors.flatMap((m) => {
    // "Niger’s capital Niamey": the possessive names another place, the one after it.
    const possessive = /^['’]s?(?![\p{L}])/u.test(view.text.slice(m.end - view.start));
    const place = m.type === 'state' && !possessive ? m.alternatives?.find((a) => a.startsWith('place:')) : undefined;
    return place ? [{ ...m, kind: 'place' as const, id: place, type: 'country' }] : [];
  });
  return states.length === 0 ? view.places : [...view.places, ...states].sort((a, b) => a.start - b.start);
}

/** The first date the sentence gives, preferring a point or span to since/until. */
export function sentenceDate(view: SentenceView): DateMention | undefined {
  return view.dates[0];
}

/** Runs a pattern over a sentence, yielding document offsets of each match. */
export function* matchesIn(view: SentenceView, re: RegExp): Generator<{ start: number; end: number; text: string }> {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  for (const m of view.text.matchAll(global)) yield { start: view.start + m.index, end: view.start + m.index + m[0].length, text: m[0] };
}
