import type { Place } from '../../core/model/place.js';

/**
 * The administrative areas a place lies in, read from its parents: a place of kind `region` is an
 * admin-1 unit (a Malian region, a Nigerien region, a Burkinabè region), one of kind `cercle` an
 * admin-2 unit (a Malian cercle, a Burkinabè province, a Nigerien department). Areas that cross
 * borders (the Sahel, the Sahara) belong to no country.
 */
export interface AdminAreas {
  country?: Place;
  admin1?: Place;
  admin2?: Place;
}

/** Walks up the parents of `id` (or stops at 20 hops, against a loop in bad data). */
export function adminAreasOf(id: string, byId: ReadonlyMap<string, Place>): AdminAreas {
  const out: AdminAreas = {};
  for (let p = byId.get(id), hops = 0; p && hops < 20; p = p.parent ? byId.get(p.parent) : undefined, hops++) {
    if (p.kind === 'country' && !out.country) out.country = p;
    if (p.kind === 'region' && !out.admin1) out.admin1 = p;
    if (p.kind === 'cercle' && !out.admin2) out.admin2 = p;
  }
  return out;
}

export type AdminLevel = 'country' | 'admin1' | 'admin2';

/**
 * The key an event at place `id` is counted under at `level`: the area's place id, or, when the
 * place is known only more widely, a key that says so (`ML>admin1?`, named "Mali (no region
 * stated)", `unstated`), so that an event located only to Mali is never counted as if Mali were one
 * of its regions.
 */
export function adminKeyOf(id: string, level: AdminLevel, byId: ReadonlyMap<string, Place>): { key: string; name: string; unstated?: true } {
  const place = byId.get(id);
  const areas = adminAreasOf(id, byId);
  const area = areas[level];
  if (area) return { key: area.id, name: area.name };
  const wider = level === 'admin2' ? (areas.admin1 ?? areas.country) : level === 'admin1' ? areas.country : undefined;
  const label = level === 'country' ? 'no country stated' : level === 'admin1' ? 'no region stated' : 'no cercle or province stated';
  return { key: `${(wider ?? place)?.id ?? id}>${level}?`, name: `${(wider ?? place)?.name ?? id} (${label})`, unstated: true };
}
