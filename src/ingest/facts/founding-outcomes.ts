/**
 * "broke away from X with a few fighters to set up Y", « a rompu avec X pour fonder Y »: after a split told as done, the
 * infinitive of founding says what came of it. It is an outcome, not an aim (not-an-incident.ts reads "to" and « pour »
 * as aims otherwise). Not after a merger: "merged to form Y" is annotated as the merger alone on most development texts.
 */

/** A verb of separating, then up to 80 characters of the same clause, then "to" or « pour ». */
export const OUTCOME_LEAD = String.raw`(?:broke\s+away|broke\s+with|split\s+(?:from|off)|left|quit|defected|rompu|quitt[ée]e?s?|fait\s+scission|s[ée]par[ée]e?s?)(?![\p{L}])[^.;:]{0,80}?\s(?:to|pour)\s+`;

const FOUNDING = String.raw`(?:set\s+up|found|create|form|establish|launch|fonder|cr[ée]er|former|constituer|lancer|mettre\s+sur\s+pied)`;

/** The infinitive of founding, read as a formation only after such a lead. */
export const FOUNDING_INFINITIVE = String.raw`(?<=${OUTCOME_LEAD})${FOUNDING}(?![\p{L}])`;

const LEAD_AT_END = new RegExp(`${OUTCOME_LEAD}$`, 'iu');
const FOUNDING_WORD = new RegExp(`^${FOUNDING}$`, 'iu');

/** Whether a founding infinitive follows such a lead: it tells the act's outcome. "left Gao to attack Kidal" stays an aim. */
export const isFoundingOutcome = (lead: string, trigger: string): boolean => FOUNDING_WORD.test(trigger) && LEAD_AT_END.test(lead);
