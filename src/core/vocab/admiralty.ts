/** Admiralty (NATO) source reliability, A to F. */
export const SOURCE_RELIABILITY = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
} as const;
export type SourceReliability = keyof typeof SOURCE_RELIABILITY;

/** Admiralty information credibility, 1 to 6, graded per claim. */
export const CLAIM_CREDIBILITY = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
} as const;
export type ClaimCredibility = keyof typeof CLAIM_CREDIBILITY;

/** The grade a proposal carries until a reviewer weighs it: truth cannot be judged. */
export const UNJUDGED_CREDIBILITY: ClaimCredibility = 6;
