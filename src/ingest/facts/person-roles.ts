/**
 * A person's role in a group, read from the noun phrase that gives it: "Ahmad Al Faqi, another member of Ansar Dine",
 * "Ag Asriw is a senior member of the GATIA", "X, one of the senior military commanders of JNIM", "X, a Malian army
 * officer", "X, le directeur de la division des droits de l’homme de la Minusma", "AQIM's emir, X". Persons new to the
 * dataset are mostly introduced so, with any adjectives and a chain of "of" phrases the trigger table's fixed phrasings
 * do not foresee. The role noun says the type: a member, officer, spokesman or deputy is `member_of`, a commander
 * `commands`, a leader, emir or head `leads`, a founder `founded`. A place right after the role ("a JNIM commander in the
 * Kidal region", « un chef du JNIM dans la région de Mopti ») is where the group operates.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { validOf, type ExtractedRelation } from './extract-relations.js';
import { denied } from './relation-denial.js';
import type { SentenceView } from './sentence-view.js';

type RoleType = 'member_of' | 'commands' | 'leads' | 'founded';

const ROLES: readonly [RegExp, RoleType][] = [
  [
    /^(?:members?|membres?|officers?|officiers?|officials?|cadres?|fighters?|combattants?|militants?|spokes(?:man|woman|person)|porte-parole|directors?|directeur|directrice|representatives?|représentante?|negotiators?|négociateur|envoy|advis[eo]rs?|conseill(?:er|ère)|ideologues?|idéologue|recruiters?|recruteur|deput(?:y|ies)|adjoints?)$/iu,
    'member_of',
  ],
  [/^(?:commanders?|commandants?|chef\s+militaire)$/iu, 'commands'],
  [/^(?:leaders?|heads?|chiefs?|emirs?|émirs?|chefs?|dirigeante?s?|secretary-general|secrétaire\s+général)$/iu, 'leads'],
  [/^(?:founders?|co-?founders?|fondat(?:eur|rice)s?|cofondat(?:eur|rice)s?)$/iu, 'founded'],
];
const ROLE_WORDS = String.raw`(?:chef\s+militaire|secrétaire\s+général|[\p{L}-]+)`;

/** Kinds of actor a person can hold a role in. */
const GROUPS = new Set(['armed_group', 'coalition', 'state_force', 'international_force', 'other_org', 'international_org']);

/** What opens a role phrase after the person: an apposition, a copula, "better known as X,", "who became". */
const COPULA = String.raw`(?:is|was|became|remains|has\s+been|est|était|fut|devint|est\s+devenu|reste)\s+`;
const OPENING = new RegExp(
  String.raw`^(?:\s*,\s*(?:(?:better\s+known\s+as|known\s+as|alias|dit|surnommé)\s+[^,]{1,40},\s*)?(?:${COPULA})?|\s+${COPULA})`,
  'iu',
);
const RELATIVE = /^\s*,?\s*(?:who|qui)\s+(?:is|was|became|has\s+become|had\s+become|est|était|fut|est\s+devenu|était\s+devenu)\s+/iu;
const DETERMINER = String.raw`(?:an?|the|another|one\s+of\s+the|le|la|l['’]|un|une|un\s+autre|une\s+autre|l['’]une?\s+des)\s+`;
const ADJECTIVES = String.raw`(?:[\p{Ll}-]+\s+){0,3}?`;
/** "member of", "directeur de la division des droits de l’homme de la": the role and the "of" chain up to the group. */
const ROLE_OF = new RegExp(
  String.raw`^${DETERMINER}${ADJECTIVES}(?<role>${ROLE_WORDS})\s+(?:of|in|for|within|de|du|des|d['’]|au\s+sein\s+(?:de|du|des|d['’]))\s*(?:(?:the|la|le|les|l['’])\s*)?(?:(?:[\p{L}’'-]+\s+){1,2}(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?){0,4}$`,
  'iu',
);
/** "a JNIM commander", "a Malian army officer": the group named right before the role. */
// Adjectives only, no "of the": "a friend of the JNIM leader" is no leader.
const BEFORE_ROLE = new RegExp(String.raw`^${DETERMINER}(?:(?!(?:of|in|for|de|du|des|the|la|le|les|d)(?![\p{L}]))[\p{Ll}-]+\s+){0,2}$`, 'iu');
const ROLE_AFTER_GROUP = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)??(?<role>${ROLE_WORDS})(?![\p{L}-])`, 'iu');
/** "AQIM's emir, X", "the CSP spokesman, X": the role before the person. */
const OWNER_ROLE = new RegExp(String.raw`^['’]s\s+${ADJECTIVES}(?<role>${ROLE_WORDS})\s*,\s*$`, 'iu');

const roleType = (word: string): RoleType | undefined => ROLES.find(([re]) => re.test(word))?.[1];

/** The relations that role phrases give the persons of a sentence. */
export function personRoles(view: SentenceView): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const at = (offset: number) => offset - view.start;
  const actors = [...view.actors].sort((a, b) => a.start - b.start);
  const add = (type: RoleType, person: Mention, group: Mention, trigger: { start: number; end: number }) => {
    if (out.some((r) => r.type === type && r.from.id === person.id && r.to.id === group.id)) return;
    const valid = validOf(type, view);
    out.push({ type, from: person, to: group, sentence: view.index, trigger, ...(valid ? { valid } : {}) });
  };
  for (const [i, person] of actors.entries()) {
    if (person.type !== 'person') continue;
    // After the person: one role phrase, then perhaps "who became" another, up to the next person.
    let cursor = person.end;
    const next = actors.slice(i + 1).find((m) => m.type === 'person' && m.id !== person.id);
    const limit = Math.min(view.end, next?.start ?? view.end, person.end + 200);
    let opening = OPENING.exec(view.text.slice(at(cursor), at(limit)));
    while (opening) {
      cursor += opening[0].length;
      const found = roleAfter(view, actors, cursor, limit);
      if (!found) break;
      // The words before a role phrase may deny it as they deny a trigger ("was never", « n'a jamais été »).
      if (!denied(view, found.trigger.start)) {
        add(found.type, person, found.group, found.trigger);
        const place = placeAfter(view, found.end);
        if (place && ARMED.has(found.group.type) && found.type !== 'founded') operatesIn(out, view, found.group, place, found.trigger);
      }
      cursor = found.end;
      opening = RELATIVE.exec(view.text.slice(at(cursor), at(limit)));
    }
    // Before the person: "AQIM's emir, X".
    const owner = actors
      .slice(0, i)
      .reverse()
      .find((m) => GROUPS.has(m.type));
    if (owner) {
      const m = OWNER_ROLE.exec(view.text.slice(at(owner.end), at(person.start)));
      const type = m?.groups?.['role'] ? roleType(m.groups['role']) : undefined;
      if (m && type) add(type, person, owner, { start: owner.end, end: person.start });
    }
  }
  return out;
}

/** Groups whose fighters' posts say where they operate; a state's officers may serve anywhere. */
const ARMED = new Set(['armed_group', 'coalition']);
/** "in the", « dans la », « à »: a place right after a role phrase, before any other word. */
const IN_PLACE = /^\s+(?:in|dans|à|au)\s+(?:(?:the|la|le|les)\s+|l['’])?$/iu;

/** The place named right after a role phrase ending at `from`, if any. */
function placeAfter(view: SentenceView, from: number): Mention | undefined {
  const place = view.places.find((p) => p.start >= from);
  return place && IN_PLACE.test(view.text.slice(from - view.start, place.start - view.start)) ? place : undefined;
}

function operatesIn(out: ExtractedRelation[], view: SentenceView, group: Mention, place: Mention, trigger: { start: number; end: number }): void {
  if (out.some((r) => r.type === 'operates_in' && r.from.id === group.id && r.to.id === place.id)) return;
  const valid = validOf('operates_in', view);
  out.push({ type: 'operates_in', from: group, to: place, sentence: view.index, trigger, ...(valid ? { valid } : {}) });
}

/** The first role phrase starting at `from`, with the group it names and where it ends. */
function roleAfter(view: SentenceView, actors: readonly Mention[], from: number, limit: number) {
  const at = (offset: number) => offset - view.start;
  for (const group of actors) {
    if (group.start < from || group.start >= limit) continue;
    if (!GROUPS.has(group.type)) return undefined;
    const gap = view.text.slice(at(from), at(group.start));
    if (/[,;:()]/u.test(gap)) return undefined;
    const of = ROLE_OF.exec(gap);
    const ofType = of?.groups?.['role'] ? roleType(of.groups['role']) : undefined;
    if (of && ofType) return { type: ofType, group, trigger: { start: from, end: group.start }, end: group.end };
    if (BEFORE_ROLE.test(gap)) {
      const after = ROLE_AFTER_GROUP.exec(view.text.slice(at(group.end), at(limit)));
      const type = after?.groups?.['role'] ? roleType(after.groups['role']) : undefined;
      if (after && type) return { type, group, trigger: { start: from, end: group.end + after[0].length }, end: group.end + after[0].length };
    }
    return undefined;
  }
  return undefined;
}
