/** The integrity rules (docs/spec/model.md, "Integrity (C)") and the stable code each finding carries. */
export const INTEGRITY_RULES = {
  C1: 'tie_outside_lifespan',
  C2: 'event_outside_lifespan',
  C3: 'duplicate_tie',
  C4: 'same_tie_two_types',
  C5: 'allied_and_hostile',
  C6: 'duplicate_event',
  C7: 'duplicate_participant',
  C8: 'tie_starts_after_event',
  C9: 'passage_lacks_value',
  C10: 'gazetteer_link_wrong',
} as const;

export type IntegrityRule = keyof typeof INTEGRITY_RULES;
export type FindingCode = (typeof INTEGRITY_RULES)[IntegrityRule];
export const INTEGRITY_RULE_IDS = Object.keys(INTEGRITY_RULES) as IntegrityRule[];

/** One integrity problem: the rule it breaks, the records and accepted claims involved, and a terse message. */
export interface Finding {
  rule: IntegrityRule;
  code: FindingCode;
  records: string[];
  claims: string[];
  message: string;
}

/** Builds a finding with the rule's code. */
export function finding(rule: IntegrityRule, records: readonly string[], claims: readonly string[], message: string): Finding {
  return { rule, code: INTEGRITY_RULES[rule], records: [...new Set(records)], claims: [...new Set(claims)], message };
}
