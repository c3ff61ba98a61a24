import type { EventGroup } from '../core/vocab/event-types.js';
import type { RelationType } from '../core/vocab/relation-types.js';

/**
 * The few parts that relation and event types play in the analyses, declared once. The relation
 * table has no flag yet for "membership" or "community base"; until it does, these name the types.
 */
export const ANALYSIS_ROLES = {
  /** Ties that make an actor a component of a coalition (genealogy, event roll-ups). */
  membership: 'member_of',
  /** Ties from an armed group to the community it draws on (communal dynamics). */
  communityBase: 'based_on_community',
  /** Event groups that count as violence between their participants. */
  violentGroups: ['battle', 'remote_violence', 'violence_against_civilians'],
  /**
   * Which end of a genealogical tie is the elder: a group splits from its parent (`to`), merges into
   * its successor (so `from` is the elder), succeeds its predecessor (`to`). Types not listed: `to`.
   */
  elderEnd: { merged_into: 'from' } as Partial<Record<RelationType, 'from' | 'to'>>,
  /** Actor kinds counted as armed groups in fragmentation and tribalisation. */
  armedKinds: ['armed_group'],
} as const satisfies {
  membership: RelationType;
  communityBase: RelationType;
  violentGroups: readonly EventGroup[];
  elderEnd: Partial<Record<RelationType, 'from' | 'to'>>;
  armedKinds: readonly string[];
};
