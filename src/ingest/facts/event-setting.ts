/**
 * Where a trigger's event happened, and the type that place or what was left gives it: leaving a base or a region is a
 * withdrawal, a town taken back by the state is regained, a capture's noun must name the place, and destruction with no
 * armed men named is no looting.
 */
import type { Mention } from '../mentions/find-mentions.js';
import type { EventType } from '../../core/vocab/event-types.js';
import type { EventPattern } from './event-patterns.js';
import { WIDE, placeFor, unknownTownAt } from './event-place.js';
import { WITHDREW, leftWhat } from './event-leaving.js';
import { ARMED_AGENT, armedAgentNear, regainedByTheState } from './event-agents.js';
import { PASSIVE_STRUCK } from './not-an-incident.js';
import { isCoupArrest } from './coups.js';
import { strikesMilitaryObject } from './victims.js';
import type { SentenceView } from './sentence-view.js';
import type { ExtractedParticipant, TriggerAt } from './extracted-event.js';

/** "seizure of", "capture of", "prise de": a noun whose complement must be the place itself ("seizure of a drug convoy" is none). */
const NOMINAL_CAPTURE = /(?:of|de|du|d['’])$/iu;
const PLACE_COMPLEMENT =
  /^\s*(?:(?:the|la|le|les|l['’])\s*)?(?:(?:[\p{L}-]+\s+){0,2}(?:town|city|village|camp|base|garrison|ville|localit[ée]|garnison)\s+(?:of|de|d['’])\s*)?$/iu;
const LEFT_BASE =
  /^\s+(?:(?:its|their|the|his|sa|son|ses|leur|leurs|la|le|les|l['’])\s*)?(?:[\p{L}-]+\s+)?(?:bases?|camps?|garrisons?|emprises?|positions?)(?![\p{L}])/iu;
/** "entered Kidal", "sont entrés dans Gao": forces of the state coming back; armed men entering a town are an attack's prelude. */
const ENTERED = /entered|entr[ée]e?s|investi/iu;
/** "le vol de bétail", "cattle rustling": a noun may name a scourge, not an act, when no one is named. */
const LOOT_NOUN =
  /^(?:vols?|pillages?|saccages?|razzias?|incendies?|destructions?|looting|pillaging|ransacking|plundering|sacking|torching|burning|destruction|cattle|livestock|theft)(?![\p{L}])/iu;
const FOUGHT_AGAINST =
  /(?:lutter|lutte|combattre|fight(?:ing)?|combat(?:ing)?|against|contre|prevent(?:ing)?|emp[êe]cher|pr[ée]venir|curb(?:ing)?|stop(?:ping)?)\s+(?:contre\s+)?(?:le|la|les|l['’]|the)?\s*$/iu;
const NATURAL_TOO = /destr|d[ée]trui|d[ée]vast|ravag|incendies?\s|br[ûu]l|burn/iu;
// Not killing: "floods killed 20 people and destroyed 300 homes" tells no raid.
const AN_ATTACK = /(?<![\p{L}])(?:attack|assault|raid|ambush|offensive|attaqu|assaut|embuscade)/iu;

const DRIVEN_OUT_PEOPLE =
  /(?<![\p{L}])(?:residents|inhabitants|villagers|civilians|families|people|population|populations|herders|farmers|habitants|villageois|civils|familles|personnes|[ée]leveurs|agriculteurs)(?![\p{L}])/iu;
const OVERRAN = /^(?:overran|overruns|overrunning)$/iu;

type Placed = { place: Mention; precision: 1 | 2 | 3 };

/**
 * The place a dataset's mention gives (located), the place that also counts a town the dataset lacks (placed), and the
 * type they give; undefined when the trigger needs a place it lacks or the act is not armed men's.
 */
export function placeAndRetype(
  view: SentenceView,
  pattern: EventPattern,
  at: TriggerAt,
  framed: EventType,
  participants: ExtractedParticipant[],
): { type: EventType; located: Placed | undefined; placed: Placed | undefined } | undefined {
  let type = framed;
  // "overran the army post at Indelimane", "overran its positions near X": a post or a camp overrun is a battle won, not a
  // town taken (a camp "was overrun", told as the place that fell, stays a capture).
  if (type === 'town_captured' && OVERRAN.test(at.text) && strikesMilitaryObject(view.text.slice(at.end - view.start))) type = 'armed_clash';
  // "chassé des milliers d'habitants des communes de…", "drove thousands of residents out of": people displaced, no town taken.
  if (type === 'non_state_actor_overtakes_territory' && DRIVEN_OUT_PEOPLE.test(view.text.slice(at.start - view.start, at.end - view.start + 40)))
    return undefined;
  const located = placeFor(view, at, pattern.needsPlace === true || type === 'town_abandoned');
  // "attacked the village of Boni", "s’est emparé de Léré": a place the dataset lacks still places the incident for the
  // checks below (it is a town, named at the trigger), though the event is proposed without a place to point at.
  const placed =
    located ??
    (view.newPlaces?.length ? placeFor({ ...view, places: view.newPlaces }, at, pattern.needsPlace === true || type === 'town_abandoned') : undefined);
  if (pattern.needsPlace && type !== 'armed_clash' && !placed && !unknownTownAt(view, at)) return undefined;
  if (
    placed &&
    pattern.needsPlace &&
    NOMINAL_CAPTURE.test(at.text) &&
    placed.place.start >= at.end &&
    !PLACE_COMPLEMENT.test(view.text.slice(at.end - view.start, placed.place.start - view.start))
  )
    return undefined;
  // "left the FLN", "withdrew from ECOWAS", "s’est retiré de l’accord": what is left is a group or a pact, not a place.
  if (type === 'town_abandoned' || type === 'withdrawal') type = leftWhat(view, at, placed?.place) ?? type;
  // "withdrew from Kidal", "se sont retirés de Ber": forces that withdraw, whoever they are, make a withdrawal.
  if (type === 'town_abandoned' && WITHDREW.test(at.text)) type = 'withdrawal';
  // "withdrew from the north", "left their base": leaving a region, a country or no named town is a withdrawal.
  // So is a foreign or international force leaving its base or a town: it withdraws, the town is not lost to anyone.
  const foreign = participants.some((p) => p.actor.type === 'international_force' || p.actor.type === 'international_org' || p.actor.type === 'state');
  // Leaving "its base in X", "sa base de X", "le camp de X" is forces withdrawing too.
  const leftBase = LEFT_BASE.test(view.text.slice(at.end - view.start, at.end - view.start + 40));
  if (
    type === 'town_abandoned' &&
    (!placed || WIDE.includes(placed.place.type) || foreign || leftBase || /base|camp|troops|contingent|positions/i.test(at.text))
  )
    type = 'withdrawal';
  if (type === 'arrests' && isCoupArrest(view, at)) type = 'coup';
  // "was wounded and evacuated to Ouagadougou": a person moved is no force leaving a place.
  if ((type === 'town_abandoned' || type === 'withdrawal') && participants.length > 0 && participants.every((p) => p.actor.type === 'person')) return undefined;
  if (type === 'town_captured' && regainedByTheState(view, at, participants)) type = 'government_regains_territory';
  else if (type === 'town_captured' && ENTERED.test(at.text)) return undefined;
  // "Floods destroyed 300 homes", "l’incendie du marché": destruction with no one named is looting only if armed men did it.
  // "the camp was looted after the assault": destruction told with an attack is the attackers'. Looting, torching and
  // vandalism are acts of people whoever is named; only destruction and fire may be a flood's or an accident's.
  // "pour lutter contre le vol de bétail", "to fight cattle theft": a scourge fought is no act.
  if (type === 'looting' && LOOT_NOUN.test(at.text) && FOUGHT_AGAINST.test(view.text.slice(Math.max(0, at.start - view.start - 30), at.start - view.start)))
    return undefined;
  if (
    type === 'looting' &&
    participants.length === 0 &&
    !armedAgentNear(view, at) &&
    !AN_ATTACK.test(view.text) &&
    (NATURAL_TOO.test(at.text) || LOOT_NOUN.test(at.text))
  )
    return undefined;
  // "a été frappée par des inondations": struck by what is not armed is no attack.
  if (PASSIVE_STRUCK.test(at.text) && participants.length === 0 && !ARMED_AGENT.test(view.text.slice(at.end - view.start, at.end - view.start + 40)))
    return undefined;
  return { type, located, placed };
}
