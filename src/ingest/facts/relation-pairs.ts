import type { RelationType } from '../../core/vocab/relation-types.js';
import type { Mention } from '../mentions/find-mentions.js';
import { foundedAfterPartners, foundsActively } from './co-founders.js';
import { reportedClause } from './reported-clause.js';
import { alongsideMembers, joinedWithin, mergedToForm } from './co-members.js';
import type { RelationPattern } from './relation-patterns.js';
import { actorsAfter, actorsBefore, clauseSubject, type SentenceView } from './sentence-view.js';

const adjacent = (view: SentenceView, end: number, start: number, max: number) =>
  start >= end && start - end <= max && /^[\s'’s,]*$/.test(view.text.slice(end - view.start, start - view.start));

/** Pairs of [from, to] a pattern finds around a trigger, with the relation type when it is not the pattern's. */
export function pairs(pattern: RelationPattern, view: SentenceView, at: { start: number; end: number }): [Mention, Mention, RelationType?][] {
  // After the trigger, the nearest actor of a kind the pattern accepts ("created the Tuareg-dominated
  // group Ansar Dine" names Ansar Dine); before it, the nearest actor or none, since skipping back
  // past the subject finds the wrong one ("X believe that Tuaregs loyal to Y…").
  const afterKinds = pattern.voice === 'passive' ? pattern.fromKinds : pattern.toKinds;
  const before = () => actorsBefore(view, at.start);
  const after = () =>
    pastCommunity(
      view,
      actorsAfter(view, at.end, 60, (m) => kindFits(afterKinds, m)),
    );
  switch (pattern.voice) {
    case 'active': {
      // "A, B et la branche saharienne de C": a relational noun after "et"/"and" is an item of a list, not a predicate.
      if (
        /^(?:branche|branch|membre|member|composante|component|fondat|founder|chef|leader|dirigeant)/iu.test(view.text.slice(at.start - view.start)) &&
        /(?:^|\s)(?:et|and)\s+(?:(?:la|le|les|the|une?|an?)\s+|l['’])(?:[\p{L}-]+\s+)?$/iu.test(view.text.slice(0, at.start - view.start))
      )
        return [];
      // "X fights Y alongside Z", "X combat Y aux côtés de Z, avec l’appui de W": an adverbial phrase goes with the
      // clause's subject, not with the object named just before it.
      const adverbial = ADVERBIAL.test(view.text.slice(at.start - view.start, at.end - view.start));
      const near = before();
      const clause = adverbial && near[0] ? clauseSubject(view, near[0]) : undefined;
      const heads = clause ? [clause] : adverbial && near[0] ? relativeAntecedents(view, near[0]) : [];
      const subjects = heads.length > 0 && !heads.some((h) => near.includes(h)) ? heads : near;
      // "X l’a fondé", "qui le dirige": the object clitic before the verb is the relation's other end; the subject precedes it.
      const clitic = subjects.length === 1 && OBJECT_CLITIC.test(subjects[0]?.surface ?? '') ? subjects[0] : undefined;
      if (clitic && /^['’]?\s*(?:(?:a|ont|avait|avaient|aurait)\s+)?$/u.test(view.text.slice(clitic.end - view.start, at.start - view.start)))
        return actorsBefore(view, clitic.start).map((f) => [f, clitic] as [Mention, Mention]);
      // "the group that Amadou Traore founded": an object relative clause; the relation's `to` is the noun it qualifies.
      const only = subjects.length === 1 ? subjects[0] : undefined;
      if (only && OBJECT_RELATIVE_GAP.test(view.text.slice(only.end - view.start, at.start - view.start))) {
        // "Long Name (ACR)" is one subject: the clause opens before the long name.
        const named =
          view.actors.find((m) => m.id === only.id && m.end <= only.start && /^\s*\(\s*$/.test(view.text.slice(m.end - view.start, only.start - view.start))) ??
          only;
        const lead = view.text.slice(0, named.start - view.start);
        if (/(?:^|\s)(?:that|which|whom|que|qu['’])\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu.test(lead) && !reportedClause(lead)) {
          const object = view.actors.findLast((m) => m.end <= named.start && named.start - m.end <= 70 && kindFits(pattern.toKinds, m));
          return object ? [[only, object]] : [];
        }
      }
      const joinedIn = pattern.type === 'member_of' ? joinedWithin(view, at, after()) : undefined;
      if (joinedIn) return [...subjects, ...joinedIn.others].map((f) => [f, joinedIn.whole] as [Mention, Mention]);
      const partnered = pattern.type === 'founded' ? foundedAfterPartners(view, at) : undefined;
      if (partnered) return [...subjects, ...partnered.partners].map((f) => [f, partnered.founded] as [Mention, Mention]);
      const formed = pattern.type === 'merged_into' ? mergedToForm(view, at, after()) : undefined;
      if (formed) return [...subjects, ...formed.others].map((f) => [f, formed.whole] as [Mention, Mention]);
      // "member of Y, alongside A and B": A and B are fellow members (alongsideMembers), not allies of the subject.
      if (adverbial && near[0] && alongsideMembers(view).some(([m]) => m.start >= at.end && m.start - at.end <= 30)) return [];
      const found = subjects.flatMap((f) => after().map((t) => [f, t] as [Mention, Mention]));
      return pattern.type === 'founded' ? found.filter(([f, t]) => foundsActively(view, subjects, f, t, at)) : found;
    }
    case 'passive': {
      const agents = after();
      // "Algeria backed the peace deal between A and B": an actor inside a phrase after a non-actor object is not the one backed.
      const first = agents[0];
      if (pattern.type === 'supported_by' && first && OBJECT_PHRASE.test(view.text.slice(at.end - view.start, first.start - view.start))) return [];
      // "formed by the movements of the CSP": a group founds as the agent itself, not through a part of it named before it;
      // "launched in 2013 and backed by X": the agent of the second participle did not found the group.
      if (
        pattern.type === 'founded' &&
        first &&
        first.type !== 'person' &&
        (!/^\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu.test(view.text.slice(at.end - view.start, first.start - view.start)) ||
          /\s(?:and|et)\s/iu.test(view.text.slice(at.start - view.start, at.end - view.start)))
      )
        return [];
      // "renamed Islamic State Sahel Province": a known name that goes on is only the start of a new name, not that actor.
      const named = pattern.type === 'successor_of' ? agents.filter((m) => !NAME_GOES_ON.test(view.text.slice(m.end - view.start))) : agents;
      return named.flatMap((f) => pastDescribingCommunity(view, pattern, at).map((t) => [f, t] as [Mention, Mention]));
    }
    case 'members': {
      // The whole is named right before ("JNIM, a coalition of …"), not across another party ("between X and the coalition of …").
      // "The Union, a coalition created in 2014, brings together…": an apposition may stand between the whole and the trigger.
      // A person has no members: "The coalition, formed under the leadership of X, brings together…" lists the coalition's.
      const apposedWhole = view.actors.findLast(
        (m) => m.type !== 'person' && m.end <= at.start && APPOSED_BEFORE_TRIGGER.test(view.text.slice(m.end - view.start, at.start - view.start)),
      );
      const whole =
        actorsBefore(view, at.start, 40)
          .filter((m) => m.type !== 'person' && !/\s(?:and|et|between|entre)\s/i.test(view.text.slice(m.end - view.start, at.start - view.start)))
          .at(-1) ?? apposedWhole;
      const listed = actorsAfter(view, at.end);
      // Communities a group is made of are its base ("made up of Songhai and Fulani fighters"), wherever they stand in the clause.
      const clauseEnd = view.text.slice(at.end - view.start).search(/[;:!?]|\.\s/);
      // "includes Arab and Songhai militias" lists members by their communities; it does not say what the whole is made of.
      const listing = /includ|compris|compren|rassembl|f[ée]d[èée]r|englob|unites|groups\s+together/iu.test(
        view.text.slice(at.start - view.start, at.end - view.start),
      );
      const bases = view.actors.filter(
        (m) => !listing && m.type === 'community' && m.start >= at.end && m.start - at.end <= 60 && (clauseEnd < 0 || m.start - at.end < clauseEnd),
      );
      // "composed of former X fighters" says where fighters came from, not which groups are members.
      const members = listed.filter(
        (m) =>
          m.type !== 'community' &&
          !/(?:ex-|former\s+|anciens?\s+)$/i.test(view.text.slice(Math.max(0, m.start - view.start - 8), m.start - view.start)) &&
          !/^\s*(?:fighters|members|militants|elements|combatants|defectors)/i.test(view.text.slice(m.end - view.start)),
      );
      if (!whole) {
        // "a coalition of A, B and C" with no name for the coalition: its members are allies.
        if (!/coalition|alliance/i.test(view.text.slice(at.start - view.start, at.end - view.start))) return [];
        const out: [Mention, Mention, RelationType?][] = [];
        for (let i = 0; i < members.length; i++)
          for (let j = i + 1; j < members.length; j++) out.push([members[i] as Mention, members[j] as Mention, 'allied_with']);
        return out;
      }
      return [
        ...members.map((f) => [f, whole] as [Mention, Mention]),
        ...(whole.type === 'community' ? [] : bases.map((b) => [whole, b, 'based_on_community'] as [Mention, Mention, RelationType])),
      ];
    }
    case 'compound': {
      const to = view.actors.find((m) => m.end === at.start);
      const from = actorsAfter(view, at.end, 40)[0];
      return to && from ? [[from, to]] : [];
    }
    case 'title': {
      const group = view.actors.filter((m) => adjacent(view, m.end, at.start, 4)).at(-1);
      const person = view.actors.find((m) => adjacent(view, at.end, m.start, 3) && m.type === 'person');
      if (group && person) return [[person, group]];
      // "the commander of <group> <person>": the person follows the group named after "of".
      const ofGroup = view.actors.find(
        (m) => m.start >= at.end && /^\s+(?:of|de|du|des)\s+(?:the\s+|la\s+|l['’])?$/i.test(view.text.slice(at.end - view.start, m.start - view.start)),
      );
      const after = ofGroup && view.actors.find((m) => m.type === 'person' && m.start >= ofGroup.end && m.start - ofGroup.end <= 8);
      return ofGroup && after ? [[after, ofGroup]] : [];
    }
    case 'mutual': {
      const subjects = before();
      return subjects.length > 1 ? everyPair(subjects) : [];
    }
    case 'pairwise': {
      const b = before();
      const a = after();
      // "ambushed a joint patrol near X": a noun phrase whose parties are not named pairs no one with the subject.
      const object = /(?:^|\s)(?:a|an|the|une?|la|le|les|des)\s+$/iu.test(view.text.slice(Math.max(0, at.start - view.start - 6), at.start - view.start));
      // "a joint patrol of A and B" pairs the parties named after it, and only them.
      const named = /^\s*(?:of|de|du|des|between|entre)\s/iu.test(view.text.slice(at.end - view.start));
      if (object && b.length === 1 && a.length > 0) return named ? everyPair(a) : [];
      // "L’alliance, dont les trois pays sont membres", "the alliance, which…": the noun names a body, whose clause
      // follows; it pairs no one.
      const definite = /(?:^|[\s(])(?:the|la|le|l['’])\s*$/iu.test(view.text.slice(Math.max(0, at.start - view.start - 6), at.start - view.start));
      if (definite && /^\s*,/u.test(view.text.slice(at.end - view.start))) return [];
      // Actors named together before the trigger act together; otherwise the trigger pairs those around it.
      return everyPair(b.length > 1 ? b : b.length > 0 && a.length > 0 ? [...b, ...a] : a);
    }
  }
}

/**
 * "combat les milices touareg du GATIA et du MSA", "fought the Tuareg militias of GATIA and the MSA": a community that
 * describes a group noun whose owners follow after "of"/"du" is no object; the groups named after it are.
 */
function pastCommunity(view: SentenceView, found: Mention[]): Mention[] {
  const community = found.at(-1);
  if (!community || !found.every((m) => m.type === 'community')) return found;
  const owner = view.actors.find((m) => m.start >= community.end && m.type !== 'community');
  if (
    !owner ||
    !/^\s+(?:[\p{Ll}-]+\s+)?(?:of|du|de|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?$/iu.test(
      view.text.slice(community.end - view.start, owner.start - view.start),
    )
  )
    return found;
  return actorsAfter(view, owner.start, 0, (m) => m.type !== 'community');
}

/**
 * « la milice dogon dirigée par X », "the Fulani-led militia founded by X": a community adjective inside the noun phrase
 * the participle qualifies is no end of a tie it cannot hold; the actor the noun phrase stands beside is.
 */
function pastDescribingCommunity(view: SentenceView, pattern: RelationPattern, at: { start: number }): Mention[] {
  const found = actorsBefore(view, at.start, 90, true);
  const community = found.length === 1 ? found[0] : undefined;
  if (!community || community.type !== 'community' || kindFits(pattern.toKinds, community)) return found;
  if (/[,;:()]/.test(view.text.slice(community.end - view.start, at.start - view.start))) return found;
  return actorsBefore(view, community.start, 90, true).filter((m) => m.type !== 'community');
}

/** A preposition between a verb and the actor after it: the actor qualifies the verb's object ("the deal between A and B"). */
const OBJECT_PHRASE = /(?:^|\s)(?:between|of|for|against|with|to|on|over|entre|de|du|des|d['’]|pour|contre|avec|sur|à|au|aux)\s/iu;

/** A capitalised word, or "au Sahel", "of the Sahel", after a name: the name is longer than the actor found. */
const NAME_GOES_ON = /^\s+(?:(?:au|aux|du|de|des|d['’]|of|in|for|pour)\s+(?:the\s+|l['’]|la\s+)?)?\p{Lu}/u;

/** ", a coalition created in Kidal in 2014, " right before a trigger: an apposition closed by its comma. */
const APPOSED_BEFORE_TRIGGER =
  /^(?:\s*\([^()]{1,20}\))?\s*,\s+[^,;:()]{1,90},\s*(?:(?:which|that|qui)\s+)?(?:(?:now|still|also|today|d[ée]sormais|aussi)\s+)?$/iu;

/** The surface of a French object clitic that subject.ts read as the group the text is about. */
const OBJECT_CLITIC = /^(?:l|le|la)$/iu;

function everyPair(all: readonly Mention[]): [Mention, Mention][] {
  const out: [Mention, Mention][] = [];
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) out.push([all[i] as Mention, all[j] as Mention]);
  return out;
}

/** Between the subject of an object relative and its verb: nothing, or an adverb ("which the CMI later joined"). */
const OBJECT_RELATIVE_GAP =
  /^\)?\s*(?:(?:a|ont|avait|avaient|has|have|had)\s+)?(?:(?:\p{Ll}+ly|later|then|also|soon|ensuite|aussi|plus\s+tard|alors|d[ée]j[àa])\s+)?$/u;

/** "A et B, qui avaient combattu X aux côtés de Y": the subject of a relative clause is the actor (or list) before its pronoun. */
function relativeAntecedents(view: SentenceView, within: Mention): Mention[] {
  const lead = view.text.slice(0, within.start - view.start);
  const pronoun = [...lead.matchAll(/\s*,?\s*(?:qui|which|who)\s/giu)].at(-1);
  if (!pronoun) return [];
  const at = view.start + pronoun.index;
  return view.actors.some((m) => m.end <= at && at - m.end <= 2) ? actorsBefore(view, at, 2) : [];
}

const ADVERBIAL =
  /^(?:alongside|together\s+with|aux\s+c[ôo]t[ée]s|with\s+the\s+(?:support|backing|help)|with\s+(?:support|backing)|avec\s+l['’]appui|avec\s+le\s+soutien|in\s+coordination|en\s+coordination)/iu;

/** Whether a mention is of one of the kinds a pattern accepts (any kind when it names none). */
export function kindFits(kinds: readonly string[] | undefined, m: Mention): boolean {
  return kinds === undefined || kinds.includes(m.type);
}
