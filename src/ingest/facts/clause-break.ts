/** What ends a clause inside a sentence: a strong stop, or a conjunction or relative pronoun that opens another clause. */
export const CLAUSE_BREAK = /[;:!?]|\.\s|\s(?:which|who|that|while|whereas|but|although|tandis|alors que|mais|qui|que)\s/i;
