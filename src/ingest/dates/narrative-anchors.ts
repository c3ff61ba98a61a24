/**
 * The day a statement was made ("the government said on Monday", "revendiquée lundi par le JNIM") is not a day the
 * narrative looks back from: "the day before" after it is the eve of the incident told, not of the statement. English
 * and French; the check reads only the words right before the date.
 */

// A saying or claiming verb right before the date, with at most "on" or a short attribution between.
const SAID_BEFORE =
  /(?<![\p{L}])(?:said|says|told\s+\p{L}+|claimed\s+(?:responsibility|credit|the\s+(?:attack|killing|raid|ambush|bombing)s?)(?:\s+for\s+(?:it|the\s+\p{L}+))?|announced|stated|reported|declared|confirmed|added|claimed|revendiqu[ée]e?s?|d[ée]clar[ée]|annonc[ée]e?|indiqu[ée]|affirm[ée]|confirm[ée]|pr[ée]cis[ée]|ajout[ée])(?:\s+(?:on|in\s+a\s+statement\s+on))?\s+$/iu;

/** Whether the date starting at `start` is when something was said ("said on Monday", "a déclaré mardi"). */
export function isStatementDate(text: string, start: number): boolean {
  return SAID_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}
