import type { Issue } from '../../core/errors.js';
import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent, Participant } from '../../core/model/event.js';
import type { ParticipantRole } from '../../core/vocab/event-types.js';
import type { CoordinatePrecision, EventPlacePrecision } from '../../core/vocab/place-kinds.js';
import type { AcledRecordContext, UnresolvedName } from '../acled/acled-records.js';
import { rowEvidence } from '../acled/acled-records.js';
import { importedIdSlug } from '../imported-ids.js';
import type { GedRow } from './parse-ged.js';

export const UCDP_METHOD = 'import:ucdp';

/** GED ids are numbers and keep their form (`event:ucdp-ged-880001`); any other id is encoded so that no two share one. */
export function gedEventId(gedId: string): string {
  return `event:ucdp-ged-${importedIdSlug(gedId, (slug) => slug)}`;
}

const VIOLENCE = {
  1: { type: 'armed_clash', label: 'state-based violence', a: 'participant', b: 'participant' },
  2: { type: 'armed_clash', label: 'non-state violence', a: 'participant', b: 'participant' },
  3: { type: 'attack_on_civilians', label: 'one-sided violence', a: 'perpetrator', b: 'victim' },
} as const satisfies Record<1 | 2 | 3, { type: string; label: string; a: ParticipantRole; b: ParticipantRole }>;

/** GED where_prec (1 exact … 7 international waters; unrecorded: the least precise) as event place precision and coordinate precision. */
export function gedPlacePrecision(wherePrec: GedRow['wherePrec']): { event: EventPlacePrecision; coordinates: CoordinatePrecision } {
  if (wherePrec === 1) return { event: 1, coordinates: 'exact' };
  if (wherePrec === 2) return { event: 2, coordinates: 'approximate' };
  return { event: 3, coordinates: 'centroid' };
}

/** GED dates: the day when start and end agree, else the interval between them (date_prec says the same). */
export function gedDate(row: Pick<GedRow, 'start' | 'end'>): string {
  return row.start === row.end ? row.start : `${row.start}/${row.end}`;
}

/** One GED row → an event (`event:ucdp-ged-<id>`) and the accepted claim citing the row. */
export function gedRecords(
  row: GedRow,
  ctx: AcledRecordContext,
  issues: Issue[],
): { event: ConflictEvent; claim: Claim; unresolved: UnresolvedName[] } | undefined {
  const country = ctx.country({ name: row.country, gwno: row.countryId });
  if (!country) {
    issues.push({ code: 'invalid_input', file: ctx.file, line: row.at.line, path: 'country', message: `unknown country ${JSON.stringify(row.country)}` });
    return undefined;
  }
  const violence = VIOLENCE[row.violence];
  const evidence = rowEvidence(ctx.sourceId, row.at);
  const participants: Participant[] = [];
  const unresolved: UnresolvedName[] = [];
  for (const [name, role] of [
    [row.sideA, violence.a],
    [row.sideB, violence.b],
  ] as const) {
    const found = ctx.actor(name, country);
    if (found && 'skip' in found) continue;
    if (!found) unresolved.push({ name, country, evidence });
    else if (!participants.some((p) => p.actor === found.actor)) participants.push({ actor: found.actor, role });
  }
  const precision = gedPlacePrecision(row.wherePrec);
  const location = row.where ?? row.adm2 ?? row.adm1;
  const place = location
    ? ctx.place({
        country,
        location: location.replace(/\s+(town|village|city)$/i, ''),
        ...(row.adm1 ? { admin1: row.adm1.replace(/\s+(region|province|state)$/i, '') } : {}),
        ...(row.adm2 && row.adm2 !== location ? { admin2: row.adm2 } : {}),
        ...(row.latitude !== undefined && row.longitude !== undefined ? { coordinates: [row.longitude, row.latitude] as [number, number] } : {}),
        precision: precision.coordinates,
      })
    : undefined;
  const id = gedEventId(row.id);
  const event: ConflictEvent = {
    id,
    type: violence.type,
    date: gedDate(row),
    ...(place ? { place, placePrecision: precision.event } : {}),
    participants,
    fatalities: { low: row.low, best: row.best, high: row.high },
    description: `${violence.label}${row.dyadName ? `, ${row.dyadName}` : ''}${location ? `, at ${location}` : ''} (UCDP GED ${row.id})`,
  };
  const claim: Claim = {
    id: `${id}#1`,
    subject: id,
    stance: 'supports',
    evidence: [evidence],
    // Low clarity, or clarity not recorded, makes the claim only possibly true.
    credibility: row.clarity === 1 ? 2 : 3,
    method: UCDP_METHOD,
    status: 'accepted',
    by: ctx.by,
    at: ctx.at,
    note: `UCDP GED event ${row.id}${row.sourceOffice ? `, coded from: ${row.sourceOffice}` : ''}${row.sources !== undefined ? ` (${row.sources} source${row.sources === 1 ? '' : 's'})` : ''}`,
  };
  return { event, claim, unresolved };
}
