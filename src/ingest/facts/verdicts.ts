/**
 * A court's verdict or sentence, an `adjudication` like an armed group's courts but told by its verb: "found him guilty",
 * "was sentenced to ten years", "acquitted", « a condamné à mort », « reconnu coupable ». French « condamner » also
 * means to condemn an attack, so it counts only with a penalty (« à mort », « à dix ans ») or a court after « par ».
 */

/** English verdicts: guilt found, a sentence passed, an acquittal. */
const EN_VERDICT = String.raw`found\s+(?:[\p{L}'’.-]+\s+){1,5}?(?:not\s+)?guilty|convicted|acquitted|sentenced(?=\s+(?:[\p{L}\d'’,-]+\s+){0,6}?(?:to|in)\s)|sentence\s+(?:was|has\s+been|had\s+been)\s+(?:pronounced|handed\s+down|passed|delivered)|(?:pronounced|handed\s+down|passed|delivered)\s+(?:its|the|a|his|her)\s+(?:\p{L}+\s+)?(?:sentence|verdict)`;

/** A French penalty after « condamner »: death, prison, life, or a term of years. */
const FR_PENALTY = String.raw`à\s+(?:mort|la\s+(?:prison|r[ée]clusion|peine)|perp[ée]tuit[ée]|une\s+peine|(?:[\p{L}\d-]+\s+){1,3}?(?:ans|ann[ée]es|mois))`;
/** French verdicts: « a condamné X à mort », « a été condamné à dix ans », « reconnu coupable », « acquitté ». */
const FR_VERDICT = String.raw`(?:(?:a|ont|avait|avaient)\s+(?:[ée]t[ée]\s+)?)?condamn[ée]e?s?(?=\s+(?:[^.;]{0,60}?\s)?${FR_PENALTY}|\s+par\s+(?:la\s+|le\s+)?(?:cour|tribunal|chambre|justice))|reconnue?s?\s+coupables?|(?:(?:a|ont|avait|avaient)\s+(?:[ée]t[ée]\s+)?)?acquitt[ée]e?s?|(?:peine|verdict)\s+(?:a|avait)\s+[ée]t[ée]\s+(?:prononc[ée]e?|rendue?)`;

/** The verbs of a verdict, English and French, for the trigger table. */
export const VERDICT = `${EN_VERDICT}|${FR_VERDICT}`;
