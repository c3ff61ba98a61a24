import type { RelationType } from '../core/vocab/relation-types.js';

/**
 * Where each relation appears in an actor's profile, seen from its source end (`out`) or its target
 * end (`in`). Declared as data so the CLI, the API and the web app group ties the same way.
 */
export const PROFILE_SECTIONS: Record<RelationType, { out: string; in: string }> = {
  leads: { out: 'Leads', in: 'Leaders' },
  commands: { out: 'Commands', in: 'Commanders' },
  founded: { out: 'Founded', in: 'Founders' },
  member_of: { out: 'Member of', in: 'Components and members' },
  affiliated_with: { out: 'Allegiance', in: 'Affiliates' },
  split_from: { out: 'Genealogy', in: 'Genealogy' },
  merged_into: { out: 'Genealogy', in: 'Genealogy' },
  successor_of: { out: 'Genealogy', in: 'Genealogy' },
  allied_with: { out: 'Allies', in: 'Allies' },
  hostile_to: { out: 'Rivals and enemies', in: 'Rivals and enemies' },
  supported_by: { out: 'Supported by', in: 'Supports' },
  co_opted_by: { out: 'Co-opted by', in: 'Co-opts' },
  based_on_community: { out: 'Community base', in: 'Armed groups drawing on this community' },
  controls: { out: 'Territory held', in: 'Held by' },
  operates_in: { out: 'Areas of operation', in: 'Areas of operation' },
  signatory_to: { out: 'Agreements signed', in: 'Signatories' },
  kin_of: { out: 'Kin', in: 'Kin' },
};

export const SECTION_ORDER = [
  'Leaders',
  'Leads',
  'Commanders',
  'Commands',
  'Founders',
  'Founded',
  'Genealogy',
  'Member of',
  'Components and members',
  'Allegiance',
  'Affiliates',
  'Allies',
  'Rivals and enemies',
  'Supported by',
  'Supports',
  'Co-opted by',
  'Co-opts',
  'Community base',
  'Armed groups drawing on this community',
  'Territory held',
  'Held by',
  'Areas of operation',
  'Agreements signed',
  'Signatories',
  'Kin',
];
