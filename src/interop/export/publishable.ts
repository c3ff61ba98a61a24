import type { Actor } from '../../core/model/actor.js';
import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Place } from '../../core/model/place.js';
import type { Relation } from '../../core/model/relation.js';
import type { Source } from '../../core/model/source.js';
import { textScrubber, withheldStrings } from '../../core/text/withheld-text.js';

/** Everything an export may draw from. */
export interface ExportRecords {
  sources: Source[];
  actors: Actor[];
  places: Place[];
  relations: Relation[];
  events: ConflictEvent[];
  claims: Claim[];
}

export interface PublishOptions {
  /** Round coordinates to this many decimals (2 ≈ 1 km) for publication. */
  roundCoordinates?: number;
}

/** What was left out, by kind. */
export type Withheld = Record<keyof ExportRecords, number>;

/** Records made by the ACLED import carry `acled-` at the start of their slug. */
export const isAcledDerived = (id: string): boolean => /^(actor|place|event|rel):acled-/.test(id);

/**
 * The records an export may publish. Restricted sources (ACLED's among them) stay out, and so does
 * every claim left without evidence once their passages are removed; actors, relations and events
 * stay only with an accepted supporting claim that remains, and never when the ACLED import made
 * them; references to records left out are dropped. Pending proposals are not published. Free text
 * naming a restricted source (its title, address, authors) is replaced by WITHHELD_TEXT.
 */
export function publishable(records: ExportRecords, options: PublishOptions = {}): { records: ExportRecords; withheld: Withheld } {
  const restricted = new Set(records.sources.filter((s) => s.restricted).map((s) => s.id));
  const claims: Claim[] = [];
  for (const claim of records.claims) {
    if (isAcledDerived(claim.subject)) continue;
    const evidence = claim.evidence.filter((e) => !restricted.has(e.source));
    if (evidence.length === 0) continue;
    claims.push(evidence.length === claim.evidence.length ? claim : { ...claim, evidence });
  }
  const supported = new Set(claims.filter((c) => c.status === 'accepted' && c.stance === 'supports').map((c) => c.subject));
  const keep = (id: string) => supported.has(id) && !isAcledDerived(id);
  const actors = records.actors.filter((a) => keep(a.id));
  const actorIds = new Set(actors.map((a) => a.id));
  const places = records.places.filter((p) => !isAcledDerived(p.id)).map((p) => roundPlace(p, options.roundCoordinates));
  const placeIds = new Set(places.map((p) => p.id));
  for (const place of places) if (place.parent && !placeIds.has(place.parent)) delete place.parent;
  const events = records.events
    .filter((e) => keep(e.id))
    .map((e) => {
      const out: ConflictEvent = { ...e, participants: e.participants.filter((p) => actorIds.has(p.actor)) };
      if (out.place && !placeIds.has(out.place)) {
        delete out.place;
        delete out.placePrecision;
      }
      return out;
    });
  const eventIds = new Set(events.map((e) => e.id));
  const exists = (id: string) => actorIds.has(id) || placeIds.has(id) || eventIds.has(id);
  const relations = records.relations.filter((r) => keep(r.id) && exists(r.from) && exists(r.to));
  const subjects = new Set([...actorIds, ...placeIds, ...eventIds, ...relations.map((r) => r.id)]);
  const sources = records.sources.filter((s) => !restricted.has(s.id));
  // A description or note written from a restricted source may name it: that text is withheld too.
  const scrub = textScrubber(withheldStrings(records.sources)) ?? (<T>(value: T) => value);
  const published = <T>(list: T[]) => list.map((r) => scrub(r));
  const kept: ExportRecords = {
    sources: published(sources),
    actors: published(actors),
    places: published(places),
    relations: published(relations),
    events: published(events),
    claims: published(claims.filter((c) => subjects.has(c.subject))),
  };
  const withheld = Object.fromEntries((Object.keys(records) as (keyof ExportRecords)[]).map((k) => [k, records[k].length - kept[k].length])) as Withheld;
  return { records: kept, withheld };
}

function roundPlace(place: Place, decimals: number | undefined): Place {
  if (decimals === undefined || !place.coordinates) return { ...place };
  const f = 10 ** decimals;
  const [lon, lat] = place.coordinates;
  return { ...place, coordinates: [Math.round(lon * f) / f, Math.round(lat * f) / f] };
}
