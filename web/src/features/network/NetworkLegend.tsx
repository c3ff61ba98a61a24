import type { Bloc } from './blocs.js';
import { BLOC_COLOURS, SIGN_COLOURS } from './palette.js';

function Stroke({ colour, dash }: { colour: string; dash?: string }) {
  return (
    <svg width="26" height="8" aria-hidden="true" focusable="false">
      <line x1="0" y1="4" x2="26" y2="4" stroke={colour} strokeWidth="2.2" strokeDasharray={dash} />
    </svg>
  );
}

/** What the tie strokes mean: colour for the sign; solid, dashed or dotted for the certainty (D8). */
export function TieKey() {
  return (
    <ul className="legend-list" aria-label="Tie key">
      <li>
        <Stroke colour={SIGN_COLOURS.positive} /> Allied
      </li>
      <li>
        <Stroke colour={SIGN_COLOURS.negative} /> Hostile
      </li>
      <li>
        <Stroke colour={SIGN_COLOURS.unsigned} /> Other
      </li>
      <li>
        <Stroke colour="#3a4453" /> Definite
      </li>
      <li>
        <Stroke colour="#3a4453" dash="5 3" /> Possible
      </li>
      <li>
        <Stroke colour="#3a4453" dash="2 3" /> Presumed
      </li>
    </ul>
  );
}

/** The blocs of the day, named by their two best-connected members. */
export function BlocKey({ blocs, labelOf }: { blocs: readonly Bloc[]; labelOf: (id: string) => string }) {
  const shown = blocs.filter((b) => b.members.length > 1).slice(0, BLOC_COLOURS.length);
  if (shown.length === 0) return <p className="meta">No blocs: no cooperative ties in view.</p>;
  return (
    <ul className="legend-list legend-list--column" aria-label="Blocs">
      {shown.map((bloc) => (
        <li key={bloc.index}>
          <span className="swatch swatch--round" style={{ background: BLOC_COLOURS[bloc.index] }} aria-hidden="true" />
          <span>
            {bloc.members.slice(0, 2).map(labelOf).join(', ')}
            {bloc.members.length > 2 ? <span className="meta"> +{bloc.members.length - 2}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
