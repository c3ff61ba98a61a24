/** Kinds of actor; communities cover ethnic groups, tribes, confederations and clans. */
export const ACTOR_KINDS = [
  'armed_group',
  'coalition',
  'state',
  'state_force',
  'international_force',
  'international_org',
  'community',
  'person',
  'other_org',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Finer grain for communities, as the seed documents distinguish them. */
export const COMMUNITY_LEVELS = ['ethnic_group', 'confederation', 'tribe', 'clan', 'caste', 'other'] as const;

/** ACLED's actor types (its `inter` codes), kept as an attribute for export and comparison. */
export const ACLED_ACTOR_TYPES = {
  state_forces: 1,
  rebel_group: 2,
  political_militia: 3,
  identity_militia: 4,
  rioters: 5,
  protesters: 6,
  civilians: 7,
  external_force: 8,
} as const;
export type AcledActorType = keyof typeof ACLED_ACTOR_TYPES;
