import type { ActorKind } from '../api/types.js';
import { ACTOR_KINDS } from '../../../src/core/vocab/actor-kinds.js';
import { RELATION_TYPES } from '../../../src/core/vocab/relation-types.js';

// The vocabularies and their wording live in src/core/vocab; this file only shapes them for display.

/** Admiralty source reliability, A–F, and information credibility, 1–6, in the core's wording. */
export { SOURCE_RELIABILITY as RELIABILITY_LABELS, CLAIM_CREDIBILITY as CREDIBILITY_LABELS } from '../../../src/core/vocab/admiralty.js';

/** Singular and plural labels of actor kinds (the core names kinds, but has no plurals). */
export const ACTOR_KIND_LABELS: Record<ActorKind, { one: string; many: string }> = {
  armed_group: { one: 'Armed group', many: 'Armed groups' },
  coalition: { one: 'Coalition', many: 'Coalitions' },
  state: { one: 'State', many: 'States' },
  state_force: { one: 'State force', many: 'State forces' },
  international_force: { one: 'International force', many: 'International forces' },
  international_org: { one: 'International organisation', many: 'International organisations' },
  community: { one: 'Community', many: 'Communities' },
  person: { one: 'Person', many: 'People' },
  other_org: { one: 'Other organisation', many: 'Other organisations' },
};

/** Actor kinds in the order the home page lists them: the core's order. */
export const ACTOR_KIND_ORDER: readonly ActorKind[] = ACTOR_KINDS;

/** `state_force` → `State force`, for values without a label of their own. */
export const humanise = (value: string): string => {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A relation type's label from the relation-type table, capitalised (`co_opted_by` → `Co-opted by`). */
export const relationTypeLabel = (type: string): string => {
  const label = (RELATION_TYPES as Record<string, { label: string } | undefined>)[type]?.label;
  return label === undefined ? humanise(type) : label.charAt(0).toUpperCase() + label.slice(1);
};
