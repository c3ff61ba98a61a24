import type { ActorKind, ClaimCredibility, SourceReliability } from '../api/types.js';

// Display wording only; the vocabularies themselves live in src/core/vocab and type these tables.

/** Actor kinds in the order the home page lists them, with singular and plural labels. */
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

export const ACTOR_KIND_ORDER = Object.keys(ACTOR_KIND_LABELS) as ActorKind[];

/** Admiralty source reliability, A–F. */
export const RELIABILITY_LABELS: Record<SourceReliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

/** Admiralty information credibility, 1–6. */
export const CREDIBILITY_LABELS: Record<ClaimCredibility, string> = {
  1: 'confirmed by other sources',
  2: 'probably true',
  3: 'possibly true',
  4: 'doubtful',
  5: 'improbable',
  6: 'truth cannot be judged',
};

/** `state_force` → `State force`, for values without a label of their own. */
export const humanise = (value: string): string => {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
