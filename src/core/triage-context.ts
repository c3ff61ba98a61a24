import { MIN_DAY, type DayRange } from './dates/bounds.js';
import { parseTemporal } from './dates/edtf.js';
import type { Place } from './model/place.js';
import type { Source } from './model/source.js';
import type { TriageContext } from './triage.js';

/** What R1–R5 need from the records: each source's date as days, and which place lies inside which. */
export function triageContextOf(sources: readonly Source[], places: readonly Place[]): TriageContext {
  const dates = new Map<string, DayRange>();
  for (const source of sources) {
    const t = source.date ? parseTemporal(source.date) : undefined;
    if (t && t.start.earliest !== MIN_DAY) dates.set(source.id, { earliest: t.start.earliest, latest: t.end.latest });
  }
  const parent = new Map(places.flatMap((p) => (p.parent ? [[p.id, p.parent] as const] : [])));
  return {
    sourceDate: (id) => dates.get(id),
    placeInside: (inner, outer) => {
      const seen = new Set<string>();
      for (let at = parent.get(inner); at !== undefined && !seen.has(at); at = parent.get(at)) {
        if (at === outer) return true;
        seen.add(at);
      }
      return false;
    },
  };
}
