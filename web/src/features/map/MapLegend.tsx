import type { EventGroup } from './api.js';
import { GROUP_COLOURS, GROUP_LABELS, radiusFor, type Fuzz } from './model.js';
import { CONTROLS, OPERATES } from './map-style.js';

const FUZZ: { fuzz: Fuzz; label: string }[] = [
  { fuzz: 'exact', label: 'at the place' },
  { fuzz: 'near', label: 'near it, or approximate' },
  { fuzz: 'area', label: 'somewhere in an area' },
];
const SIZES = [0, 10, 50];

/** What colours, sizes, rings and fills mean, folded in the bottom-left corner until opened, so that it hides no part of the map; only the groups present are listed. */
export function MapLegend({ groups, showAreas }: { groups: readonly EventGroup[]; showAreas: boolean }) {
  return (
    <details className="map-legend">
      <summary>Legend</summary>
      <div className="map-legend__body">
        <ul className="map-legend__list" aria-label="Event types">
          {groups.map((group) => (
            <li key={group}>
              <span className="swatch" style={{ background: GROUP_COLOURS[group] }} aria-hidden="true" />
              {GROUP_LABELS[group]}
            </li>
          ))}
        </ul>
        <ul className="map-legend__list" aria-label="Where the point stands">
          {FUZZ.map(({ fuzz, label }) => (
            <li key={fuzz}>
              <span className={`swatch swatch--${fuzz}`} aria-hidden="true" />
              {label}
            </li>
          ))}
        </ul>
        <ul className="map-legend__list map-legend__sizes" aria-label="Fatalities">
          <li className="map-legend__caption">Killed</li>
          {SIZES.map((n) => (
            <li key={n}>
              <span className="size-dot" style={{ width: 2 * radiusFor(n), height: 2 * radiusFor(n) }} aria-hidden="true" />
              {n === 0 ? '0 or unknown' : n}
            </li>
          ))}
        </ul>
        {showAreas ? (
          <ul className="map-legend__list" aria-label="Areas">
            <li>
              <span className="swatch swatch--fill" style={{ background: CONTROLS }} aria-hidden="true" />
              controls
            </li>
            <li>
              <span className="swatch swatch--fill" style={{ background: OPERATES }} aria-hidden="true" />
              operates in
            </li>
          </ul>
        ) : null}
      </div>
    </details>
  );
}
