/**
 * How an actor's existence ends (rule L1). A rename hands the lane to the successor; a merger or an
 * absorption ends the actor unless a source says it lives on as a component of what it joined.
 */
export const LIFESPAN_ENDS = ['dissolved', 'merged', 'absorbed', 'defeated', 'withdrawn', 'died', 'renamed'] as const;
export type LifespanEnd = (typeof LIFESPAN_ENDS)[number];
