/**
 * Sanctions and their end, told by the measures rather than the word "sanction": an embargo, a border closure or an
 * asset freeze imposed on a state, a name added to a sanctions list (a `sanction`); sanctions lifted, a sanctions
 * regime that lapses, ambassadors recalled (`other_strategic`), in English and French.
 */

// What a sanction imposes; the target may come between the verb and the measure ("imposed on Mali an embargo").
// A blockade is left out: an armed group's « blocus » of a town is a siege, not a sanction.
const MEASURE = String.raw`(?:an?\s+|the\s+)?(?:(?:economic|trade|arms|total|full)\s+)?(?:embargo|(?:assets?\s+)freeze|travel\s+bans?|closure\s+of\s+(?:its|their|the)\s+(?:\p{L}+\s+){0,2}?borders)(?![\p{L}])`;
const FR_MEASURE = String.raw`(?:un\s+|le\s+|la\s+|l['’]\s*)?(?:embargo|gel\s+des\s+avoirs|fermeture\s+des\s+fronti[èe]res|interdiction\s+de\s+voyager)(?![\p{L}])`;

/** A measure imposed on a state or a group, or a name put on a sanctions list. */
export const SANCTION_MEASURES = [
  String.raw`imposed(?=\s+(?:(?:on|upon)\s+(?:[\p{L}'’-]+\s+){1,3}?)?${MEASURE})`,
  String.raw`(?:added|put)(?=\s+(?:[^,;.]{1,60}?\s)?(?:to|on)\s+(?:its|their|the|a)\s+(?:\p{L}+\s+){0,2}?sanctions?\s+list)`,
  String.raw`impos(?:é|ée|és|ées|èrent)(?=\s+(?:(?:à|au|aux)\s+(?:[\p{L}'’-]+\s+){1,3}?)?${FR_MEASURE})`,
].join('|');

/** Sanctions lifted or lapsed, and ambassadors recalled: strategic moves that are not incidents. */
export const SANCTIONS_ENDED_OR_ENVOYS_RECALLED = [
  String.raw`lifted(?=\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\p{L}-]+\s+){0,3}?(?:sanctions|embargo)(?![\p{L}]))`,
  String.raw`(?:sanctions|embargo)\s+(?:regime\s+)?(?:lapsed|expired)`,
  String.raw`recalled\s+(?:its|their)\s+(?:\p{L}+\s+)?(?:ambassadors?|envoys?)`,
  String.raw`(?:sanctions|embargo)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+lifted`,
  // The verb, not the noun: « demande la levée des sanctions » asks for what has not happened.
  String.raw`(?<=(?<![\p{L}])(?:a|ont|avait|avaient)\s+)lev[ée]e?s?(?=\s+(?:les|des|l['’]|le)\s*(?:[\p{L}-]+\s+){0,3}?(?:sanctions|embargo)(?![\p{L}]))`,
  String.raw`(?:sanctions|embargo)\s+(?:a|ont|avait|avaient)\s+été\s+lev[ée]e?s?`,
  String.raw`rappel[ée]e?s?\s+(?:son|ses|leur|leurs)\s+ambassadeurs?`,
].join('|');
