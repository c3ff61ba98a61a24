/** A tie's sign from the relation-type table: +1 ally, −1 enemy, 0 unsigned. */
export type TieSign = 1 | -1 | 0;

/** The sign of a pair of actors from its signed ties: both signs at once make it ambivalent. */
export type PairSign = 'positive' | 'negative' | 'ambivalent' | 'unsigned';

/** The pair sign of a single tie. */
export function signOf(sign: TieSign): PairSign {
  return sign === 1 ? 'positive' : sign === -1 ? 'negative' : 'unsigned';
}

/** A pair's sign once one more of its ties counts: an unsigned tie changes nothing, an opposite sign makes it ambivalent. */
export function mergeSign(current: PairSign, sign: TieSign): PairSign {
  if (sign === 0) return current;
  const incoming = signOf(sign);
  if (current === 'unsigned' || current === incoming) return incoming;
  return 'ambivalent';
}
