import { stringify } from 'csv-stringify/sync';
import type { Claim } from '../../core/model/claim.js';
import { ACLED_ACTOR_TYPES } from '../../core/vocab/actor-kinds.js';
import { EVENT_TYPES, type EventGroup } from '../../core/vocab/event-types.js';
import { RELATION_TYPES } from '../../core/vocab/relation-types.js';
import { ACLED_COLUMNS } from '../acled/acled-columns.js';
import { acledFromEdtf } from '../acled/acled-vocab.js';
import type { ExportRecords } from './publishable.js';
import { spanOf } from './graph-model.js';

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

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * Events as a CSV with ACLED's 31 columns, so tools built for ACLED read it (and the ACLED reader
 * reads it back). `event_id_cnty` holds the Faultline id; `source` the titles of the cited sources;
 * `tags` the Faultline type where ACLED's own is coarser.
 */
export function eventsCsv(records: ExportRecords): string {
  const actors = new Map(records.actors.map((a) => [a.id, a]));
  const places = new Map(records.places.map((p) => [p.id, p]));
  const titles = new Map(records.sources.map((s) => [s.id, s.title]));
  const claimsOf = groupClaims(records.claims);
  const rows = records.events.map((e) => {
    const spec = EVENT_TYPES[e.type];
    const date = acledFromEdtf(e.date);
    const place = e.place ? places.get(e.place) : undefined;
    const region = place?.parent ? places.get(place.parent) : undefined;
    const sides = [
      e.participants.filter((p) => p.role !== 'target' && p.role !== 'victim'),
      e.participants.filter((p) => p.role === 'target' || p.role === 'victim'),
    ];
    if (sides[1]?.length === 0 && (sides[0]?.length ?? 0) > 1) sides[1] = sides[0]?.splice(1, 1) ?? [];
    const [first = [], second = []] = sides;
    const name = (id: string | undefined) => (id ? (actors.get(id)?.name ?? id) : '');
    const inter = (id: string | undefined) => {
      const type = id ? actors.get(id)?.acledType : undefined;
      return type ? String(ACLED_ACTOR_TYPES[type]) : '';
    };
    const sources = [...new Set((claimsOf.get(e.id) ?? []).flatMap((c) => c.evidence.map((x) => titles.get(x.source) ?? x.source)))];
    const value: Record<string, string | number> = {
      event_id_cnty: e.id,
      event_date: date?.day ?? '',
      year: date?.day.slice(0, 4) ?? '',
      time_precision: date?.precision ?? '',
      disorder_type: DISORDER[spec.group],
      event_type: spec.acled.eventType,
      sub_event_type: spec.acled.subEventType,
      actor1: name(first[0]?.actor),
      assoc_actor_1: first
        .slice(1)
        .map((p) => name(p.actor))
        .join('; '),
      inter1: inter(first[0]?.actor),
      actor2: name(second[0]?.actor),
      assoc_actor_2: second
        .slice(1)
        .map((p) => name(p.actor))
        .join('; '),
      inter2: inter(second[0]?.actor),
      interaction: '',
      civilian_targeting: spec.group === 'violence_against_civilians' ? 'Civilian targeting' : '',
      iso: '',
      region: '',
      country: place ? (countryNames.of(place.country) ?? place.country) : '',
      admin1: region?.name ?? '',
      admin2: '',
      admin3: '',
      location: place?.name ?? '',
      latitude: place?.coordinates?.[1] ?? '',
      longitude: place?.coordinates?.[0] ?? '',
      geo_precision: e.placePrecision ?? '',
      source: sources.join('; '),
      source_scale: '',
      notes: e.description,
      fatalities: e.fatalities?.best ?? e.fatalities?.low ?? e.fatalities?.high ?? 0,
      tags: spec.native ? '' : `faultline:${e.type}`,
      timestamp: '',
    };
    return ACLED_COLUMNS.map((c) => value[c] ?? '');
  });
  return stringify([[...ACLED_COLUMNS], ...rows]);
}

/** Relations as a CSV: ends with names, type, valid time and the days it may cover. */
export function relationsCsv(records: ExportRecords): string {
  const names = new Map<string, string>([...records.actors.map((a) => [a.id, a.name] as const), ...records.places.map((p) => [p.id, p.name] as const)]);
  const header = ['id', 'type', 'from', 'from_name', 'to', 'to_name', 'valid', 'start', 'end', 'role', 'sign', 'directed'];
  const rows = records.relations.map((r) => {
    const spec = RELATION_TYPES[r.type];
    const span = spanOf(r.valid);
    return [
      r.id,
      r.type,
      r.from,
      names.get(r.from) ?? '',
      r.to,
      names.get(r.to) ?? '',
      r.valid,
      span.start ?? '',
      span.end ?? '',
      r.role ?? '',
      spec.sign,
      spec.directed,
    ];
  });
  return stringify([header, ...rows]);
}

function groupClaims(claims: readonly Claim[]): Map<string, Claim[]> {
  const map = new Map<string, Claim[]>();
  for (const c of claims) if (c.status === 'accepted') map.set(c.subject, [...(map.get(c.subject) ?? []), c]);
  return map;
}
