import type { EventType } from '../../core/vocab/event-types.js';
import {
  FR_ABDUCT,
  FR_LISTED,
  FR_ARREST,
  FR_ATTACK,
  FR_CAPTURE,
  FR_COUP,
  FR_DEPLOY,
  FR_DIED,
  FR_DISSOLVE,
  FR_DRIVE_OUT,
  FR_ENDED,
  FR_HAND_OVER,
  FR_JOIN,
  FR_EXPLODE,
  FR_FALL_BACK,
  FR_FIGHT,
  FR_FORMED,
  FR_FOUND,
  FR_LEAD,
  FR_RALLY,
  FR_LAUNCH,
  FR_LEAVE,
  FR_LOOT,
  FR_MERGE,
  FR_RENAME,
  FR_SEXUAL,
  FR_SIGN,
  FR_SPLIT,
  FR_SANCTION,
  FR_WITHDRAW_TROOPS,
} from './french-event-triggers.js';
import { DEVICE_BLAST } from './device-blasts.js';
import { FOUNDING_INFINITIVE } from './founding-outcomes.js';
import { VERDICT } from './verdicts.js';
import { SANCTION_MEASURES, SANCTIONS_ENDED_OR_ENVOYS_RECALLED } from './sanction-triggers.js';

/**
 * How an event trigger names its participants: `agent` (actors before the trigger act on those after,
 * or after "by" in the passive), `mutual` (every actor named takes part), `claim` (the actor before
 * claims the event the rest of the sentence describes), `governance` (the armed group before acts).
 */
export type EventFrame = 'agent' | 'mutual' | 'claim' | 'governance' | 'signing';

export interface EventPattern {
  type: EventType;
  frame: EventFrame;
  re: RegExp;
  /** The event is about a place (captured, abandoned): no place, no event. */
  needsPlace?: boolean;
  /** The event is about the group named after the trigger ("created Ansar Dine", "joined the CMA"): no such group, no event. */
  needsObject?: boolean;
}

const B = String.raw`(?<![\p{L}])`;
// After an elided article ("s’est emparé d’Aguelhok") the next word follows with no space.
const E = String.raw`(?:(?<=['’])|(?![\p{L}]))`;
const e = (type: EventType, frame: EventFrame, source: string, needsPlace = false, needsObject = false): EventPattern => ({
  type,
  frame,
  re: new RegExp(`${B}(?:${source})${E}`, 'giu'),
  ...(needsPlace ? { needsPlace } : {}),
  ...(needsObject ? { needsObject } : {}),
});

// People who "fell" or "sont tombés" died; only a place falls to its captors ("13 soldats sont tombés au combat").
const PEOPLE = String.raw`(?:soldiers|troops|men|civilians|fighters|militants|peacekeepers|soldats|militaires|hommes|civils|combattants|casques\s+bleus|\d+)`;

/** People an act can execute: "ont exécuté une vingtaine d'éleveurs", "a exécuté trois otages". */
const PEOPLE_KILLED = String.raw`(?:civils|villageois|habitants|personnes|hommes|femmes|[ée]leveurs|bergers|otages|prisonniers|soldats|militaires|captifs|fid[èe]les|\d+)(?![\p{L}])`;

const OPERATION_BEFORE = String.raw`(?:operation|intervention|mission|op[ée]ration)(?:\s[^,;.]{0,40}?)?,?\s`;
/** "Operation Serval, launched on 11 January", "l’opération Serval, lancée le 11 janvier": the operation stays outside the trigger. */
// The lookbehind follows the verb so that it is tried only where the verb stands.
const OPERATION_LAUNCHED = String.raw`(?:launched|lanc[ée]e?)(?<=${OPERATION_BEFORE}(?:launched|lanc[ée]e?))(?=\s+(?:in|on|le|en|au|d[ée]but|fin|mi)\s)`;

/** "one of the founders of X in 2017", "l’un des groupes fondateurs du X": a formation when the sentence dates it. */
export const FOUNDERS = String.raw`(?:founding\s+members?|co-?founders?|founders)\s+of|(?:groupes?\s+|membres?\s+)?(?:co-?)?fondateurs\s+(?:de|du|des|d['’])`;

/** What is burnt in a raid ("burned shops", "burnt 40 homes"): burning a vehicle in a clash or a flag in a protest is no looting. */
const BURNT = String.raw`(?:houses|homes|huts|shops|stores|granaries|markets?|villages?|schools?|churches|mosques|health\s+cent(?:re|er)s?|town\s+halls?|property|crops)(?![\p{L}])`;
/** What saboteurs destroy: bridges, antennas, pylons, water points. */
const INFRASTRUCTURE = String.raw`(?:bridges?|antennas?|antennae|masts?|pylons?|relay\s+towers?|telecommunications?\s+(?:towers?|infrastructure)|infrastructure|water\s+points?|wells|power\s+lines?|power\s+stations?)(?![\p{L}])`;
/** What raiders steal ("stole 200 head of cattle", "made off with livestock"): not a vote, an election or a march. */
const STOLEN = String.raw`(?:cattle|livestock|animals|herds|cows|camels|sheep|goats|donkeys|motorbikes|motorcycles|vehicles|food|grain|crops|property|belongings|money|medicines?|supplies)(?![\p{L}])`;

/**
 * A decision that ends something: "declared the agreement void", "terminated the defence accords", "ended the
 * mission's mandate", "denounced the 2015 accord". What is ended must be an agreement, a mandate or a cooperation.
 */
const ENDED_THING = String.raw`(?:agreements?|accords?|deals?|treaty|treaties|pacts?|mandates?|cooperation|partnership|charter|memorandum|ceasefire|cease-fire|truce|membership)(?![\p{L}])`;
const ENDED = String.raw`(?:declared|pronounced)(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}\d-]+\s+){0,3}?${ENDED_THING}\s+(?:void|null|over|ended|terminated|dead|obsolete|inapplicable))|(?:terminated|ended|renounced|denounced|revoked|scrapped|tore\s+up|pulled\s+out\s+of|withdrew\s+from|put\s+an\s+end\s+to|brought\s+an\s+end\s+to)(?=\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\p{L}\d'’-]+\s+){0,4}?${ENDED_THING})`;

/**
 * A bomber who dies by the bomb: "blew himself up", "detonated his vest", "s’est fait exploser", "un attentat-suicide"
 * (the subtype reads "suicide" or "kamikaze" from the sentence).
 */
const SELF_DETONATED = String.raw`blew\s+(?:himself|herself|themselves)\s+up|detonated\s+(?:an?\s+|his\s+|her\s+|their\s+)?(?:\p{L}+\s+)?(?:explosives?|vests?|belts?|bombs?|car\s+bomb|device)|s['’](?:est|était)\s+fait\s+exploser|se\s+sont\s+fait\s+exploser|attentats?[-\s]suicides?`;

/**
 * A pact agreed, by its verb and its noun: "reached a ceasefire", "a truce was agreed", "agreed on a roadmap". Without
 * the noun "reached" and "agreed" tell of towns and intentions; "the accord reached in Algiers" names a pact told before.
 */
const PACT = String.raw`(?:agreements?|accords?|deals?|cease-?fires?|truces?|pacts?|treaty|roadmap|memorandum)(?![\p{L}])`;
/** French names of a pact, for the phrasings that reach one (« sont parvenus à un accord », « se sont entendus sur une trêve »). */
const FR_PACT = String.raw`(?:accords?|cessez-le-feu|tr[êe]ves?|pactes?|trait[ée]s?|feuille\s+de\s+route|protocoles?|m[ée]morandum|entente)(?![\p{L}])`;
const AGREED = String.raw`(?:reached|struck|agreed(?:\s+(?:on|to|upon))?|brokered|concluded|secured)(?=\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\p{L}\d-]+\s+){0,3}?${PACT})|(?<=${PACT}\s+(?:was|were|had\s+been|has\s+been)\s+)(?:reached|struck|agreed|brokered|concluded)|(?:(?:sont|est|[ée]taient|[ée]tait)\s+parvenue?s?\s+à|se\s+sont\s+entendue?s\s+sur|(?:a|ont)\s+trouv[ée])(?=\s+(?:un|une|l['’]|le|la|les|des|leur)\s*(?:[\p{L}\d-]+\s+){0,2}?${FR_PACT})|(?<=${FR_PACT}[^.;,]{0,60}?\s)(?:(?:a|ont|avait|avaient)\s+[ée]t[ée]\s+(?:conclue?s?|sign[ée]e?s?|paraph[ée]e?s?))`;

/** People carried to safety, not a place left: "evacuated the wounded", "evacuated 40 civilians". */
const CARRIED = String.raw`(?:wounded|injured|casualties|civilians|residents|inhabitants|bodies|nationals|citizens|staff|personnel|hostages|families|students|patients)(?![\p{L}])`;
/** A measure decreed for the whole country: "decreed a general mobilisation", "a instauré le couvre-feu". */
const DECREED = String.raw`(?:decreed|declared|proclaimed|ordered|d[ée]cr[ée]t[ée]|proclam[ée]|instaur[ée]|d[ée]cid[ée])(?=\s+(?:\p{L}+\s+)?(?:a\s+|an\s+|the\s+|l['’]|la\s+|le\s+|une?\s+)?(?:\p{L}+\s+)?(?:mobili[sz]ation|state\s+of\s+(?:siege|alert)|[ée]tat\s+de\s+si[èe]ge|curfew|couvre-feu|martial\s+law|loi\s+martiale)(?![\p{L}]))`;

/**
 * Verbs that take a place only when a town is their object, right after them ("regained Kidal", "occupied Tessit",
 * "sont entrés dans Gao"); extract-events.ts drops them otherwise, so that "regained strength" and "entered talks" are none.
 */
export const BARE_TAKING = String.raw`regained|recovered|occupied|entered|takes|take|captures|seizes|retakes|overruns|r[ée]cup[ée]r[ée]e?s?|occup[ée]e?s?|(?:est|sont|[ée]tait|[ée]taient)\s+entr[ée]e?s?\s+(?:dans|à)|(?:a|ont)\s+(?:r[ée])?investi`;

/**
 * Forces arriving, coming back or taking over a post: "the arrival of the Wagner Group", "redeployed to Kidal", "moved
 * into the camp", "took over its positions", « a pris le relais », « ont pris position à », « s'est installée à ».
 * Before the captures, whose "took over" and « ont pris » would read them as a town taken; the deployment frame keeps
 * only forces (named or by a common noun) with a date or a place.
 */
const ARRIVALS = String.raw`arrival\s+of|(?<=['’]s\s+)arrival|arriv[ée]e\s+(?:des|du|de\s+la|de\s+l['’]|d['’])|redeploy(?:ed|ment)|red[ée]ploiement|red[ée]ploy[ée]e?s?|s['’]est\s+red[ée]ploy[ée]e?|se\s+sont\s+red[ée]ploy[ée]e?s|took\s+over\s+(?:its|their|the)\s+(?:\p{L}+\s+)?(?:role|positions?|camps?|bases?|duties|mission)|(?:a|ont|avait|avaient)\s+pris\s+le\s+relais|took\s+possession\s+of|(?:a|ont|avait|avaient)\s+pris\s+possession\s+(?:du|de\s+la|des|de\s+l['’]|d['’])`;
/** Forces coming into a place: the place must follow ("returned to Kidal", not "returned to power"). */
const MOVED_IN = String.raw`moved\s+(?:back\s+)?(?:in|into)|returned\s+to|(?:est|sont)\s+revenue?s?\s+(?:à|dans)|(?:a|ont|avait|avaient)\s+pris\s+position|s['’]est\s+install[ée]e?|se\s+sont\s+install[ée]e?s`;

/** "the CSP lost Kidal to the army", « a perdu Gao face à l'opération Serval »: the taker follows, the loser stands before. */
export const LOST_TO = String.raw`lost|(?:a|ont|avait|avaient)\s+perdu`;

/** "lost dozens of men to the jihadists", « ont perdu plusieurs dizaines d'hommes face aux jihadistes »: losses, not a town. */
const NOT_PEOPLE_LOST = String.raw`(?!\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:d['’])?(?:men|soldiers|troops|fighters|lives|personnel|hommes|soldats|militaires|combattants|[ée]l[ée]ments|la\s+vie)(?![\p{L}]))`;

/** The event trigger table, English and French. The first pattern that matches a stretch wins. */
export const EVENT_PATTERNS: readonly EventPattern[] = [
  // "a car bomb exploded": the device is the subject; before the attacks, whose "killed" and "struck" it would lose.
  e('remote_explosive', 'agent', DEVICE_BLAST),
  e('deployment', 'agent', ARRIVALS),
  e('deployment', 'agent', MOVED_IN, true),
  // A town lost is taken by whoever it is lost to (event-frames.ts reads the taker after "to", « face à », « au profit de »).
  e(
    'town_captured',
    'agent',
    String.raw`(?:${LOST_TO})${NOT_PEOPLE_LOST}(?=\s+(?:control\s+of\s+|le\s+contr[ôo]le\s+(?:de|du|d['’])\s*)?[^.;]{1,60}?(?:\sto\s|face\s+(?:à|au|aux)|au\s+profit\s+(?:de|du|des|d['’])))`,
    true,
  ),
  e(
    'allegiance_pledge',
    'agent',
    String.raw`pledged\s+(?:its\s+|their\s+|his\s+|her\s+)?allegiance|pledges\s+(?:its\s+|their\s+|his\s+|her\s+)?allegiance\s+to|(?:announced|declared|proclaimed)\s+(?:its\s+|their\s+|his\s+|her\s+)allegiance\s+to|(?:annonc[ée]|d[ée]clar[ée]|proclam[ée])\s+(?:son|leur)\s+all[ée]geance|pledges?\s+of\s+allegiance|swore\s+(?:its\s+|their\s+)?allegiance|sworn\s+allegiance|bay['’]?a|pr[êe]t[ée]\s+all[ée]geance|serment\s+d['’]all[ée]geance`,
  ),
  e(
    'armed_clash',
    'claim',
    String.raw`(?:was|were|has\s+been|had\s+been)\s+claimed\s+by|claimed\s+(?:responsibility|credit)|claims\s+(?:responsibility|credit)|took\s+credit|takes\s+credit|claimed\s+(?:the|an|this)\s+attack|a\s+revendiqu[ée]|ont\s+revendiqu[ée]|revendiqu[ée]e?\s+par|revendique`,
  ),
  e(
    'town_captured',
    'agent',
    String.raw`captured|seized(?!\s+power)|(?:was|were|had\s+been|has\s+been)\s+overrun|seizure\s+of|took\s+control\s+of|taken\s+control\s+of|took\s+over(?!\s+(?:as|the\s+(?:leadership|command)))|overran|retook|retaken|took\s+back(?:\s+control\s+of)?|won\s+back(?:\s+control\s+of)?|came\s+(?:back\s+)?under\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?control|(?:re)?pass[ée]e?s?\s+sous\s+(?:le\s+)?contr[ôo]le|raised\s+(?:the|its|their)\s+(?:\p{L}+\s+)?flag\s+(?:over|in|at)|hiss[ée]\s+(?:le|son|leur)\s+drapeau\s+(?:sur|à|au|dans)|recapture\s+of|reconquest\s+of|reconqu[êe]te\s+(?:de|du|d['’])|took(?=\s+\p{Lu})(?![^.;]{0,40}hostage)|liberated|reconquered|recovered\s+control\s+of|r[ée]cup[ée]r[ée]\s+(?:le\s+contr[ôo]le\s+(?:de|du|d['’])|le\s+camp\s+(?:de|d['’])|la\s+ville\s+(?:de|d['’])|la\s+base\s+(?:de|d['’]))|lib[ée]r[ée]e?|reconquis|reprise\s+(?:de|du|d['’])|recaptured|regained\s+control\s+of|fell\s+to|fell\s+into\s+the\s+hands\s+of|capture\s+of|pris\s+le\s+contr[ôo]le\s+(?:de|du)|a\s+repris|ont\s+repris|(?:a|ont)\s+pris(?!\s+(?:à\s+partie|(?:[\p{L}\d]+\s+){0,3}?la\s+suite\s+(?:de|du|des|d['’])|le\s+contr[ôo]le|la\s+t[êe]te|la\s+pr[ée]sidence|le\s+nom|part|les\s+armes|fin|d['’]assaut|en\s+otage|pour\s+cibles?|le\s+pouvoir|(?:son|leur)\s+(?:nouveau\s+|actuel\s+)?nom))|prise\s+de(?!\s+(?:position|contact|conscience|parole))|(?<!${PEOPLE}\s+)fell(?!\s+(?:back|short|silent|ill|apart|asleep|victim|out|in\s+(?:battle|action|combat|the\s+fighting)|into\s+(?:an?\s+)?ambush))|(?<!${PEOPLE}\s+)(?:est|sont|[ée]tait|[ée]taient)\s+tomb[ée]e?s?(?!\s+(?:dans|sous|au\s+(?:combat|champ|front)|en\s+martyrs?|les\s+armes))|[ée]tendu\s+son\s+emprise\s+(?:sur|à)|${FR_CAPTURE}|${BARE_TAKING}`,
    true,
  ),
  e(
    'non_state_actor_overtakes_territory',
    'agent',
    String.raw`dro(?:ve|ven)\s+(?:\p{L}+\s+){1,4}out\s+of|expelled\s+(?:\p{L}+\s+){1,4}from|(?:chass[ée]|expuls[ée])\s+(?:\p{L}+\s+){1,4}(?:de|du|des|d['’])|arrach[ée]e?s?\s+(?:au|à|aux)|${FR_DRIVE_OUT}`,
    true,
  ),
  // Leaving a group, not a place: "left the group", "a quitté cette nouvelle formation".
  e(
    'split',
    'agent',
    String.raw`(?:left|quit)\s+(?:the|its|his|their)\s+(?:\p{L}+\s+)?(?:group|movement|organi[sz]ation|coalition|ranks)|(?:a|ont|avait|avaient)\s+quitt[ée]e?s?\s+(?:le|la|les|cette|ce|ses|son|sa)\s+(?:nouvelle\s+|nouveau\s+)?(?:groupe|mouvement|formation|organisation|coalition|rangs)|rompu\s+avec|broke\s+with`,
  ),
  e(
    'town_abandoned',
    'agent',
    String.raw`withdrew\s+from|withdrawn\s+from|pulled\s+out\s+of|abandoned|evacuated(?!\s+(?:the\s+|its\s+|their\s+)?(?:\p{L}+\s+)?${CARRIED})|retreated\s+from|(?:vien(?:t|nent)|venai(?:t|ent))\s+de\s+quitter|fled\s+from|se\s+sont\s+retir[ée]s\s+(?:de|du)|s['’]est\s+retir[ée]e?\s+(?:de|du)|a\s+abandonn[ée]|ont\s+abandonn[ée]|(?:${FR_LEAVE})(?!\s+(?:le\s+pouvoir|ses\s+fonctions|la\s+pr[ée]sidence|le\s+gouvernement|la\s+t[êe]te))|left\s+(?:their|its|the)\s+(?:\p{L}+\s+)?(?:bases?|camps?|positions?)|pulled\s+(?:its|their|the)\s+(?:\p{L}+\s+)?(?:troops|forces|soldiers|contingent)\s+out\s+of|left`,
  ),
  e(
    'abduction',
    'agent',
    String.raw`kidnapp(?:ed|ing)|kidnaps?|abduct(?:ed|ion|ions|s)?|took\s+(?:\w+\s+){0,2}hostages?|taken\s+hostage|hostage[-\s]taking|enl[eè]vement|enlev[ée]e?s?|pris\s+en\s+otage|otages?|${FR_ABDUCT}`,
  ),
  e(
    'armed_clash',
    'agent',
    String.raw`attack(?:s|ed|ing)?|killed|killing|struck(?!\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\p{L}\d-]+\s+){0,3}?${PACT})|ambush(?:ed|es)?|raid(?:s|ed)?|assault(?:s|ed)?|stormed|overran|targeted|attaqu(?:e|es|é|ée|és|ées|ent|aient)|frappes?\s+a[ée]riennes?|air\s*strikes?|airstrikes?|drone\s+strikes?|vis[ée]e?s?\s+par|cibl[ée]e?s?\s+par|attentats?|embuscades?|tu[ée]s?|tu[ée]es|assauts?|a\s+frapp[ée]|ont\s+frapp[ée]|ciblant|bombing|bombed|shelled|shelling|massacred|massacre|tuerie|shot\s+dead|gunned\s+down|abattu(?:e|s|es)?|(?:launched|mounted|began)\s+(?:\p{L}+\s+){0,3}offensive|(?:lanc[ée]|men[ée])\s+(?:\p{L}+\s+){0,3}offensive|offensive\s+(?:against|on|contre)|raids?\s+a[ée]riens?|air\s+raids?|bombardements?|frappes?\s+de\s+drones?|pris\s+pour\s+cibles?|opened\s+fire|ouvert\s+le\s+feu|came\s+under\s+(?:heavy\s+|sustained\s+|mortar\s+|rocket\s+)?(?:fire|attack)|(?:a|ont|avait|avaient)\s+essuy[ée]\s+(?:des\s+tirs|une\s+attaque)|slaughtered|massacr[ée]e?s|executed|(?:a|ont|avait|avaient)\s+ex[ée]cut[ée](?=\s+(?:[\p{L}\d'’-]+\s+){0,3}?(?:d['’])?${PEOPLE_KILLED})|ex[ée]cut[ée]e?s(?!\s+publique)|shot\s+(?:dead|and\s+killed|\d+)|died|perished|lost\s+their\s+lives|${SELF_DETONATED}|${FR_ATTACK}|${FR_DIED}|${FR_EXPLODE}`,
  ),
  e(
    'armed_clash',
    'mutual',
    String.raw`clash(?:es|ed)?|fighting|fought|battles?|combats?|skirmish(?:es)?|firefights?|exchange\s+of\s+fire|affrontements?|accrochages?|heurts|se\s+sont\s+affront[ée]s|(?:a|ont|avait|avaient)\s+(?:\p{L}+\s+)?affront[ée]|affront[ée]\s+(?:les?|la|l['’])|combattu|combattre|combattent|combattait|combattaient|confrontations?|${FR_FIGHT}`,
  ),
  e(
    'agreement',
    'signing',
    String.raw`signed|signing|signature|concluded|ratified|initial(?:l)?ed|${AGREED}|sign[ée]|sign[ée]rent|ont\s+sign[ée]|a\s+sign[ée]|(?:a|ont|avait|avaient)\s+conclu|${FR_SIGN}`,
  ),
  e(
    'base_established',
    'agent',
    String.raw`(?:base|camp|quartier\s+g[ée]n[ée]ral|headquarters)\s+(?:a\s+[ée]t[ée]|was|were|has\s+been|had\s+been)\s+(?:install[ée]e?|[ée]tablie?|set\s+up|established|moved|transf[ée]r[ée]e?|opened|ouverte?)|(?:set\s+up|established|built|opened|installed|moved)\s+(?:a\s+|an\s+|its\s+|their\s+|the\s+)?(?:new\s+|main\s+|forward\s+|military\s+|rear\s+)?(?:base|camp|headquarters|outpost)|(?:install[ée]e?s?|[ée]tabli|ouvert|implant[ée]e?s?)\s+(?:une\s+|sa\s+|son\s+|leur\s+|leurs\s+)?(?:nouvelle\s+|nouveau\s+)?(?:base|camp|quartier\s+g[ée]n[ée]ral|poste\s+avanc[ée])`,
  ),
  e(
    'rename',
    'agent',
    String.raw`renamed|rebranded|rebadged|(?:took|adopted|assumed|takes)\s+(?:on\s+)?(?:the|its|their)\s+(?:new\s+|present\s+|current\s+)?name|changed\s+its\s+name|became\s+known\s+as|rebaptis[ée]e?s?|(?:a|ont|avait|prend|prit)\s+(?:alors\s+)?pris\s+le\s+nom|prend\s+le\s+nom|chang[ée]\s+de\s+nom|sous\s+le\s+nouveau\s+nom|${FR_RENAME}`,
  ),
  e(
    'dissolution',
    'agent',
    String.raw`dissolved|disbanded|ceased\s+to\s+exist|dissolution\s+of|dissous|dissoute|dissolution\s+(?:de|du|des|d['’])|auto-?dissolution|${FR_DISSOLVE}`,
  ),
  e(
    'leadership_change',
    'agent',
    String.raw`(?:was|were|has\s+been|had\s+been)\s+(?:appointed|named|chosen|designated)|(?:re-)?elected(?=\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:head|leader|chief|emir|secretary-general)\s+of)|(?:r[ée])?[ée]lue?(?=\s+(?:à\s+la\s+t[êe]te|(?:comme\s+)?(?:nouvel?\s+)?(?:chef|[ée]mir|dirigeant|secr[ée]taire\s+g[ée]n[ée]ral)\s+(?:de|du|des|d['’])))|resigned|stepped\s+down|d[ée]missionn[ée]|(?:a|avait)\s+pr[ée]sent[ée]\s+sa\s+d[ée]mission|(?:a|ont|avait|avaient)\s+remis\s+(?:\p{L}+\s+){0,2}(?:sa|leur)\s+d[ée]mission|appointed|succeeded|dismissed|sacked|limog[ée]e?s?|replaced|took\s+over\s+(?:as|the\s+leadership|the\s+command)|took\s+(?:the\s+)?(?:helm|command)\s+of|(?:took\s+over|assumed|took)\s+(?:the\s+)?(?:presidency|leadership|chairmanship|command)\s+of|(?:a|avait|ont)\s+pris\s+la\s+pr[ée]sidence|prend\s+la\s+pr[ée]sidence|(?:d[ée]sign[ée]|port[ée]|plac[ée]|nomm[ée])e?\s+à\s+la\s+t[êe]te|(?:a|avait|ont)\s+pris\s+(?:la\s+direction|le\s+commandement)|prend\s+(?:la\s+direction|le\s+commandement)|became\s+(?:the\s+)?(?:new\s+)?(?:leader|head|emir|chief|commander|president|secretary-general)|(?:new|next)\s+(?:leader|emir|chief|commander)|was\s+sworn\s+in|took\s+office|nomm[ée]e?s?|d[ée]sign[ée]e?s?\s+(?:comme\s+)?(?:nouveau|nouvel|nouvelle|chef|[ée]mir|pr[ée]sident)|(?:a|avait)\s+succ[ée]d[ée]|succ[èe]de|rempla[cç][ée]e?|(?:a|avait)\s+pris\s+la\s+t[êe]te|prend\s+la\s+t[êe]te|nouve(?:au|l)\s+(?:chef|[ée]mir|dirigeant|leader|commandant)|(?:est|[ée]tait)\s+devenu\s+(?:le\s+)?(?:nouveau\s+)?(?:chef|[ée]mir|dirigeant|pr[ée]sident|commandant)|investi|a\s+pr[êe]t[ée]\s+serment(?!\s+d['’]all)|took\s+over(?=\s*(?:[.,;:]|$)|\s+(?:from|after|when|in|on|at)\s)|took\s+over(?=\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+)?(?:movement|group|organi[sz]ation|coalition|katiba|militia|alliance|junta|network|front)(?![\p{L}]))|${FR_LEAD}`,
  ),
  e(
    'formation',
    'agent',
    String.raw`(?:was|were|has\s+been|had\s+been)\s+(?:founded|formed|created|established|set\s+up|launched)|(?:founded|formed|created)(?=\s+(?:in|on|by|during)\s)|set\s+up(?=\s+(?:in\s+(?:(?:early|late|mid)-?\s*)?(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)|by)\s)|(?<!(?<![\p{L}])(?:a|ont|avait|avaient)\s)(?:fond[ée]e?s?|cr[ée]{2}e?s?|form[ée]e?s?|constitu[ée]e?s?|institu[ée]e?s?|mise?s?\s+sur\s+pied)(?=\s+(?:en|le\s+\d|par|au|à|d[ée]but|fin|mi|courant)[\s-])|announced\s+(?:its|their)\s+(?:existence|creation|formation)|came\s+into\s+being|emerged|(?:was|were)\s+born(?=\s+(?:in|on|of|out\s+of|from|during)\s)|(?:first\s+)?appeared(?=\s+(?:in|on|during)\s+(?:\p{L}+\s+)?(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|early|late|mid))|(?:appara[îi]t|apparu(?:rent|t)|appara(?:issent|issait))(?=\s+(?:en|fin|d[ée]but|mi|courant|le\s+\d)[\s-])|(?:est|sont)\s+apparue?s?(?=\s+(?:en|fin|d[ée]but|mi|courant|le\s+\d)[\s-])|(?<![\p{L}])apparue?s?(?=\s+(?:en|vers|fin|d[ée]but|mi|courant|le\s+\d|à\s+la\s+fin|au\s+d[ée]but|dans\s+les\s+ann[ée]es)[\s-])|apparition(?=\s+(?:en|vers|fin|d[ée]but)\s+\d)|se\s+sont\s+form[ée]e?s|a\s+[ée]t[ée]\s+(?:cr[ée]{2}|fond[ée])e?|a\s+vu\s+le\s+jour|est\s+n[ée]e?|annonc[ée]\s+sa\s+cr[ée]ation|${FR_FORMED}`,
  ),
  e(
    'formation',
    'agent',
    String.raw`(?:co-?)?founded|created|established|set\s+up|formed|launched(?<!${OPERATION_BEFORE}launched)|(?:formation|creation|founding|establishment)\s+of(?:\s+the)?|a\s+(?:cr[ée]{2}|fond[ée])|ont\s+(?:cr[ée]{2}|fond[ée])|(?<=(?:qu['’]|que\s)[^,;:]{0,40}?)(?:a|ont|avait|avaient)\s+form[ée]e?s?|cr[ée]a|fonda|${FR_FOUND}|(?:cr[ée]ation|fondation)\s+(?:de|du|des|d['’])|${FOUNDERS}|${FOUNDING_INFINITIVE}`,
    false,
    true,
  ),
  e(
    'change_to_group',
    'agent',
    String.raw`joined|rejoined|defected\s+to|rallied\s+to|switched\s+(?:sides\s+)?to|became\s+(?:a\s+)?part\s+of|(?:was|were|had\s+been|has\s+been)\s+(?:absorbed|folded|integrated|incorporated)\s+into|${FR_JOIN}|a\s+rejoint|ont\s+rejoint|a\s+ralli[ée]|ont\s+ralli[ée]|s['’]est\s+ralli[ée]e?|se\s+sont\s+ralli[ée]e?s|${FR_RALLY}`,
    false,
    true,
  ),
  e('merger', 'mutual', String.raw`merged|fused|merger|fusion(?:n[ée])?|ont\s+fusionn[ée]|${FR_MERGE}`),
  e(
    'split',
    'agent',
    String.raw`split\s+(?:off\s+|away\s+)?from|split\s+(?:(?:up\s+)?into|along|in\s+two)|broke\s+up\s+into|broke\s+into(?=\s+(?:two|three|rival|several|separate)\s)|broke\s+(?:away|off)\s+from|splintered|scission|(?:a|ont|avait|avaient)\s+[ée]clat[ée]\s+en|s['’]est\s+divis[ée]e?\s+en|dissidence|s['’]est\s+s[ée]par[ée]e?|${FR_SPLIT}`,
  ),
  e(
    'coup',
    'agent',
    String.raw`coup(?:\s+d['’][ée]tat)?|putsch|seized\s+power|forced\s+(?:[\p{L}'’-]+\s+){1,5}(?:to\s+resign|to\s+step\s+down|from\s+power|out\s+of\s+office)|contraint\s+(?:[\p{L}'’-]+\s+){1,5}(?:à\s+quitter\s+le\s+pouvoir|à\s+la\s+d[ée]mission|à\s+d[ée]missionner)|removed\s+(?:\p{L}+\s+){0,2}from\s+power|deposed|took\s+power|pris\s+le\s+pouvoir|destitu[ée]|overthrew|overthrow\s+of|toppled|ousted|renvers[ée]|renversement|prise\s+du\s+pouvoir|${FR_COUP}`,
  ),
  e(
    'deployment',
    'agent',
    String.raw`began|started|commenced|(?:a|avait|ont|avaient)\s+d[ée]but[ée]|(?:a|avait|ont|avaient)\s+commenc[ée]|deployed|deployment|launched\s+(?:an?\s+|the\s+|its\s+)?(?:\p{L}+\s+){0,2}(?:operation|intervention|mission)|intervened|d[ée]ploiement|d[ée]ploy[ée]e?s?|lanc[ée]\s+(?:l['’]|une\s+)?(?:\p{L}+\s+){0,2}(?:op[ée]ration|intervention)|sent\s+(?:[\p{L}\d,]+\s+){0,3}(?:troops|soldiers|forces|contingent|reinforcements)|dispatched|envoy[ée]\s+(?:des|un|plusieurs|quelque)\s+(?:\p{L}+\s+){0,2}(?:troupes|soldats|militaires|contingent|renforts)|envoy[ée]\s+des\s+renforts|arrived\s+in|reached(?=\s+(?:the\s+)?(?:town|city|village|camp|base|\p{Lu}))|sont\s+arriv[ée]s|est\s+arriv[ée]e?|${FR_LAUNCH}|${FR_DEPLOY}|${OPERATION_LAUNCHED}`,
  ),
  e(
    'withdrawal',
    'agent',
    String.raw`withdrawal|withdrew|withdrawn|withdraws|pulls\s+out|pulled\s+out|left\s+(?:the\s+country|for\s+good)|completed\s+(?:its|their)\s+departure|departure\s+of|departure\s+from|(?:closed|vacated|dismantled|handed\s+over|handed)\s+(?:its|their|the)\s+(?:\p{L}+\s+)?(?:bases?|camps?|garrisons?)(?![\p{L}])|retrait|se\s+retire(?:nt)?|ended\s+(?:its|their)\s+(?:\p{L}+\s+)?presence|(?:a|ont|avait|avaient)\s+mis\s+fin\s+à\s+(?:sa|leur)\s+pr[ée]sence|retreat\s+of|pull-?out\s+(?:of|from)|repli\s+(?:des|du|de\s+la|de\s+l['’])|pulled\s+(?:[\p{L}'’]+\s+){1,5}?(?:troops|forces|soldiers|contingent|peacekeepers)\s+out\s+of|${FR_WITHDRAW_TROOPS}|d[ée]part\s+(?:des|du|de\s+la|de\s+l['’]|d['’]une?)|se\s+sont\s+repli[ée]s|s['’]en\s+(?:est|sont|[ée]tait|[ée]taient|fut|furent)\s+retir[ée]e?s?|s['’]en\s+retir(?:er|e|ent|a|[èe]rent)|s['’]est\s+repli[ée]e?|fell\s+back\s+(?:to|towards)|retreated\s+(?:to|towards)|${FR_FALL_BACK}|${FR_HAND_OVER}`,
  ),
  e(
    'other_strategic',
    'agent',
    String.raw`expelled\s+(?:the\s+|its\s+)?(?:\p{L}+\s+){0,2}(?:ambassador|envoy|diplomats?|representative)|expuls[ée]e?s?\s+(?:l['’]|les\s+|la\s+|le\s+)?(?:ambassadeur|diplomates?|repr[ée]sentant|envoy[ée])|declared\s+(?:the\s+)?independence|declared\s+(?:\p{L}+\s+)?independent|proclaimed\s+(?:the\s+|its\s+)?independence|proclam[ée]\s+l['’]ind[ée]pendance|d[ée]clar[ée]\s+l['’]ind[ée]pendance|state\s+of\s+emergency|[ée]tat\s+d['’]urgence|${DECREED}|${ENDED}|${FR_ENDED}|${SANCTIONS_ENDED_OR_ENVOYS_RECALLED}`,
  ),
  e('adjudication', 'agent', VERDICT),
  e('arrests', 'agent', String.raw`arrested|detained|arrests?|${FR_ARREST}|arr[êe]t[ée]s?|interpell[ée]s?`),
  e(
    'looting',
    'agent',
    String.raw`loot(?:ed|ing)|plunder(?:ed|ing)|ransack(?:ed|ing)|pillag(?:ed|ing)|torch(?:ed|ing)|burn(?:ed|t)\s+down|razed|set\s+(?:fire\s+to|ablaze|alight)|set\s+on\s+fire|(?:setting|set)(?=\s+(?:[\p{L}-]+\s+){0,4}?(?:alight|ablaze|on\s+fire)(?![\p{L}]))|burn(?:ed|t|ing)(?=\s+(?:the\s+|several\s+|dozens\s+of\s+|\d+\s+)?(?:[\p{L}'’]+\s+)?${BURNT})|(?<=${BURNT}\s+(?:(?:and\s+|,\s*)(?:\p{L}+\s+){1,2})?)(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\p{L}+ly\s+)?)(?:burn(?:ed|t)(?:\s+down)?|torched|razed|looted|pillaged|ransacked|destroyed|set\s+(?:on\s+fire|ablaze|alight))|vandali[sz](?:ed|ing)|(?:blew\s+up|sabotag(?:ed|ing)|destroy(?:ed|ing)|demolish(?:ed|ing))(?=\s+(?:the\s+|several\s+|\d+\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,2}?${INFRASTRUCTURE})|(?:stole|stolen|steal(?:ing|s)?|rustl(?:ed|ing)|made\s+off\s+with|carried\s+off|took\s+away)(?=\s+(?:[\p{L}\d,]+\s+){0,5}?${STOLEN})|(?:looting|pillaging|ransacking|plundering|sacking|torching|burning|destruction)\s+of(?=\s+(?:the\s+|several\s+|dozens\s+of\s+|\d+\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${BURNT}|mausoleums?|shrines?|camp|base|barracks|offices?|warehouses?|stocks?))|(?:cattle|livestock)\s+(?:rustling|theft)|theft\s+of\s+(?:cattle|livestock)|(?:demolish(?:ed|ing)?|destroy(?:ed|ing))(?=\s+(?:the\s+|several\s+|dozens\s+of\s+|\d+\s+)?(?:\p{L}+\s+)?(?:mausoleums?|shrines?|houses|homes|shops|granaries|churches|mosques|markets?|villages?))|${FR_LOOT}`,
  ),
  e('sexual_violence', 'agent', String.raw`raped|rapes|sexual\s+violence|${FR_SEXUAL}`),
  e(
    'sanction',
    'agent',
    String.raw`designated\s+(?:as\s+)?(?:a\s+)?(?:foreign\s+)?terrorist|sanctioned|suspended\s+(?:\p{L}+\s+){1,3}from\s+(?:its|the)|suspendu\s+(?:\p{L}+\s+){1,3}de\s+(?:ses|ces|des)\s+instances|(?<!lifted\s+(?:\p{L}+\s+){0,3})sanctions\s+(?:against|on)|blacklisted|sanctionn[ée]s?|${FR_SANCTION}|(?:added|put)(?=\s+[^,;.]{1,60}?\s(?:to|on)\s+(?:its|their|the)\s+(?:\p{L}+\s+){0,2}?list\s+of\s+(?:\p{L}+\s+)?terrorist)|${FR_LISTED}|${SANCTION_MEASURES}`,
  ),
  e('negotiation', 'mutual', String.raw`(?:peace\s+)?talks|negotiations|negotiated|mediation|pourparlers|n[ée]gociations|m[ée]diation`),
  e(
    'election',
    'agent',
    String.raw`elections?|(?:re-)?elected(?!\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:head|leader|chief|emir|secretary-general)\s+of)|referendum|presidential\s+polls?|run-?off|[ée]lections?|(?:r[ée])?[ée]lue?(?!\s+(?:à\s+la\s+t[êe]te|(?:comme\s+)?(?:nouvel?\s+)?(?:chef|[ée]mir|dirigeant|secr[ée]taire\s+g[ée]n[ée]ral)\s+(?:de|du|des|d['’])))|scrutin|r[ée]f[ée]rendum`,
  ),
  e('peaceful_protest', 'agent', String.raw`protests|protesters|demonstrations?|demonstrators|marched|manifestations?|manifestants|ont\s+manifest[ée]`),
  e('taxation', 'governance', String.raw`tax(?:es|ed|ation|ing)?|zakat|levies|levy|levied|impôts?|taxes?|pr[ée]l[èe]vements?|racket(?:eering)?`),
  e(
    'school_closure',
    'governance',
    String.raw`clos(?:e|ed|ing)\s+(?:down\s+)?(?:the\s+|state\s+|public\s+)?schools|school\s+closures?|schools\s+(?:were|have\s+been|had\s+been)\s+closed|ferm(?:eture|[ée])\s+(?:des\s+)?[ée]coles`,
  ),
  e(
    'public_punishment',
    'governance',
    String.raw`flogg(?:ed|ing)|amputat(?:ed|ion|ions)|lashes|public(?:ly)?\s+execut(?:ed|ion|ions)|stoned|lapid(?:ation|[ée])|ex[ée]cut(?:é|ée|és|ion)s?\s+publique|fouett(?:é|és|ement)`,
  ),
  e(
    'rules_imposed',
    'governance',
    String.raw`impos(?:e|ed|es|ing)\s+(?:a\s+|their\s+|its\s+|strict\s+)?(?:sharia|islamic\s+law|rules|bans?|restrictions|dress\s+codes?|curfews?|its\s+version)|banned|prohibited|interdit|impos[ée]\s+la\s+charia|applique\s+la\s+charia`,
  ),
  e(
    'adjudication',
    'governance',
    String.raw`(?:islamic\s+|sharia\s+)?courts?|cadis?|qadis?|settl(?:e|ed|es|ing)\s+(?:land\s+|local\s+)?disputes|adjudicat(?:e|ed|es|ing|ion)|dispute\s+resolution|tribunaux?|r[èe]glement\s+des\s+(?:conflits|litiges)`,
  ),
  e(
    'service_provision',
    'governance',
    String.raw`provid(?:e|ed|es|ing)\s+(?:basic\s+|social\s+|public\s+)?(?:services|health\s*care|water|education|food|aid)|services\s+sociaux|distribu(?:ted|e|é)\s+(?:food|aid|vivres)`,
  ),
  e(
    'protection_provision',
    'governance',
    String.raw`protect(?:ed|s|ing)?\s+(?:the\s+)?(?:local\s+)?(?:population|populations|civilians|communities|community|herders|villages?)|provid(?:e|ed|es|ing)\s+(?:security|protection)|prot[ée]ger\s+les\s+populations|assurer\s+la\s+s[ée]curit[ée]`,
  ),
];

/** Words that make an attack a particular kind of violence. */
export const ATTACK_SUBTYPES: readonly { type: EventType; re: RegExp }[] = [
  { type: 'suicide_bomb', re: /suicide|kamikaze|vbied/iu },
  {
    type: 'remote_explosive',
    re: /\bIEDs?\b|improvised\s+explosive|land\s*mines?|roadside\s+bomb|explosive\s+device|engins?\s+explosifs?|mines?\s+(?:artisanale|anti)|(?:explosion\s+d['’]une|saut[ée]e?s?\s+sur\s+une)\s+mine/iu,
  },
  { type: 'shelling', re: /rockets?|mortars?|shell(?:s|ed|ing)|artillery|obus|roquettes?/iu },
  {
    type: 'air_drone_strike',
    re: /(?<![\p{L}])(?:une|la|cette|les|des|deux|plusieurs|nouvelle)\s+frappes?(?![\p{L}])|aerial\s+(?:vectors?|means|assets|bombardments?)|(?:vecteurs?|moyens)\s+a[ée]riens?|air\s*strikes?|airstrikes?|drone\s+strikes?|drones?|aircraft|helicopters?|warplanes?|fighter\s+jets?|frappes?\s+a[ée]riennes?|bombardements?\s+a[ée]riens?|avions?|h[ée]licopt[èe]res?/iu,
  },
  { type: 'attack_on_civilians', re: /civilians|villagers|civils|villageois|massacre|market|march[ée]|herders|[ée]leveurs|worshippers/iu },
];
