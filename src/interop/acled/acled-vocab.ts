import { LRUCache } from 'lru-cache';
import { shiftDay } from '../../core/dates/bounds.js';
import { parseTemporal } from '../../core/dates/edtf.js';
import type { ActorKind, AcledActorType } from '../../core/vocab/actor-kinds.js';
import { EVENT_TYPES, type EventGroup, type EventType, type ParticipantRole } from '../../core/vocab/event-types.js';
import type { CoordinatePrecision, EventPlacePrecision } from '../../core/vocab/place-kinds.js';

/** ACLED (event type, sub-event type) → Faultline event type: the native entries of the vocabulary. */
const BY_ACLED = new Map<string, EventType>(
  (Object.entries(EVENT_TYPES) as [EventType, (typeof EVENT_TYPES)[EventType]][])
    .filter(([, spec]) => spec.native)
    .map(([type, spec]) => [`${spec.acled.eventType}|${spec.acled.subEventType}`.toLowerCase(), type]),
);

// Exports before the 2019 revision had event types only; each maps to its nearest current type.
const LEGACY_EVENT_TYPES: Record<string, EventType> = {
  'battle-no change of territory': 'armed_clash',
  'battle-government regains territory': 'government_regains_territory',
  'battle-non-state actor overtakes territory': 'non_state_actor_overtakes_territory',
  'remote violence': 'remote_explosive',
  'violence against civilians': 'attack_on_civilians',
  // Only when the row says nothing more: acledRecords reads it by who took part (riots-protests.ts).
  'riots/protests': 'peaceful_protest',
  'strategic development': 'other_strategic',
  'non-violent transfer of territory': 'non_violent_transfer_of_territory',
  'headquarters or base established': 'base_established',
};

/** The Faultline event type for an ACLED event and sub-event type, or undefined when ACLED's is unknown. */
export function eventTypeFromAcled(eventType: string, subEventType: string | undefined): EventType | undefined {
  if (subEventType) {
    const found = BY_ACLED.get(`${eventType}|${subEventType}`.toLowerCase());
    if (found) return found;
  }
  return LEGACY_EVENT_TYPES[eventType.toLowerCase()];
}

/**
 * ACLED time_precision → EDTF: 1 the day itself; 2 "within the week" of the day, as the week
 * centred on it; 3 only the month is known.
 */
export function edtfFromAcled(day: string, precision: 1 | 2 | 3): string {
  if (precision === 1) return day;
  if (precision === 3) return day.slice(0, 7);
  return weeks.memo(day);
}

// An export repeats a few thousand days over a million rows: each day's week is worked out once (bounded).
const weeks = new LRUCache<string, string>({ max: 100_000, memoMethod: (day) => `${shiftDay(day, 'day', -3)}/${shiftDay(day, 'day', 3)}` });

/** The ACLED date and time_precision that best describe an EDTF date (the inverse of edtfFromAcled). */
export function acledFromEdtf(date: string): { day: string; precision: 1 | 2 | 3 } | undefined {
  const t = parseTemporal(date);
  if (!t || t.start.earliest === '0000-01-01' || t.end.latest === '9999-12-31') return undefined;
  const from = Date.parse(t.start.earliest);
  const to = Date.parse(t.end.latest);
  const days = Math.round((to - from) / 86_400_000);
  const middle = new Date(from + Math.floor(days / 2) * 86_400_000).toISOString().slice(0, 10);
  if (days === 0) return { day: t.start.earliest, precision: 1 };
  if (days <= 7) return { day: middle, precision: 2 };
  return { day: middle, precision: 3 };
}

/** ACLED geo_precision is Faultline's event place precision, and says how exactly the coordinates place the location. */
export function placePrecisionFromAcled(geo: 1 | 2 | 3): { event: EventPlacePrecision; coordinates: CoordinatePrecision } {
  return { event: geo, coordinates: geo === 1 ? 'exact' : geo === 2 ? 'approximate' : 'centroid' };
}

// `inter` codes were numbers until 2023 and are labels since; both read the same.
const INTER: Record<string, AcledActorType> = {
  '1': 'state_forces',
  '2': 'rebel_group',
  '3': 'political_militia',
  '4': 'identity_militia',
  '5': 'rioters',
  '6': 'protesters',
  '7': 'civilians',
  '8': 'external_force',
  'state forces': 'state_forces',
  'rebel group': 'rebel_group',
  'political militia': 'political_militia',
  'identity militia': 'identity_militia',
  rioters: 'rioters',
  protesters: 'protesters',
  civilians: 'civilians',
  'external/other forces': 'external_force',
  'external forces': 'external_force',
};

export function acledActorType(inter: string | undefined): AcledActorType | undefined {
  return inter === undefined ? undefined : INTER[inter.trim().toLowerCase()];
}

/** The kind a new actor gets from its ACLED type, until a reviewer says better. */
export const KIND_OF_ACLED_TYPE: Record<AcledActorType, ActorKind> = {
  state_forces: 'state_force',
  rebel_group: 'armed_group',
  political_militia: 'armed_group',
  identity_militia: 'armed_group',
  rioters: 'other_org',
  protesters: 'other_org',
  civilians: 'community',
  external_force: 'international_force',
};

/** The roles ACLED's first and second actor play, by the group of the event type. */
export function rolesFor(group: EventGroup): { first: ParticipantRole; second: ParticipantRole } {
  switch (group) {
    case 'violence_against_civilians':
      return { first: 'perpetrator', second: 'victim' };
    case 'remote_violence':
      return { first: 'perpetrator', second: 'target' };
    default:
      return { first: 'participant', second: 'participant' };
  }
}
