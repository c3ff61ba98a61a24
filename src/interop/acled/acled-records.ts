import type { Issue } from '../../core/errors.js';
import type { Claim, Evidence } from '../../core/model/claim.js';
import type { ConflictEvent, Participant } from '../../core/model/event.js';
import { sha256Hex } from '../../core/text/normalise.js';
import type { AcledActorType } from '../../core/vocab/actor-kinds.js';
import { EVENT_TYPES, type EventType, type ParticipantRole } from '../../core/vocab/event-types.js';
import type { NameResolution } from '../actor-names.js';
import type { CountryColumns } from '../countries.js';
import { importedIdSlug } from '../imported-ids.js';
import type { ImportedLocation } from '../place-index.js';
import type { AcledLayout } from './acled-layout.js';
import type { AcledRow } from './acled-row.js';
import { readRiotsProtests, type RiotsProtestsReading } from './riots-protests.js';
import { acledActorType, edtfFromAcled, eventTypeFromAcled, placePrecisionFromAcled, rolesFor } from './acled-vocab.js';

/** The method every ACLED-derived claim carries. */
export const ACLED_METHOD = 'import:acled';

/**
 * Event ids keep ACLED's own id, so re-importing an updated export updates rather than duplicates.
 * Ids of the shapes imports write (`MLI9001`, `MLI-44`, `data-7001`, and our events CSV's
 * `event:<slug>`) keep the slug they always had; any other id is encoded so that no two share one.
 */
export function acledEventId(acledId: string): string {
  return `event:acled-${importedIdSlug(acledId, readAcledSlug)}`;
}

/** The ACLED id an ordinary slug stands for: `data-<n>` and `event-<slug>` as written, the rest in capitals. */
function readAcledSlug(slug: string): string {
  if (/^data-\d+$/.test(slug)) return slug;
  return slug.startsWith('event-') ? `event:${slug.slice('event-'.length)}` : slug.toUpperCase();
}

export interface AcledRecordContext {
  file: string;
  sourceId: string;
  by: string;
  at: string;
  country: (columns: CountryColumns) => string | undefined;
  /** Resolves an actor name as written in the row, with the row's country (ISO alpha-2). */
  actor: (name: string, country: string) => NameResolution;
  place: (location: ImportedLocation) => string;
}

/** A name no actor answers to yet, with what the row says about it. */
export interface UnresolvedName {
  name: string;
  acledType?: AcledActorType;
  country: string;
  evidence: Evidence;
}

/** Evidence citing one row of the export by its code-point span and hash. */
export function rowEvidence(sourceId: string, at: AcledRow['at']): Evidence {
  return { source: sourceId, start: at.start, end: at.end, sha256: at.sha256 ?? sha256Hex(at.text) };
}

/**
 * The finer Faultline type our own events CSV writes in `tags` (`faultline:formation`) for a type
 * ACLED lacks, taken when ACLED's type and sub-event type on the row are the ones it is exported as,
 * so an edited row's new type is never overruled by a stale tag.
 */
function ownType(row: AcledRow): EventType | undefined {
  const tag = /(?:^|[;,]\s*)faultline:([a-z_]+)/.exec(row.tags ?? '')?.[1];
  if (!tag || !Object.hasOwn(EVENT_TYPES, tag)) return undefined;
  const { acled } = EVENT_TYPES[tag as EventType];
  const same = (a: string | undefined, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();
  return same(row.eventType, acled.eventType) && same(row.subEventType, acled.subEventType) ? (tag as EventType) : undefined;
}

/** The event type of an ACLED event, and how sure the reading is when an older type had to be interpreted. */
function eventTypeOf(rows: readonly AcledRow[], first: AcledRow, layout: AcledLayout['rowsPer']): { type?: EventType; reading?: RiotsProtestsReading } {
  const own = ownType(first);
  if (own) return { type: own };
  const type = eventTypeFromAcled(first.eventType, first.subEventType);
  if (first.eventType.toLowerCase() !== 'riots/protests') return type ? { type } : {};
  // A sub-event type that is one of the current riot or protest types settles it.
  const sub = first.subEventType;
  const bySub = sub ? (eventTypeFromAcled('Protests', sub) ?? eventTypeFromAcled('Riots', sub)) : undefined;
  if (bySub) return { type: bySub };
  const typeOf = (s: SideRow) => acledActorType(s.second ? s.row.inter2 : s.row.inter1);
  const sides = sidesOf(rows, layout);
  // One row per actor says nothing of sides: the rioters and protesters face everyone else.
  const all = [...sides.first, ...sides.second].map(typeOf);
  const crowd = (t: AcledActorType | undefined) => t === 'rioters' || t === 'protesters';
  const reading = readRiotsProtests({
    first: layout === 'event' ? sides.first.map(typeOf) : all.filter(crowd),
    second: layout === 'event' ? sides.second.map(typeOf) : all.filter((t) => !crowd(t)),
    fatalities: first.fatalities,
    ...(first.notes ? { notes: first.notes } : {}),
  });
  return { type: reading.type, reading };
}

type SideRow = { row: AcledRow; second: boolean };

/**
 * The rows naming each side. With one row per event, actor1 is the first side and actor2 the second;
 * with one row per actor, the row's actor1 is on the second side when it is the civilians (ACLED's
 * victims and targets), and on the first otherwise.
 */
function sidesOf(rows: readonly AcledRow[], layout: AcledLayout['rowsPer']): { first: SideRow[]; second: SideRow[] } {
  if (layout === 'event') {
    const [row] = rows;
    if (!row) return { first: [], second: [] };
    return { first: row.actor1 ? [{ row, second: false }] : [], second: row.actor2 ? [{ row, second: true }] : [] };
  }
  const named = rows.filter((row) => row.actor1);
  const isCivilians = (row: AcledRow) => acledActorType(row.inter1) === 'civilians';
  return {
    first: named.filter((row) => !isCivilians(row)).map((row) => ({ row, second: false })),
    second: named.filter(isCivilians).map((row) => ({ row, second: false })),
  };
}

/**
 * Turns the rows of one ACLED event (one row, or one per actor in the monadic layout) into the event
 * and the accepted claim that cites every row. Names that resolve to no actor are returned for
 * proposal; the event lists only resolved participants.
 */
export function acledRecords(
  rows: readonly AcledRow[],
  layout: AcledLayout['rowsPer'],
  ctx: AcledRecordContext,
  issues: Issue[],
): { event: ConflictEvent; claim: Claim; unresolved: UnresolvedName[] } | undefined {
  const [row] = rows;
  if (!row) return undefined;
  const { type, reading } = eventTypeOf(rows, row, layout);
  const country = ctx.country({ name: row.country, isoNumeric: row.isoNumeric, iso3: row.iso3, gwno: row.gwno });
  const where = { file: ctx.file, line: row.at.line };
  if (!type)
    issues.push({
      code: 'invalid_input',
      ...where,
      path: 'sub_event_type',
      message: `unknown ACLED event type ${JSON.stringify(`${row.eventType} / ${row.subEventType ?? ''}`)}`,
    });
  if (!country)
    issues.push({
      code: 'invalid_input',
      ...where,
      path: 'country',
      message: `unknown country ${JSON.stringify(row.country ?? row.iso3 ?? row.isoNumeric ?? row.gwno ?? '')}`,
    });
  if (!type || !country) return undefined;
  const evidence = rows.map((r) => rowEvidence(ctx.sourceId, r.at));
  const roles = rolesFor(EVENT_TYPES[type].group);
  const participants: Participant[] = [];
  const unresolved: UnresolvedName[] = [];
  const seen = new Set<string>();
  const add = (name: string, inter: string | undefined, role: ParticipantRole, cited: Evidence) => {
    const found = ctx.actor(name, country);
    if (found && 'skip' in found) return;
    if (!found) {
      const acledType = acledActorType(inter);
      unresolved.push({ name, country, evidence: cited, ...(acledType ? { acledType } : {}) });
      return;
    }
    if (seen.has(found.actor)) return;
    seen.add(found.actor);
    participants.push({ actor: found.actor, role });
  };
  const sides = sidesOf(rows, layout);
  // In the monadic layout a side with several armed actors cannot say who struck whom: they only took part.
  const ambiguous = layout === 'actor' && roles.first !== roles.second && sides.first.length > 1;
  for (const [side, role] of [
    [sides.first, ambiguous ? 'participant' : roles.first],
    [sides.second, roles.second],
  ] as const)
    for (const { row: r, second } of side) {
      // The row's evidence as the claim cites it (the same values, built once).
      const cited = evidence[rows.indexOf(r)] ?? rowEvidence(ctx.sourceId, r.at);
      const name = second ? r.actor2 : r.actor1;
      if (name) add(name, second ? r.inter2 : r.inter1, role, cited);
      for (const associate of second ? r.assoc2 : r.assoc1) add(associate, undefined, role, cited);
    }
  const precision = placePrecisionFromAcled(row.geoPrecision);
  const place = ctx.place({
    country,
    location: row.location,
    ...(row.admin1 ? { admin1: row.admin1 } : {}),
    ...(row.admin2 ? { admin2: row.admin2 } : {}),
    ...(row.latitude !== undefined && row.longitude !== undefined ? { coordinates: [row.longitude, row.latitude] as [number, number] } : {}),
    precision: precision.coordinates,
  });
  const event: ConflictEvent = {
    id: acledEventId(row.id),
    type,
    date: edtfFromAcled(row.date, row.timePrecision),
    place,
    placePrecision: precision.event,
    participants,
    fatalities: { best: row.fatalities },
    description: row.notes ?? `${EVENT_TYPES[type].label} at ${row.location} (ACLED ${row.id})`,
  };
  const sources = rows.length === 1 ? (row.source ?? '') : [...new Set(rows.flatMap((r) => (r.source ? [r.source] : [])))].join('; ');
  const typeNote = reading
    ? `; type read from ACLED's pre-2019 "Riots/Protests" as ${EVENT_TYPES[reading.type].label} (${reading.basis}${reading.certain ? '' : ', uncertain'})`
    : '';
  const claim: Claim = {
    id: `${event.id}#1`,
    subject: event.id,
    stance: 'supports',
    evidence,
    // A type only guessed from the notes or the toll makes the claim less sure than ACLED's own coding.
    credibility: reading && !reading.certain ? 3 : 2,
    method: ACLED_METHOD,
    status: 'accepted',
    by: ctx.by,
    at: ctx.at,
    note: `ACLED event ${row.id}${rows.length > 1 ? ` (${rows.length} rows, one per actor)` : ''}${sources ? `, coded from: ${sources}` : ''}${row.sourceScale ? ` (${row.sourceScale})` : ''}${typeNote}`,
  };
  return { event, claim, unresolved };
}
