import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import { ACLED_ACTOR_TYPES } from '../../core/vocab/actor-kinds.js';
import { EVENT_TYPES, type EventGroup } from '../../core/vocab/event-types.js';
import { ACLED_COLUMNS } from '../acled/acled-columns.js';
import { spreadsheetSafeCsv } from '../csv/spreadsheet-safe.js';
import { acledDayOf, type UndatedReason } from './acled-date-columns.js';
import { acledPlaceOf, type UnplacedReason } from './acled-place-columns.js';
import type { ExportRecords } from './publishable.js';

const DISORDER: Record<EventGroup, string> = {
  battle: 'Political violence',
  remote_violence: 'Political violence',
  violence_against_civilians: 'Political violence',
  protest: 'Demonstrations',
  riot: 'Demonstrations',
  strategic: 'Strategic developments',
  organisational: 'Strategic developments',
  governance: 'Strategic developments',
};

/** Why an event has no row: an ACLED row needs a day, a country and a location. */
export type LeftOutReason = UndatedReason | UnplacedReason;

/** An event the events CSV leaves out, and why. */
export interface LeftOutEvent {
  event: string;
  date: string;
  reasons: LeftOutReason[];
  text: string;
}

/**
 * Events as a CSV with ACLED's 31 columns, so tools built for ACLED read it and the ACLED reader
 * reads it back. `event_id_cnty` holds the Faultline id; `source` the titles of the cited sources;
 * `tags` the Faultline type where ACLED's own is coarser. Text that starts like a spreadsheet formula is
 * escaped (`spreadsheetSafeCsv`), which the ACLED reader undoes. Dates and places follow `acledDayOf` and
 * `acledPlaceOf`; an event that gives no ACLED day or location is left out and listed with why.
 */
export function eventsCsv(records: ExportRecords): { text: string; leftOut: LeftOutEvent[] } {
  const actors = new Map(records.actors.map((a) => [a.id, a]));
  const places = new Map(records.places.map((p) => [p.id, p]));
  const titles = new Map(records.sources.map((s) => [s.id, s.title]));
  const claimsOf = groupClaims(records.claims);
  const name = (id: string | undefined) => (id ? (actors.get(id)?.name ?? id) : '');
  const associates = (side: ConflictEvent['participants']) =>
    side
      .slice(1)
      .map((p) => name(p.actor))
      .join('; ');
  const inter = (id: string | undefined) => {
    const type = id ? actors.get(id)?.acledType : undefined;
    return type ? String(ACLED_ACTOR_TYPES[type]) : '';
  };
  const rows: (string | number)[][] = [];
  const leftOut: LeftOutEvent[] = [];
  for (const e of records.events) {
    const spec = EVENT_TYPES[e.type];
    const date = acledDayOf(e.date);
    const where = acledPlaceOf(e, places);
    if ('reason' in date || 'reason' in where) {
      leftOut.push(leftOutEvent(e, date, where));
      continue;
    }
    const [first = [], second = []] = sidesOf(e);
    const sources = [...new Set((claimsOf.get(e.id) ?? []).flatMap((c) => c.evidence.map((x) => titles.get(x.source) ?? x.source)))];
    const value: Record<string, string | number> = {
      event_id_cnty: e.id,
      event_date: date.day,
      year: date.day.slice(0, 4),
      time_precision: date.precision,
      disorder_type: DISORDER[spec.group],
      event_type: spec.acled.eventType,
      sub_event_type: spec.acled.subEventType,
      actor1: name(first[0]?.actor),
      assoc_actor_1: associates(first),
      inter1: inter(first[0]?.actor),
      actor2: name(second[0]?.actor),
      assoc_actor_2: associates(second),
      inter2: inter(second[0]?.actor),
      interaction: '',
      civilian_targeting: spec.group === 'violence_against_civilians' ? 'Civilian targeting' : '',
      iso: where.iso,
      region: '',
      country: where.country,
      admin1: where.admin1,
      admin2: where.admin2,
      admin3: '',
      location: where.location,
      latitude: where.latitude,
      longitude: where.longitude,
      geo_precision: where.geoPrecision,
      source: sources.join('; '),
      source_scale: '',
      notes: e.description,
      fatalities: e.fatalities?.best ?? e.fatalities?.low ?? e.fatalities?.high ?? 0,
      tags: spec.native ? '' : `faultline:${e.type}`,
      timestamp: '',
    };
    rows.push(ACLED_COLUMNS.map((c) => value[c] ?? ''));
  }
  return { text: spreadsheetSafeCsv([[...ACLED_COLUMNS], ...rows]), leftOut };
}

/** The events left out of the events CSV, one line each, for the file written beside it. */
export function leftOutCsv(leftOut: readonly LeftOutEvent[]): string {
  return spreadsheetSafeCsv([['event', 'date', 'reasons', 'why'], ...leftOut.map((l) => [l.event, l.date, l.reasons.join(' '), l.text])]);
}

const UNDATED: Record<UndatedReason, (date: string) => string> = {
  'no-known-start': (date) => `its date ${date} has no known start, and an ACLED row needs a day`,
  'invalid-date': (date) => `its date ${date} is not EDTF`,
};

function leftOutEvent(e: ConflictEvent, date: ReturnType<typeof acledDayOf>, where: ReturnType<typeof acledPlaceOf>): LeftOutEvent {
  const reasons: LeftOutReason[] = [];
  const texts: string[] = [];
  if ('reason' in date) {
    reasons.push(date.reason);
    texts.push(UNDATED[date.reason](e.date));
  }
  if ('reason' in where) {
    reasons.push(where.reason);
    texts.push(`${where.text}, and an ACLED row needs a country and a location`);
  }
  return { event: e.id, date: e.date, reasons, text: texts.join('; ') };
}

/** ACLED's two sides: victims and targets on the second; else the second participant faces the first. */
function sidesOf(e: ConflictEvent): ConflictEvent['participants'][] {
  const sides = [
    e.participants.filter((p) => p.role !== 'target' && p.role !== 'victim'),
    e.participants.filter((p) => p.role === 'target' || p.role === 'victim'),
  ];
  if (sides[1]?.length === 0 && (sides[0]?.length ?? 0) > 1) sides[1] = sides[0]?.splice(1, 1) ?? [];
  return sides;
}

function groupClaims(claims: readonly Claim[]): Map<string, Claim[]> {
  const map = new Map<string, Claim[]>();
  for (const c of claims) if (c.status === 'accepted') map.set(c.subject, [...(map.get(c.subject) ?? []), c]);
  return map;
}
