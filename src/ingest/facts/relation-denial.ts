import type { SentenceView } from './sentence-view.js';

/**
 * "tried to seize", "aims to join", "could ally with", "plans to take control of", "vise à rejoindre", "tente de
 * s’emparer de", "menace d’attaquer": an intention or a possibility, not a stated relation.
 */
const MODAL =
  /(?:^|[^\p{L}])(?:(?:tried|tries|try|trying|attempted|attempts?|sought|seeks?|seeking|aims?|aimed|aiming|plans?|planned|planning|intends?|intended|hopes?|hoped|wants?|wanted|threatened|threatens|vowed|vows|failed|refused|refuses|expected|likely|unlikely|set|ready|preparing|prepared)\s+to|could|might|may|denie[sd]|deny|denying|rejects|rejected|nie|nient|niait|d[ée]ment|d[ée]mentent|d[ée]menti|(?:vise|visent|visait|tente|tentent|tentait|tenté|cherche|cherchent|cherchait|menace|menacent|menaçait|pr[ée]voit|compte|veut|veulent|voulait|refuse|refusent|pourrait|pourraient)\s+(?:à|de|d['’])?)\s*(?:\p{L}+\s+){0,1}$/iu;

/**
 * "denied that it had claimed the", "denied it had killed", "found no evidence that X was trained by", « rien n'indique
 * que », "a démenti avoir revendiqué l’": a denial whose clause holds
 * the trigger a few words on, with or without "that" (MODAL takes a denial one word before it).
 */
const DENIAL_CLAUSE =
  /(?:^|[^\p{L}])(?:denie[sd]|deny|denying|ni[ée]|nient|niait|d[ée]men(?:t|tent|tait|ti)|no\s+(?:evidence|proof|sign|indication)|aucune\s+(?:preuve|indication)|rien\s+n['’]indique(?:\s+pourtant)?)(?:\s+(?:that|avoir|qu['’]|que))?(?:\s*[\p{L}'’]+){0,4}\s*$/iu;

/** Whether the words just before a trigger deny it or make it an intention ("would" is left alone: histories narrate with it). */
export function denied(view: SentenceView, start: number): boolean {
  const lead = view.text.slice(Math.max(0, start - view.start - 40), start - view.start);
  return NEGATED.test(lead.slice(-24)) || MODAL.test(lead) || DENIAL_CLAUSE.test(lead);
}

/** "was not at war with", "never joined", "n'a pas rejoint": the relation is denied, not stated. */
const NEGATED = /(?:^|[^\p{L}])(?:not|never|no\s+longer|n['’]t|pas|jamais|plus)\s+(?:(?:been|yet|formally|officially|directly|really|actually)\s+)?$/iu;
