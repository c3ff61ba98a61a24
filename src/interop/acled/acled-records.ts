import type { Issue } from '../../core/errors.js';
import type { Claim, Evidence } from '../../core/model/claim.js';
import type { ConflictEvent, Participant } from '../../core/model/event.js';
import { sha256Hex } from '../../core/text/normalise.js';
import type { AcledActorType } from '../../core/vocab/actor-kinds.js';
import { EVENT_TYPES, type ParticipantRole } from '../../core/vocab/event-types.js';
import type { NameResolution } from '../actor-names.js';
import type { ImportedLocation } from '../place-index.js';
import type { AcledRow } from './acled-row.js';
import { acledActorType, edtfFromAcled, eventTypeFromAcled, placePrecisionFromAcled, rolesFor } from './acled-vocab.js';

/** The method every ACLED-derived claim carries. */
export const ACLED_METHOD = 'import:acled';

/** Event ids keep ACLED's own id, so re-importing an updated export updates rather than duplicates. */
export function acledEventId(acledId: string): string {
  return `event:acled-${acledId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

export interface AcledRecordContext {
  file: string;
  sourceId: string;
  by: string;
  at: string;
  country: (name: string) => string | undefined;
  actor: (name: string) => NameResolution;
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
  return { source: sourceId, start: at.start, end: at.end, sha256: sha256Hex(at.text) };
}

/**
 * Turns one ACLED row into an event and the accepted claim that cites the row. Names that resolve
 * to no actor are returned for proposal; the event lists only resolved participants.
 */
export function acledRecords(
  row: AcledRow,
  ctx: AcledRecordContext,
  issues: Issue[],
): { event: ConflictEvent; claim: Claim; unresolved: UnresolvedName[] } | undefined {
  const type = eventTypeFromAcled(row.eventType, row.subEventType);
  const country = ctx.country(row.country);
  const where = { file: ctx.file, line: row.at.line };
  if (!type)
    issues.push({
      code: 'invalid_input',
      ...where,
      path: 'sub_event_type',
      message: `unknown ACLED event type ${JSON.stringify(`${row.eventType} / ${row.subEventType ?? ''}`)}`,
    });
  if (!country) issues.push({ code: 'invalid_input', ...where, path: 'country', message: `unknown country ${JSON.stringify(row.country)}` });
  if (!type || !country) return undefined;
  const evidence = rowEvidence(ctx.sourceId, row.at);
  const roles = rolesFor(EVENT_TYPES[type].group);
  const participants: Participant[] = [];
  const unresolved: UnresolvedName[] = [];
  const seen = new Set<string>();
  const add = (name: string, inter: string | undefined, role: ParticipantRole) => {
    const found = ctx.actor(name);
    if (found && 'skip' in found) return;
    if (!found) {
      const acledType = acledActorType(inter);
      unresolved.push({ name, country, evidence, ...(acledType ? { acledType } : {}) });
      return;
    }
    if (seen.has(found.actor)) return;
    seen.add(found.actor);
    participants.push({ actor: found.actor, role });
  };
  if (row.actor1) add(row.actor1, row.inter1, roles.first);
  for (const name of row.assoc1) add(name, undefined, roles.first);
  if (row.actor2) add(row.actor2, row.inter2, roles.second);
  for (const name of row.assoc2) add(name, undefined, roles.second);
  const precision = placePrecisionFromAcled(row.geoPrecision);
  const place = ctx.place({
    country,
    location: row.location,
    ...(row.admin1 ? { admin1: row.admin1 } : {}),
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
  const claim: Claim = {
    id: `${event.id}#1`,
    subject: event.id,
    stance: 'supports',
    evidence: [evidence],
    credibility: 2,
    method: ACLED_METHOD,
    status: 'accepted',
    by: ctx.by,
    at: ctx.at,
    note: `ACLED event ${row.id}${row.source ? `, coded from: ${row.source}` : ''}${row.sourceScale ? ` (${row.sourceScale})` : ''}`,
  };
  return { event, claim, unresolved };
}
