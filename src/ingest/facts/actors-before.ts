// The subject of a trigger: the actor or actors before it in the same clause, across appositions, relative clauses,
// opening participial phrases and coordinated verbs.
import type { Mention } from '../mentions/find-mentions.js';
import { APPOSITION, appositionRelativeHead, CLOSED_APPOSITION, INSIDE_APPOSITION, OPENED_APPOSITION, OPENING_LEAD } from './apposition-heads.js';
import { coordinated, POSSESSIVE } from './coordinated.js';
import { CLAUSE_BREAK } from './clause-break.js';
import type { SentenceView } from './sentence-view.js';

const PRONOUN_OPENING =
  // Impersonal "it is said that…", "il y a" stands for nothing.
  /^(?:it(?!\s+(?:(?:is|was|has\s+been)\s+(?:said|believed|thought|reported|estimated|likely|unlikely|possible|probable|clear|unclear|known|feared|alleged|understood|true)|seems|appears)(?![\p{L}]))|its|they|their|the\s+(?:group|movement|coalition|organi[sz]ation|front|alliance|militia)|il(?!\s+(?:y|faut|est\s+(?:probable|possible))\s)|elle|ils|elles|le\s+(?:groupe|mouvement)|la\s+coalition)(?![\p{L}])/iu;

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
  // "MUJAO and the brigade of Mokhtar Belmokhtar merged", « le MUJAO et les hommes de X se sont unis »: the person owns an
  // unnamed second item of the subject list; the named items before it are the subjects.
  if (
    !passiveTrigger &&
    qualified &&
    nearest.type === 'person' &&
    qualified.type !== 'person' &&
    !/[,;:()]/.test(gap) &&
    OWNED_LIST_ITEM.test(view.text.slice(qualified.end - view.start, nearest.start - view.start))
  )
    return coordinated(view, qualified, -1);
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

/** " and the brigade of ", « et les Signataires par le sang de »: a list's next item, a noun phrase that a person owns. */
const OWNED_LIST_ITEM = /^\s*,?\s*(?:and|et)\s+(?:(?:the|les?|la)\s+|l['’])[^,;:()]{1,40}?\s(?:of|de|du|d['’])\s*$/iu;

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
  // "X chasse Y de Gao et s’empare…": a short prepositional phrase may end the first verb's object; "joined X in 2012,
  // then defected to Y": a date too.
  /^(?:\s+(?:de|du|des|d['’]|from|in|at|near|to|on|en|à|au|aux|dans|près\s+de)\s*(?:[\p{L}\p{N}'’-]+\s+){0,3}?[\p{L}\p{N}'’-]+)?\s*,?\s*(?:and|et|puis|then|before|after|avant\s+d[e'’]|apr[èe]s\s+avoir|sans)\s+(?:(?:then|also|later|subsequently|aussi|ensuite|ont|a|has|have|had)\s+)*$/iu;

/** The subject of the clause an actor stands in: the first actor of the sentence when no clause break lies between. */
export function clauseSubject(view: SentenceView, within: Mention): Mention | undefined {
  const first = view.actors[0];
  if (!first || first.start >= within.start) return undefined;
  if (CLAUSE_BREAK.test(view.text.slice(first.end - view.start, within.start - view.start))) return undefined;
  return first;
}

/** A trigger whose agent follows "by"/"par" ("backed by", "soutenu par"): passive already, whatever stands before it. */
const BY_AGENT_TRIGGER = /^[\p{L}-]+\s+(?:by|par)\s/u;

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
