import type { LifespanEnd } from './lifespan-ends.js';

/**
 * The relation-type table: every property shared code needs about a relation type is declared
 * here, so no caller branches on type names. `sign` feeds structural balance; `genealogical`
 * types build the split/merger/rename tree; `target` says what the relation points at.
 */
export interface RelationTypeSpec {
  label: string;
  /** Reading of `from → to`, e.g. "is a member of". */
  reads: string;
  directed: boolean;
  symmetric: boolean;
  sign: 1 | -1 | 0;
  genealogical: boolean;
  /** Relations that hold at an instant (a split happens on a day) rather than over a span. */
  instant: boolean;
  from: readonly TargetKind[];
  to: readonly TargetKind[];
  /** For genealogical types, which end is the elder: a group splits from its parent (`to`) but merges into its successor (`from`). */
  elder?: 'from' | 'to';
  /** The part a type plays in the analyses: the tie that makes a component of a coalition, an armed group's community base, or its hold on a place. */
  part?: 'membership' | 'community_base' | 'territory';
  /**
   * What the tie says about its ends' lifespans (rule L2): which end it begins, which it ends and how.
   * `unlessComponent`: the ending end lives on if it is still recorded as a component of the other.
   */
  lifespan?: { begins?: 'from' | 'to'; ends?: 'from' | 'to'; endedAs?: LifespanEnd; unlessComponent?: boolean };
}
export type TargetKind = 'actor' | 'place' | 'event';

const ACTOR = ['actor'] as const;

export const RELATION_TYPES = {
  member_of: {
    label: 'member of',
    reads: 'is a member or component of',
    directed: true,
    symmetric: false,
    sign: 0,
    genealogical: false,
    instant: false,
    from: ACTOR,
    to: ACTOR,
    part: 'membership',
  },
  split_from: {
    label: 'split from',
    reads: 'split from',
    directed: true,
    symmetric: false,
    sign: 0,
    genealogical: true,
    instant: true,
    from: ACTOR,
    to: ACTOR,
    elder: 'to',
    lifespan: { begins: 'from' },
  },
  merged_into: {
    label: 'merged into',
    reads: 'merged into',
    directed: true,
    symmetric: false,
    sign: 0,
    genealogical: true,
    instant: true,
    from: ACTOR,
    to: ACTOR,
    elder: 'from',
    lifespan: { ends: 'from', endedAs: 'merged', unlessComponent: true },
  },
  successor_of: {
    label: 'successor of',
    reads: 'is the renamed or rebranded successor of',
    directed: true,
    symmetric: false,
    sign: 0,
    genealogical: true,
    instant: true,
    from: ACTOR,
    to: ACTOR,
    elder: 'to',
    lifespan: { begins: 'from', ends: 'to', endedAs: 'renamed' },
  },
  allied_with: {
    label: 'allied with',
    reads: 'is allied with',
    directed: false,
    symmetric: true,
    sign: 1,
    genealogical: false,
    instant: false,
    from: ACTOR,
    to: ACTOR,
  },
  hostile_to: {
    label: 'hostile to',
    reads: 'is hostile to',
    directed: false,
    symmetric: true,
    sign: -1,
    genealogical: false,
    instant: false,
    from: ACTOR,
    to: ACTOR,
  },
  leads: { label: 'leads', reads: 'leads', directed: true, symmetric: false, sign: 0, genealogical: false, instant: false, from: ACTOR, to: ACTOR },
  founded: {
    label: 'founded',
    reads: 'founded',
    directed: true,
    symmetric: false,
    sign: 0,
    genealogical: false,
    instant: true,
    from: ACTOR,
    to: ACTOR,
    lifespan: { begins: 'to' },
  },
  commands: { label: 'commands', reads: 'commands', directed: true, symmetric: false, sign: 0, genealogical: false, instant: false, from: ACTOR, to: ACTOR },
  affiliated_with: {
    label: 'affiliated with',
    reads: 'pledges allegiance to or is a franchise of',
    directed: true,
    symmetric: false,
    sign: 0,
    genealogical: false,
    instant: false,
    from: ACTOR,
    to: ACTOR,
  },
  based_on_community: {
    label: 'based on community',
    reads: 'draws its base from',
    directed: true,
    symmetric: false,
    sign: 0,
    genealogical: false,
    instant: false,
    from: ACTOR,
    to: ACTOR,
    part: 'community_base',
  },
  controls: {
    label: 'controls',
    reads: 'holds or controls',
    directed: true,
    symmetric: false,
    sign: 0,
    genealogical: false,
    instant: false,
    from: ACTOR,
    to: ['place'],
    part: 'territory',
  },
  operates_in: {
    label: 'operates in',
    reads: 'operates in',
    directed: true,
    symmetric: false,
    sign: 0,
    genealogical: false,
    instant: false,
    from: ACTOR,
    to: ['place'],
  },
  supported_by: {
    label: 'supported by',
    reads: 'is supported by',
    directed: true,
    symmetric: false,
    sign: 0,
    genealogical: false,
    instant: false,
    from: ACTOR,
    to: ACTOR,
  },
  co_opted_by: {
    label: 'co-opted by',
    reads: 'is co-opted by',
    directed: true,
    symmetric: false,
    sign: 0,
    genealogical: false,
    instant: false,
    from: ACTOR,
    to: ACTOR,
  },
  signatory_to: {
    label: 'signatory to',
    reads: 'signed',
    directed: true,
    symmetric: false,
    sign: 0,
    genealogical: false,
    instant: true,
    from: ACTOR,
    to: ['event'],
  },
  kin_of: { label: 'kin of', reads: 'is kin of', directed: false, symmetric: true, sign: 0, genealogical: false, instant: false, from: ACTOR, to: ACTOR },
} as const satisfies Record<string, RelationTypeSpec>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];
