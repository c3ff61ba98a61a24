import type { RelationType } from '../../../../src/core/vocab/relation-types.js';
import type { LifespanEnd } from '../../../../src/core/vocab/lifespan-ends.js';

/**
 * How a change of each relation type reads in a sentence, `from` first: "Ansar Dine joined JNIM".
 * Keyed by the core's relation types, so a type added there fails the type-check here until it is worded.
 * `began` and `ended` serve standing ties; instant ties (a split, a signature) read `began` as what happened.
 */
export const CHANGE_PHRASES: Record<RelationType, { began: string; ended: string }> = {
  member_of: { began: 'became a member or component of', ended: 'ceased to be a member or component of' },
  split_from: { began: 'split from', ended: 'split from' },
  merged_into: { began: 'merged into', ended: 'merged into' },
  successor_of: { began: 'succeeded, under a new name,', ended: 'succeeded, under a new name,' },
  allied_with: { began: 'allied with', ended: 'ended its alliance with' },
  hostile_to: { began: 'turned hostile to', ended: 'ceased to be hostile to' },
  leads: { began: 'took the lead of', ended: 'stopped leading' },
  founded: { began: 'founded', ended: 'founded' },
  commands: { began: 'took command of', ended: 'stopped commanding' },
  affiliated_with: { began: 'pledged allegiance to', ended: 'ended its allegiance to' },
  based_on_community: { began: 'began to draw its base from', ended: 'ceased to draw its base from' },
  controls: { began: 'took hold of', ended: 'lost hold of' },
  operates_in: { began: 'began operating in', ended: 'stopped operating in' },
  supported_by: { began: 'gained the support of', ended: 'lost the support of' },
  co_opted_by: { began: 'was co-opted by', ended: 'ceased to be co-opted by' },
  signatory_to: { began: 'signed the', ended: 'signed the' },
  kin_of: { began: 'is recorded as kin of', ended: 'is no longer recorded as kin of' },
};

/** How an organisation's or a person's end reads: "MUJAO merged", "Cheikh Ag Aoussa died". */
export const END_PHRASES: Record<LifespanEnd, string> = {
  dissolved: 'was dissolved',
  merged: 'ended, merged into another group',
  absorbed: 'was absorbed into another group',
  defeated: 'was defeated',
  withdrawn: 'withdrew',
  died: 'died',
  renamed: 'was renamed',
};
