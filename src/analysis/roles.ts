import type { EventGroup } from '../core/vocab/event-types.js';
import { RELATION_TYPES, RELATION_TYPE_NAMES, type RelationType } from '../core/vocab/relation-types.js';

function typeWithPart(part: 'membership' | 'community_base' | 'territory'): RelationType {
  const found = RELATION_TYPE_NAMES.find((type) => (RELATION_TYPES[type] as { part?: string }).part === part);
  if (!found) throw new Error(`the relation-type table declares no ${part} type`);
  return found;
}

/**
 * The parts that relation and event types play in the analyses, read from the relation-type table
 * (its `part` and `elder` fields) so that no analysis names a type.
 */
export const ANALYSIS_ROLES = {
  /** Ties that make an actor a component of a coalition (genealogy, event roll-ups). */
  membership: typeWithPart('membership'),
  /** Ties from an armed group to the community it draws on (communal dynamics). */
  communityBase: typeWithPart('community_base'),
  /** Ties by which an actor holds or controls a place (territory gained and lost). */
  territory: typeWithPart('territory'),
  /** Event groups that count as violence between their participants. */
  violentGroups: ['battle', 'remote_violence', 'violence_against_civilians'] as readonly EventGroup[],
  /** Which end of each genealogical tie is the elder (`to` unless the table says otherwise). */
  elderEnd: Object.fromEntries(RELATION_TYPE_NAMES.map((type) => [type, (RELATION_TYPES[type] as { elder?: 'from' | 'to' }).elder ?? 'to'])) as Partial<
    Record<RelationType, 'from' | 'to'>
  >,
  /** Actor kinds counted as armed groups in fragmentation and tribalisation. */
  armedKinds: ['armed_group'] as readonly string[],
};
