/**
 * Fighting somewhere as a habit: "has repeatedly fought X across the Gourma since 2020", "fought mostly in the Ménaka
 * region", "has been fighting X around Ménaka for years", « multiplie les attaques dans la région de Mopti », "fights X
 * along the border". One fight at a place is an event (relation-activities.ts leaves it out); a fight the clause marks
 * as repeated, lasting or habitual says where the group operates, and for a mutual fight where its enemy does too.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { locatedPlaces } from './locative.js';
import { actorsAfter, actorsBefore, CLAUSE_BREAK, matchesIn, placeReadings, type SentenceView } from './sentence-view.js';

type Trigger = { start: number; end: number };

const B = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;

/** Verbs of fighting and raiding; `mutual` ones put the enemy named as their object in the place as well. */
const FIGHT = new RegExp(
  String.raw`${B}(?:(?:fight(?:s|ing)?|fought|clash(?:es|ed|ing)?|battl(?:es|ed|ing)|combat(?:tu|tent|tait|taient)?|affront(?:e|ent|é|ait|aient|èrent)|s['’]affront(?:e|ent|ait|aient|èrent))|wag(?:es|ed)\s+(?:open\s+)?war\s+on|attack(?:s|ed|ing)?|raid(?:s|ed|ing)?|attaqu(?:e|ent|ait|aient)|multipli(?:e|ent|ait|aient)\s+les\s+(?:attaques|raids|embuscades|incursions|exactions|offensives))${E}`,
  'giu',
);

/** Words that make a fight a habit: repetition, duration, a start in the past with no end, a usual place. */
export const HABIT =
  /(?<![\p{L}])(?:repeatedly|regularly|routinely|often|frequently|constantly|mostly|mainly|chiefly|largely|usually|for\s+(?:years|months|decades|several\s+years)|ever\s+since|since\s+(?:then|(?:early|late|mid-?)?\s*\d{4})|from\s+(?:early|late|mid-?)?\s*\d{4}|has\s+been|have\s+been|multipli\p{L}+|r[ée]guli[èe]rement|souvent|fr[ée]quemment|sans\s+cesse|[àa]\s+plusieurs\s+reprises|de\s+longue\s+date|depuis\s+(?:des\s+ann[ée]es|plusieurs|lors|(?:le\s+d[ée]but\s+de\s+)?\d{4}))(?![\p{L}])/iu;

/**
 * An English verb in the simple present, which states a habit when the sentence gives no date of an incident. Not the
 * French present, which dispatches and headlines use to tell one incident (« le FLN affronte l’armée près de Gao »).
 */
const PRESENT = /^(?:fights|clashes|battles|attacks|raids|wages)(?![\p{L}])/iu;

/** Between a mutual verb and its enemy: an adverb, "with", "against", "contre", an article. */
const ENEMY_GAP = /^\s+(?:\p{Ll}+(?:ment|ly)\s+)?(?:(?:with|against|avec|contre)\s+)?(?:(?:the|le|la|les|l['’]|des)\s*)?$/iu;

/** `[group, place, trigger]` for each group a habitual fight places, with its enemy when the fight is mutual. */
export function habitualFightPlaces(view: SentenceView): [Mention, Mention, Trigger][] {
  const out: [Mention, Mention, Trigger][] = [];
  for (const at of matchesIn(view, FIGHT)) {
    const subjects = actorsBefore(view, at.start).filter(isGroup);
    if (subjects.length === 0) continue;
    const mutual = /^(?:fight|fought|clash|battl|combat|affront|s['’]affront)/iu.test(at.text);
    const after = mutual ? actorsAfter(view, at.end, 40) : [];
    const enemies = after[0] && ENEMY_GAP.test(gapBefore(view, at.end, after[0])) ? after.filter(isArmed) : [];
    const from = enemies.at(-1)?.end ?? at.end;
    const places = placesPast(view, from).filter((p) => !CLAUSE_BREAK.test(view.text.slice(at.end - view.start, p.start - view.start)));
    const last = places.at(-1);
    if (!last) continue;
    // The clause up to a few words after the place, where "for years" or "ever since" may stand; "Since then it…" opens it.
    const opening =
      view.text
        .slice(0, at.start - view.start)
        .split(/[;:]/u)
        .at(-1) ?? '';
    const clause =
      opening + view.text.slice(at.start - view.start, last.end - view.start) + (view.text.slice(last.end - view.start).split(CLAUSE_BREAK)[0] ?? '');
    const habitual = HABIT.test(clause) || (PRESENT.test(at.text) && view.dates.every((d) => d.role === 'since'));
    if (!habitual) continue;
    for (const group of [...subjects, ...enemies]) for (const place of places) out.push([group, place, at]);
  }
  return out;
}

/**
 * The places of a place phrase after an offset, as locatedPlaces reads them, past a word of direction or extent before
 * the name ("across the eastern Gourma", "in the whole Ménaka region").
 */
function placesPast(view: SentenceView, from: number): Mention[] {
  const place = placeReadings(view).find((m) => m.start >= from);
  const adjective = place ? EXTENT_BEFORE.exec(view.text.slice(from - view.start, place.start - view.start)) : null;
  if (!place || !adjective) return locatedPlaces(view, from, 60);
  const cut = place.start - view.start - adjective[0].length;
  const text = view.text.slice(0, cut) + ' '.repeat(adjective[0].length) + view.text.slice(place.start - view.start);
  return locatedPlaces({ ...view, text }, from, 60);
}
const EXTENT_BEFORE = /(?<=\s)(?:eastern|western|northern|southern|central|whole|entire|wider|greater)\s+$/iu;

// A state's army that a group fights is not said to operate where the group does: annotators place the group alone.
const isArmed = (m: Mention) => m.type === 'armed_group' || m.type === 'coalition';
const isGroup = (m: Mention) => m.type !== 'community' && m.type !== 'person' && m.type !== 'state';
const gapBefore = (view: SentenceView, from: number, m: Mention) => view.text.slice(from - view.start, m.start - view.start);
