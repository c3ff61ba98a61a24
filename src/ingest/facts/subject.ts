/**
 * The document's subject, for the pronouns and definite descriptions that stand for it. Profile pages
 * state most facts about their subject as "it", "its", "the group", "le groupe" or "ses": those words
 * are read as the actor the page is about — the actor of the title or of the latest heading, replaced by
 * an actor a sentence puts in subject position (its first words) — and persons likewise for he/his/il.
 */
import type { Mention } from '../mentions/find-mentions.js';
import type { TaggedToken } from '../text/tagger.js';
import { announcedList } from './announced-lists.js';
import { PARTICIPLE_OPENING, type SentenceView } from './sentence-view.js';
import {
  armyPhrase,
  describedGroups,
  fitsGroupNoun,
  forwardSubject,
  isGroup,
  salientGroup,
  latterPhrase,
  listIn,
  objectClitic,
  openingActor,
  pluralPhrase,
} from './subject-phrases.js';
import {
  ATTRIBUTION,
  ADJECTIVES,
  ARMED,
  COALITION_NOUNS,
  COALITION_PLURALS,
  COPULAS,
  DEFINITE,
  DEMONSTRATIVE,
  FUSED,
  GROUP_NOUNS,
  GROUP_PRONOUNS,
  IMPERSONAL,
  KIN_NOUNS,
  KIN_POSSESSIVES,
  NUMBER_WORDS,
  PERSON_PRONOUNS,
  PLURAL_PRONOUNS,
  POSSESSIVE_WORDS,
  RELATIVES,
  SUBJECT_PRONOUNS,
} from './subject-words.js';

export { ATTRIBUTION };

/** A word or phrase of a sentence that stands for the subject, with the actor it stands for. */
export interface Anaphor {
  mention: Mention;
  /** Token indices of the phrase, inclusive. */
  first: number;
  last: number;
}

export class DocumentSubject {
  private group: Mention | undefined;
  private person: Mention | undefined;
  /** The last list of two or more groups named together ("A, B and C"), for "both" and "the two groups". */
  private plural: Mention[] = [];
  /** The group named last in an earlier sentence, for "that militia" and "ce mouvement". */
  private lastGroup: Mention | undefined;
  /** The state force named last ("the Malian Armed Forces", "les FAMa"), for "the army", "l’armée", "les militaires". */
  private stateForce: Mention | undefined;
  /** The two groups named last, for "these militias" or "les deux mouvements" when no list named them together. */
  private recentGroups: Mention[] = [];
  /** The coalitions named last, for "the two coalitions". */
  private recentCoalitions: Mention[] = [];
  /** The coalition named last, for "the coalition" when the document's subject is not one. */
  private lastCoalition: Mention | undefined;
  /** Whether the sentence just before named a coalition other than the subject: "la coalition" is then that one. */
  private coalitionJustNamed = false;
  /** The armed group or coalition named last, for "the group" in a document about a state force. */
  private lastArmed: Mention | undefined;
  /** The actor an apposition last gave a group noun ("X, the Dogon militia"), by noun, for "the militia" later. */
  private described = new Map<string, Mention>();
  /** The armed group or coalition that was last the subject, for "the group" once a force or a government opened a sentence. */
  private armedSubject: Mention | undefined;

  /** Whether the latest subject was a person ("Né à Kidal, X rejoint…", a portrait's title), for French "il". */
  private personSubject = false;
  /** Whether the title names a person first: a portrait, where "il" is mostly the person. */
  private portrait: boolean | undefined;

  /** The group a title heading at the top of the text names, if any. */
  private title: Mention | undefined;

  /** The actor named last, anaphors included, for "celui-ci", "ce dernier" at the start of the next sentence. */
  private lastNamed: Mention | undefined;

  /** The anaphors of a tagged sentence, each standing for the current subject. */
  anaphors(view: SentenceView, tokens: readonly TaggedToken[]): Anaphor[] {
    const out: Anaphor[] = [];
    // One walk over tokens and actors together (both in reading order), so a long sentence stays linear.
    const actors = view.actors;
    let next = 0;
    let lastPerson: Mention | undefined;
    let lastOther: Mention | undefined;
    // The word at token k, standing for m.
    const standsFor = (m: Mention, t: TaggedToken, k: number): void => {
      out.push({ mention: { ...m, start: t.start, end: t.end, surface: view.text.slice(t.start - view.start, t.end - view.start) }, first: k, last: k });
    };
    const inMention = (t: TaggedToken) => actors.some((m, i) => i >= next - 1 && i <= next && t.start < m.end && m.start < t.end);
    // An actor named earlier in the sentence comes first ("the MNLA and its rival"): the nearest one of a fitting kind.
    const before = (person: boolean) => (person ? lastPerson : lastOther);
    // Within a sentence, a list named before the phrase comes first ("A and B … both groups").
    // "the two groups" after a list of four means the two named last, not the list.
    const plural = (count: number | undefined) => {
      const before = listIn({ ...view, actors: actors.slice(0, next) });
      if (before.length >= 2 && (count === undefined || before.length === count)) return before;
      if (this.plural.length >= 2 && (count === undefined || this.plural.length === count)) return this.plural;
      return count === undefined || count === 2 ? this.recentGroups : [];
    };
    let skipTo = -1;
    const previousLast = this.lastNamed;
    const opening = openingActor(view, tokens);
    // "ces milices opèrent…, où elles affrontent": a plural pronoun after a plural phrase of the same sentence.
    let pluralHere: Mention[] = [];
    let sentenceSubject: Mention | undefined = opening && isGroup(opening) ? opening : undefined;
    const forward = forwardSubject(view);
    tokens.forEach((t, k) => {
      if (k <= skipTo) return;
      for (; next < actors.length && (actors[next] as Mention).end <= t.start; next++) {
        const m = actors[next] as Mention;
        if (m.type === 'person') lastPerson = m;
        else lastOther = m;
      }
      if (inMention(t)) return;
      // "Celui-ci opère…", "ce dernier": the actor named last, in this sentence or the one before.
      const latter = latterPhrase(tokens, k);
      const named =
        [lastPerson, lastOther]
          .filter((m) => m !== undefined)
          .sort((a, b) => a.end - b.end)
          .at(-1) ?? previousLast;
      if (latter > 0 && named) {
        const last = tokens[k + latter - 1] as TaggedToken;
        const surface = view.text.slice(t.start - view.start, last.end - view.start);
        out.push({ mention: { ...named, start: t.start, end: last.end, surface }, first: k, last: k + latter - 1 });
        skipTo = k + latter - 1;
        return;
      }
      // "three groups joined X: A, B and C": the counted phrase stands for each actor the colon announces.
      const announced = announcedList(view, tokens, k);
      if (announced) {
        const last = tokens[k + announced.length - 1] as TaggedToken;
        const surface = view.text.slice(t.start - view.start, last.end - view.start);
        for (const m of announced.members) out.push({ mention: { ...m, start: t.start, end: last.end, surface }, first: k, last: k + announced.length - 1 });
        skipTo = k + announced.length - 1;
        return;
      }
      // Before the proper-noun test: a tokeniser without a model tags a capitalised "Les" as one.
      const phrase = pluralPhrase(tokens, k);
      const count = NUMBER_WORDS[tokens[k + 1]?.lower ?? ''];
      // "the two coalitions", "les deux coordinations": the coalitions named last, not the groups of the last list.
      const coalitions =
        phrase > 0 && COALITION_PLURALS.has(tokens[k + phrase - 1]?.lower ?? '') ? this.coalitionsBefore(actors.slice(0, next), count ?? 2) : [];
      const members = phrase > 0 ? (coalitions.length >= 2 ? coalitions : plural(count)) : [];
      if (members.length >= 2) {
        const last = tokens[k + phrase - 1] as TaggedToken;
        const surface = view.text.slice(t.start - view.start, last.end - view.start);
        for (const m of members) out.push({ mention: { ...m, start: t.start, end: last.end, surface }, first: k, last: k + phrase - 1 });
        pluralHere = members;
        this.plural = members;
        skipTo = k + phrase - 1;
        return;
      }
      // ", itself linked to…", ", lui-même…": an intensifier after a comma stands for the noun phrase just before the
      // comma, which is an actor only when an actor's name ends there.
      if (t.lower === 'itself' || t.lower === 'lui-même' || t.lower === 'elle-même') {
        const comma = tokens[k - 1];
        if (comma?.lower === ',') {
          const head = actors.find((m) => m.end <= comma.start && comma.start - m.end <= 1);
          if (head) standsFor(head, t, k);
          return;
        }
      }
      // "à son tour", "à leur tour": an idiom, standing for no one.
      if (tokens[k + 1]?.lower === 'tour') return;
      // "Bilal en est le chef", "A et B en sont membres": the clitic "en" before a copula stands for the group the text
      // is about, never for the actor the clause opens with (that one holds the noun).
      const copula = tokens[k + 1]?.lower ?? '';
      if (t.lower === 'en' && (COPULAS.has(copula) || ((copula === 'a' || copula === 'ont') && tokens[k + 2]?.lower === 'été'))) {
        const held = lastOther ?? lastPerson;
        const referent = [this.group, this.lastGroup].find((g) => g && g.id !== held?.id);
        if (referent) standsFor(referent, t, k);
        return;
      }
      // "Ansarul Islam, qui lui est rattaché", "Le GATIA, une milice imghad, lui est allié": a dative clitic before a
      // copula stands for the group named before the clause's subject in the sentence, or else the group the text is about.
      if ((t.lower === 'lui' || t.lower === 'leur') && COPULAS.has(copula)) {
        // "Le GATIA, une milice imghad, lui…": a community describing the subject is not the subject.
        const held = actors.findLast((m) => m.end <= t.start && m.type !== 'community' && m.type !== 'person');
        // "Selon la CMA, le GATIA lui est hostile": the source a clause is attributed to holds no tie in it.
        const earlier =
          held &&
          actors.findLast(
            (m) =>
              m.end <= held.start &&
              m.id !== held.id &&
              isGroup(m) &&
              !ATTRIBUTION.test(view.text.slice(Math.max(0, m.start - view.start - 16), m.start - view.start)),
          );
        const referent = earlier || [this.group, this.lastGroup].find((g) => g && g.id !== held?.id);
        if (referent) standsFor(referent, t, k);
        return;
      }
      // "X l’a dirigé", "qui le dirige toujours": a French object clitic before a verb stands for the group the text is
      // about, never for the clause's subject.
      if (objectClitic(tokens, k)) {
        const held = lastPerson ?? lastOther;
        const referent = [this.group, this.lastGroup].find((g) => g && g.id !== held?.id);
        if (referent) standsFor(referent, t, k);
        return;
      }
      if (PLURAL_PRONOUNS.has(t.lower) && pluralHere.length >= 2 && !['their', 'leur', 'leurs'].includes(t.lower)) {
        for (const m of pluralHere) standsFor(m, t, k);
        return;
      }
      // "the army", "l’armée", "les militaires": the state force the document named last.
      const army = armyPhrase(tokens, k);
      if (army > 0 && this.stateForce) {
        const last = tokens[k + army - 1] as TaggedToken;
        if (!inMention(last)) {
          const surface = view.text.slice(t.start - view.start, last.end - view.start);
          out.push({ mention: { ...this.stateForce, start: t.start, end: last.end, surface }, first: k, last: k + army - 1 });
          skipTo = k + army - 1;
          return;
        }
      }
      const word = DEFINITE.has(t.lower) || GROUP_PRONOUNS.has(t.lower) || PLURAL_PRONOUNS.has(t.lower) || PERSON_PRONOUNS.has(t.lower);
      if (t.pos === 'PROPN' && !word) return;
      // "son frère", "sa sœur": French possessives agree with the noun, not the holder; kin is a person's.
      const kin = KIN_POSSESSIVES.has(t.lower) && KIN_NOUNS.has(tokens[k + 1]?.lower ?? '');
      // French "il" is a person's pronoun too: in a portrait, after a sentence a person opened, it stands for that person
      // (elsewhere "X dirige le groupe. Il…" is as often the group: measured, it lost more than it gained).
      const ilPerson = t.lower === 'il' && this.portrait === true && this.personSubject && this.person !== undefined;
      const person = PERSON_PRONOUNS.has(t.lower) || kin || ilPerson;
      const group = !kin && !ilPerson && (GROUP_PRONOUNS.has(t.lower) || PLURAL_PRONOUNS.has(t.lower));
      // "Since its founding in 2017, JNIM has…", "Depuis sa création, le FLN…", "Under his leadership, X…": a pronoun in
      // an opening phrase points forward to the subject right after the phrase's comma.
      if ((person || group) && forward && t.start < forward.start && !PLURAL_PRONOUNS.has(t.lower) && (forward.type === 'person') === person) {
        standsFor(forward, t, k);
        return;
      }
      // Plural pronouns are left alone: across sentences they mostly mean people, and within one ("A, B and C
      // conducted their own patrols") the actors they stand for are already named.
      // A subject pronoun further on in a sentence ("X clashed with Y, and it worked alongside Z") stands for the
      // sentence's subject, the pronoun or actor it opened with; a possessive ("X and its rival") for the nearest actor.
      // "l’AQMI, dont il est issu": a subject pronoun in a relative clause is not the clause's antecedent.
      const previous = tokens[k - 1]?.lower === '’' || tokens[k - 1]?.lower === "'" ? tokens[k - 2] : tokens[k - 1];
      // "l’armée et ses alliés": after "et" the possessive is the word's before it, which names no actor here.
      if (
        group &&
        POSSESSIVE_WORDS.has(t.lower) &&
        (previous?.lower === 'et' || previous?.lower === 'and') &&
        !actors.some((m) => m.end <= previous.start && previous.start - m.end <= 1)
      )
        return;
      const relative = SUBJECT_PRONOUNS.has(t.lower) && RELATIVES.has(previous?.lower ?? '');
      // The relative's antecedent, when an actor: "Gao, qu’il a prise" has a place for antecedent, so "il" may be the subject.
      const antecedent =
        relative && lastOther && previous && /^\s*,?\s*$/u.test(view.text.slice(lastOther.end - view.start, previous.start - view.start))
          ? lastOther
          : undefined;
      const opener =
        SUBJECT_PRONOUNS.has(t.lower) && k > 0
          ? relative
            ? [sentenceSubject, this.group].find((g) => g && g.id !== antecedent?.id)
            : sentenceSubject
          : undefined;
      // "À la différence d’Ansar Dine, il…", "Unlike X, it…": a pronoun right after an opening phrase's comma is the
      // sentence's subject, not an actor named inside that phrase.
      const fronted = SUBJECT_PRONOUNS.has(t.lower) && previous?.lower === ',' && !opening && view.text.indexOf(',') === previous.start - view.start;
      const near =
        person || group
          ? fronted
            ? person
              ? this.person
              : this.group
            : opener && opener.type !== 'person' && !person
              ? opener
              : relative
                ? undefined
                : before(person)
          : undefined;
      const subject = person || group ? (PLURAL_PRONOUNS.has(t.lower) ? undefined : (near ?? (person ? this.person : this.group))) : undefined;
      // "it is believed", "il y a", "il faut": impersonal, standing for nothing.
      if (subject && (t.lower === 'it' || t.lower === 'il') && IMPERSONAL.test(view.text.slice(t.end - view.start, t.end - view.start + 40).trimStart()))
        return;
      if (subject) {
        if (k <= 3 && !person) sentenceSubject = subject;
        standsFor(subject, t, k);
        return;
      }
      // "the new group", "ce nouveau groupe": one describing word may stand before the noun.
      const adjective =
        tokens[k + 1] && (tokens[k + 1]?.pos === 'ADJ' || ADJECTIVES.has(tokens[k + 1]?.lower ?? '')) && GROUP_NOUNS.has(tokens[k + 2]?.lower ?? '');
      const noun = tokens[k + (adjective ? 2 : 1)];
      const coalitionNoun =
        noun && COALITION_NOUNS.has(noun.lower) && (this.group?.type !== 'coalition' || this.coalitionJustNamed) ? this.lastCoalition : undefined;
      // "the group", "le groupe jihadiste" names an armed group, never the army or the government the document may be
      // about: then the armed group that was last a subject ("Operation Barkhane killed its leader. The group…"), else
      // the one named last.
      // An armed group named earlier in the sentence ("a JNIM commander … promised that the group…") comes before those.
      const subjectGroup = noun
        ? [this.group, this.described.get(noun.lower), before(false), this.armedSubject, this.lastArmed].find((g) => g && fitsGroupNoun(noun.lower, g))
        : undefined;
      // Within a sentence "the group" is the actor the sentence opened with, once a new clause has begun ("X took Kidal,
      // and the group then…"); not the subject of its own clause ("X s’est rallié au mouvement"), nor the actor named
      // last ("Allié à AQMI et à Ansar Dine, le groupe…" is neither of them).
      // "Ansar Dine, the group that…", "JNIM, la coalition dirigée par…": an apposition names the actor right before it.
      const closest = before(false);
      const apposed = closest && /^\)?\s*,\s*$/.test(view.text.slice(closest.end - view.start, t.start - view.start)) ? closest : undefined;
      const nearby =
        apposed ??
        (opening &&
        opening.end <= t.start &&
        /,\s*(?:and|et|puis|then|but|mais|while|tandis)\s|;/iu.test(view.text.slice(opening.end - view.start, t.start - view.start))
          ? opening
          : undefined);
      // It must be of the noun's kind: "la coalition" is no armed group, "the group" no state.
      const agrees = nearby && noun && (COALITION_NOUNS.has(noun.lower) ? nearby.type === 'coalition' : isGroup(nearby) || nearby.type === 'coalition');
      const referent =
        noun && ((agrees ? nearby : undefined) ?? coalitionNoun ?? (DEMONSTRATIVE.has(t.lower) ? (this.lastGroup ?? subjectGroup) : subjectGroup));
      if (referent && DEFINITE.has(t.lower) && noun && GROUP_NOUNS.has(noun.lower) && !inMention(noun)) {
        // "Le mouvement s’est installé à Gao…, puis il…": a definite phrase opening the sentence is its subject.
        if (k <= 1 && isGroup(referent)) sentenceSubject = referent;
        // "the group's", "the group said" — not "the group of"/"the movement for", which names another.
        const after = tokens[k + (adjective ? 3 : 2)]?.lower;
        if (after === 'of' || after === 'de' || after === 'du' || after === 'des' || after === 'for' || after === 'pour') return;
        // "le groupe Wagner", "the group Ansar Dine": the noun introduces the name that follows, it stands for no one.
        const named = tokens[k + (adjective ? 3 : 2)];
        if (named && /^\p{Lu}/u.test(view.text.slice(named.start - view.start, named.end - view.start))) return;
        const start = FUSED.has(t.lower) ? (tokens[k + 1] as TaggedToken).start : t.start;
        out.push({
          mention: { ...referent, start, end: noun.end, surface: view.text.slice(start - view.start, noun.end - view.start) },
          first: k,
          last: k + (adjective ? 2 : 1),
        });
      }
    });
    this.lastNamed =
      [...actors, ...out.map((a) => a.mention)]
        .filter((m) => m.type !== 'community')
        .sort((a, b) => a.end - b.end)
        .at(-1) ?? previousLast;
    return out;
  }

  /** The coalitions named last, in this sentence up to the phrase and before it, for "the two coalitions". */
  private coalitionsBefore(here: readonly Mention[], count: number): Mention[] {
    let recent = this.recentCoalitions;
    for (const m of here) if (m.type === 'coalition') recent = [...recent.filter((c) => c.id !== m.id), m];
    return recent.length >= count ? recent.slice(-count) : [];
  }

  /** After a sentence: a heading's actor, or an actor in subject position, becomes the subject. */
  update(view: SentenceView, tokens: readonly TaggedToken[]): void {
    for (const c of view.actors.filter((m) => m.type === 'coalition'))
      this.recentCoalitions = [...this.recentCoalitions.filter((m) => m.id !== c.id), c].slice(-4);
    this.stateForce = view.actors.findLast((m) => m.type === 'state_force') ?? this.stateForce;
    // The two groups named last, for "these militias" when no list named them together.
    for (const g of view.actors.filter(isGroup)) this.recentGroups = [...this.recentGroups.filter((m) => m.id !== g.id), g].slice(-2);
    const coalition = view.actors.findLast((m) => m.type === 'coalition');
    // "…affronté les combattants de la CMA. La coalition touarègue…": a coalition the sentence before named, when the
    // subject was not named with it.
    this.coalitionJustNamed = coalition !== undefined && !view.actors.some((m) => m.id === this.group?.id);
    this.lastCoalition = coalition ?? this.lastCoalition;
    this.lastArmed = view.actors.findLast((m) => m.type === 'armed_group' || m.type === 'coalition') ?? this.lastArmed;
    this.lastGroup = salientGroup(view) ?? this.lastGroup;
    for (const [noun, m] of describedGroups(view)) this.described.set(noun, m);
    const list = listIn(view);
    if (list.length >= 2) this.plural = list;
    const heading = !/[.!?…]["'’”)]*\s*$/.test(view.text) && view.text.length < 120;
    // "the Islamic State's Sahel branch": in a heading, a group before a possessive owns what the text is about.
    const firstGroup = view.actors.find((m) => isGroup(m) && !(heading && /^['’]s\b/u.test(view.text.slice(m.end - view.start))));
    if (heading && firstGroup) this.group = firstGroup;
    // The title's group is what the whole text is about: a section heading that names no actor ("Leadership and
    // base", "Direction et base") returns to it after a paragraph whose sentences were about another group.
    if (heading && firstGroup && this.title === undefined && view.index <= 2) this.title = firstGroup;
    if (heading && view.actors.length === 0 && this.title) this.group = this.title;
    const subject = openingActor(view, tokens);
    // "Allié à AQMI, le groupe…": an actor inside an opening participial phrase is not the sentence's subject.
    if (subject && isGroup(subject) && !PARTICIPLE_OPENING.test(view.text)) this.group = subject;
    if (subject?.type === 'person') this.person = subject;
    const first = view.actors.find((m) => m.type === 'person' || isGroup(m));
    // A sentence opened by an actor, or a heading, names whom "il" stands for next.
    const opener = subject && (subject.type === 'person' || isGroup(subject)) ? subject : heading ? first : undefined;
    if (opener) this.personSubject = opener.type === 'person';
    if (heading && view.index <= 2 && first) this.portrait ??= first.type === 'person';
    if (!this.person) this.person = view.actors.find((m) => m.type === 'person');
    if (!this.group && firstGroup) this.group = firstGroup;
    if (this.group && ARMED.has(this.group.type)) this.armedSubject = this.group;
  }
}
