import { parseTemporal } from '../../core/dates/edtf.js';
import type { Actor } from '../../core/model/actor.js';
import { EVENT_TYPES } from '../../core/vocab/event-types.js';
import { RELATION_TYPES, type RelationType } from '../../core/vocab/relation-types.js';
import type { ExportRecords } from './publishable.js';

/** A FollowTheMoney entity: id, schema, and every property as a list of strings. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** FtM ids are opaque; keep ours readable: `actor:jnim` → `faultline-actor-jnim`. */
export const ftmId = (id: string) => `faultline-${id.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** An EDTF bound as an FtM date prefix (`2017`, `2017-03`, `2017-03-02`), or nothing for open ends. */
function ftmDates(valid: string): { startDate?: string[]; endDate?: string[] } {
  const t = parseTemporal(valid);
  if (!t) return {};
  const cut = (day: string) => (t.precision === 'year' ? day.slice(0, 4) : t.precision === 'month' ? day.slice(0, 7) : day);
  return {
    ...(t.start.earliest !== '0000-01-01' ? { startDate: [cut(t.start.earliest)] } : {}),
    ...(t.end.latest !== '9999-12-31' ? { endDate: [cut(t.end.latest)] } : {}),
  };
}

const schemaOfActor = (a: Actor) => (a.kind === 'person' ? 'Person' : a.kind === 'state' ? 'PublicBody' : 'Organization');

/**
 * FollowTheMoney entities for Aleph: actors as Person, Organization or PublicBody; memberships as
 * Membership, leadership as Directorship, other ties as UnknownLink with the relation as role;
 * places as Address; events as Event with their participants as `involved`.
 */
export function toFtm(records: ExportRecords): FtmEntity[] {
  const out: FtmEntity[] = [];
  const actors = new Map(records.actors.map((a) => [a.id, a]));
  const places = new Map(records.places.map((p) => [p.id, p]));
  for (const a of records.actors) {
    out.push({
      id: ftmId(a.id),
      schema: schemaOfActor(a),
      properties: {
        name: [a.name],
        ...(a.aliases?.length ? { alias: a.aliases.map((x) => x.name) } : {}),
        ...(a.country ? { country: [a.country.toLowerCase()] } : {}),
        description: [a.description],
        ...(a.notes ? { notes: [a.notes] } : {}),
        sourceUrl: [`faultline:${a.id}`],
      },
    });
  }
  for (const p of records.places) {
    out.push({
      id: ftmId(p.id),
      schema: 'Address',
      properties: {
        full: [p.name],
        country: [p.country.toLowerCase()],
        ...(p.coordinates ? { longitude: [String(p.coordinates[0])], latitude: [String(p.coordinates[1])] } : {}),
      },
    });
  }
  for (const r of records.relations) {
    if (!actors.has(r.from) || !actors.has(r.to)) continue;
    const dates = ftmDates(r.valid);
    const role = [r.role ? `${RELATION_TYPES[r.type].label} (${r.role})` : RELATION_TYPES[r.type].label];
    out.push(relationEntity(r.type, ftmId(r.id), ftmId(r.from), ftmId(r.to), { ...dates, role }));
  }
  for (const e of records.events) {
    const place = e.place ? places.get(e.place) : undefined;
    const dates = ftmDates(e.date);
    out.push({
      id: ftmId(e.id),
      schema: 'Event',
      properties: {
        name: [`${EVENT_TYPES[e.type].label}${place ? ` at ${place.name}` : ''}`],
        summary: [e.description],
        ...(dates.startDate ? { startDate: dates.startDate } : {}),
        ...(dates.endDate ? { endDate: dates.endDate } : {}),
        ...(place ? { location: [place.name], country: [place.country.toLowerCase()], addressEntity: [ftmId(place.id)] } : {}),
        involved: e.participants.filter((p) => actors.has(p.actor)).map((p) => ftmId(p.actor)),
      },
    });
  }
  return out;
}

function relationEntity(type: RelationType, id: string, from: string, to: string, props: Record<string, string[]>): FtmEntity {
  if (type === 'member_of') return { id, schema: 'Membership', properties: { member: [from], organization: [to], ...props } };
  if (type === 'leads' || type === 'commands') return { id, schema: 'Directorship', properties: { director: [from], organization: [to], ...props } };
  return { id, schema: 'UnknownLink', properties: { subject: [from], object: [to], ...props } };
}

/** JSON Lines, one entity per line, as `ftm` and Aleph's importers read them. */
export const ftmLines = (entities: readonly FtmEntity[]) => entities.map((e) => JSON.stringify(e) + '\n').join('');
