import type { ReactNode, Ref } from 'react';
import type { ActorKind } from '../../api/types.js';
import { hrefOf } from '../../routing/route.js';
import { KIND_COLOURS } from '../network/palette.js';
import type { Connector, GenealogyLayout, Lane } from './model.js';

// Presentation attributes are inline, not in the stylesheet, so that an exported SVG or PNG looks the same.
const WIDTH = 1100;
const LABELS = 250;
const RIGHT = 28;
const TOP = 58;
const LANE = 40;
const BOTTOM = 34;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const INK = '#1b2330';
const MUTED = '#5f6b7a';
const GRID = '#e6eaef';
const BAND = '#7b3fb3';

/** How each genealogical tie type is drawn: the table of the chart's legend. */
export const CONNECTOR_STYLES: Record<string, { label: string; colour: string; dash?: string }> = {
  split_from: { label: 'Split', colour: '#c4501b' },
  merged_into: { label: 'Merger', colour: '#1f5fa8' },
  successor_of: { label: 'Rename or successor', colour: '#5f6b7a', dash: '4 3' },
};
const FALLBACK_STYLE: { label: string; colour: string; dash?: string } = { label: 'Lineage', colour: '#5f6b7a' };

/** The genealogy as an SVG: lanes along a time axis, connectors for splits, mergers and renames, bands for coalition membership. */
export function GenealogyChart({ layout, title, svgRef }: { layout: GenealogyLayout; title: string; svgRef: Ref<SVGSVGElement> }) {
  const { lanes, connectors, bands, first, last } = layout;
  const height = TOP + lanes.length * LANE + BOTTOM;
  const x = (year: number) => LABELS + ((year - first) / Math.max(1, last - first)) * (WIDTH - LABELS - RIGHT);
  const row = new Map(lanes.map((lane, i) => [lane.id, TOP + i * LANE + LANE / 2]));
  const ticks = yearTicks(first, last);
  return (
    <svg
      ref={svgRef}
      className="genealogy-chart"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      fontFamily={FONT}
      role="group"
      aria-labelledby="genealogy-chart-title"
    >
      <title id="genealogy-chart-title">{title}</title>
      <rect x="0" y="0" width={WIDTH} height={height} fill="#ffffff" />
      <Legend />
      {lanes.map((lane, i) => (i % 2 === 1 ? <rect key={`stripe-${lane.id}`} x="0" y={TOP + i * LANE} width={WIDTH} height={LANE} fill="#f7f8fa" /> : null))}
      {ticks.map((year) => (
        <g key={year}>
          <line x1={x(year)} x2={x(year)} y1={TOP - 6} y2={height - BOTTOM} stroke={GRID} strokeWidth="1" />
          <text x={x(year)} y={height - BOTTOM + 18} textAnchor="middle" fontSize="11" fill={MUTED}>
            {year}
          </text>
        </g>
      ))}
      {bands.map((band) => {
        const y = row.get(band.lane);
        if (y === undefined) return null;
        const [x1, x2] = [x(band.start), x(band.end)];
        return (
          <g key={band.id}>
            <title>{`member of ${band.coalitionName}${band.role ? ` (${band.role})` : ''}`}</title>
            <rect x={x1} y={y - 13} width={Math.max(2, x2 - x1)} height="26" rx="4" fill={BAND} fillOpacity="0.1" stroke={BAND} strokeOpacity="0.45" />
            <text x={x1 + 4} y={y - 15.5} fontSize="9.5" fill={BAND} fontWeight="600">
              {`in ${band.coalitionName}`}
            </text>
          </g>
        );
      })}
      {lanes.map((lane) => (
        <LaneRow key={lane.id} lane={lane} y={row.get(lane.id) ?? 0} x={x} />
      ))}
      {connectors.map((c) => (
        <ConnectorPath key={c.id} connector={c} row={row} x={x} lanes={lanes} />
      ))}
    </svg>
  );
}

function LaneRow({ lane, y, x }: { lane: Lane; y: number; x: (year: number) => number }) {
  const colour = KIND_COLOURS[lane.kind as ActorKind] ?? MUTED;
  const [x1, x2] = [x(lane.start), x(lane.end)];
  return (
    <a href={hrefOf({ view: 'actor', id: lane.id })} aria-label={`${lane.name}: open profile`} className="genealogy-chart__lane">
      <title>{lane.name}</title>
      <rect x="0" y={y - LANE / 2} width={WIDTH} height={LANE} fill="transparent" />
      <circle cx="18" cy={y} r="5" fill={colour} />
      <text x="30" y={y + 4} fontSize="12.5" fill={lane.focal ? INK : '#2c3642'} fontWeight={lane.focal ? '700' : '500'}>
        {lane.short}
      </text>
      <rect x={x1} y={y - (lane.focal ? 6 : 4.5)} width={Math.max(4, x2 - x1)} height={lane.focal ? 12 : 9} rx="4.5" fill={colour} />
      {lane.open ? <path d={`M ${x2 - 1} ${y - 8} L ${x2 + 9} ${y} L ${x2 - 1} ${y + 8} Z`} fill={colour} /> : null}
    </a>
  );
}

function ConnectorPath({ connector: c, row, x, lanes }: { connector: Connector; row: Map<string, number>; x: (year: number) => number; lanes: Lane[] }) {
  const [from, to] = [row.get(c.elder), row.get(c.younger)];
  if (from === undefined || to === undefined) return null;
  const style = CONNECTOR_STYLES[c.type] ?? FALLBACK_STYLE;
  const cx = x(c.at);
  const direction = to > from ? 1 : -1;
  const name = (id: string) => lanes.find((l) => l.id === id)?.name ?? id;
  const words =
    c.type === 'merged_into'
      ? `${name(c.elder)} merged into ${name(c.younger)}`
      : `${name(c.younger)} ${c.type === 'split_from' ? 'split from' : 'succeeded'} ${name(c.elder)}`;
  return (
    <g>
      <title>{`${words}, ${c.valid}`}</title>
      {x(c.latest) - x(c.earliest) > 6 ? (
        <line
          x1={x(c.earliest)}
          x2={x(c.latest)}
          y1={to - direction * 9}
          y2={to - direction * 9}
          stroke={style.colour}
          strokeWidth="3"
          strokeOpacity="0.25"
          strokeLinecap="round"
        />
      ) : null}
      <line x1={cx} x2={cx} y1={from} y2={to - direction * 7} stroke={style.colour} strokeWidth="2" strokeDasharray={style.dash} />
      <circle cx={cx} cy={from} r="3.5" fill="#ffffff" stroke={style.colour} strokeWidth="2" />
      <path d={`M ${cx - 5} ${to - direction * 9} L ${cx} ${to - direction * 1.5} L ${cx + 5} ${to - direction * 9} Z`} fill={style.colour} />
    </g>
  );
}

function Legend() {
  const items: { label: string; draw: ReactNode }[] = [
    ...Object.values(CONNECTOR_STYLES).map((s) => ({
      label: s.label,
      draw: <line x1="0" x2="22" y1="0" y2="0" stroke={s.colour} strokeWidth="2" strokeDasharray={s.dash} />,
    })),
    {
      label: 'Coalition membership',
      draw: <rect x="0" y="-7" width="22" height="14" rx="3" fill={BAND} fillOpacity="0.1" stroke={BAND} strokeOpacity="0.45" />,
    },
    { label: 'Still active as far as the sources know', draw: <path d="M 0 -3 L 12 -3 L 12 -7 L 20 0 L 12 7 L 12 3 L 0 3 Z" fill={MUTED} /> },
  ];
  let offset = LABELS;
  return (
    <g fontSize="11" fill={MUTED}>
      <text x="12" y="24" fontSize="11" fontWeight="700" letterSpacing="0.06em" fill={MUTED}>
        ACTORS
      </text>
      {items.map((item) => {
        const at = offset;
        offset += 40 + item.label.length * 6.4;
        return (
          <g key={item.label} transform={`translate(${at}, 20)`}>
            {item.draw}
            <text x="28" y="4">
              {item.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function yearTicks(first: number, last: number): number[] {
  const span = last - first;
  const every = [1, 2, 5, 10, 20, 50].find((n) => span / n <= 14) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(first / every) * every; year <= last; year += every) ticks.push(year);
  return ticks;
}
