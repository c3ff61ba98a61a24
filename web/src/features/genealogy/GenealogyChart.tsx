import type { ReactNode, Ref } from 'react';
import { laneAttributes } from '../../../../src/analysis/genealogy/lane-attributes.js';
import type { ActorKind } from '../../api/types.js';
import { hrefOf } from '../../routing/route.js';
import { KIND_COLOURS } from '../network/palette.js';
import type { GenealogyConnector, GenealogyLane, GenealogyModel } from './api.js';
import { BOTTOM, chartGeometry, LABELS, LANE, shortName, TOP, WIDTH, type ChartGeometry } from './model.js';

// Presentation attributes are inline, not in the stylesheet, so that an exported SVG or PNG looks the same.
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const INK = '#1b2330';
const MUTED = '#5f6b7a';
const GRID = '#e6eaef';
const BAND = '#7b3fb3';
const PERSON = '#2c3642';

/** How each genealogical tie type is drawn: the table of the chart's legend. */
export const CONNECTOR_STYLES: Record<string, { label: string; colour: string; dash?: string }> = {
  split_from: { label: 'Split', colour: '#c4501b' },
  merged_into: { label: 'Merger', colour: '#1f5fa8' },
  successor_of: { label: 'Rename or successor', colour: '#5f6b7a', dash: '4 3' },
};
const FALLBACK_STYLE: { label: string; colour: string; dash?: string } = { label: 'Lineage', colour: '#5f6b7a' };

/**
 * The genealogy model as an SVG: lanes over lifespans (faded where a bound is known only to a range or
 * not at all), connectors from elder to younger, membership bands, leaders as marks. Each lane carries
 * the model's dates as `data-*` attributes, the same ones the CLI's SVG carries.
 */
export function GenealogyChart({ model, title, svgRef }: { model: GenealogyModel; title: string; svgRef: Ref<SVGSVGElement> }) {
  const g = chartGeometry(model);
  const label = (id: string) => model.lanes.find((l) => l.id === id)?.label ?? id;
  return (
    <svg
      ref={svgRef}
      className="genealogy-chart"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${WIDTH} ${g.height}`}
      width={WIDTH}
      height={g.height}
      fontFamily={FONT}
      role="group"
      aria-labelledby="genealogy-chart-title"
    >
      <title id="genealogy-chart-title">{title}</title>
      <rect x="0" y="0" width={WIDTH} height={g.height} fill="#ffffff" />
      <Legend />
      {model.lanes.map((lane, i) =>
        i % 2 === 1 ? <rect key={`stripe-${lane.id}`} x="0" y={TOP + i * LANE} width={WIDTH} height={LANE} fill="#f7f8fa" /> : null,
      )}
      {g.ticks.map((year) => (
        <g key={year}>
          <line x1={g.yearX(year)} x2={g.yearX(year)} y1={TOP - 6} y2={g.height - BOTTOM} stroke={GRID} strokeWidth="1" />
          <text x={g.yearX(year)} y={g.height - BOTTOM + 18} textAnchor="middle" fontSize="11" fill={MUTED}>
            {year}
          </text>
        </g>
      ))}
      {model.memberships.map((m) => {
        const y = g.row.get(m.member);
        if (y === undefined) return null;
        const [x1, x2] = [g.dayX(m.start.earliest), g.dayEndX(m.end.latest)];
        return (
          <g
            key={m.relation}
            data-membership={m.relation}
            data-member={m.member}
            data-coalition={m.coalition}
            data-start={m.start.earliest}
            data-end={m.end.latest}
          >
            <title>{`member of ${label(m.coalition)}${m.role ? ` (${m.role})` : ''}, ${m.valid}`}</title>
            <rect x={x1} y={y - 13} width={Math.max(2, x2 - x1)} height="26" rx="4" fill={BAND} fillOpacity="0.1" stroke={BAND} strokeOpacity="0.45" />
            {/* The label is printed only where it fits inside its band, so adjacent bands do not overprint. */}
            {x2 - x1 > `in ${label(m.coalition)}`.length * 6 + 8 ? (
              <text x={x1 + 4} y={y - 15.5} fontSize="9.5" fill={BAND} fontWeight="600">
                {`in ${label(m.coalition)}`}
              </text>
            ) : null}
          </g>
        );
      })}
      {model.lanes.map((lane, i) => (
        <LaneRow key={lane.id} lane={lane} index={i} g={g} focal={lane.id === model.focus} />
      ))}
      {model.connectors.map((c) => (
        <ConnectorPath key={c.relation} connector={c} g={g} />
      ))}
      {model.persons.map((p) => {
        const y = g.row.get(p.lane);
        if (y === undefined) return null;
        const x = g.dayX(p.at);
        return (
          <g key={p.relation} data-person={p.person} data-lane={p.lane} data-at={p.at}>
            <title>{`${p.name}: ${p.role} (${p.valid})`}</title>
            <path d={`M ${x} ${y + 6} l 4 6 l -8 0 Z`} fill={PERSON} />
          </g>
        );
      })}
    </svg>
  );
}

function LaneRow({ lane, index, g, focal }: { lane: GenealogyLane; index: number; g: ChartGeometry; focal: boolean }) {
  const y = g.row.get(lane.id) ?? 0;
  const colour = KIND_COLOURS[lane.kind as ActorKind] ?? MUTED;
  const [x0, x1] = [g.dayX(lane.start.earliest), g.dayX(lane.start.latest)];
  const [x2, x3] = [g.dayEndX(lane.end.earliest), g.dayEndX(lane.end.latest)];
  const thick = focal ? 12 : 9;
  const bar = (from: number, to: number, fill: string, key: string) => (
    <rect key={key} x={from} y={y - thick / 2} width={Math.max(2, to - from)} height={thick} rx={thick / 2} fill={fill} />
  );
  const [rise, fall] = [`lane-rise-${index}`, `lane-fall-${index}`];
  return (
    <a href={hrefOf({ view: 'actor', id: lane.id })} aria-label={`${lane.name}: open profile`} className="genealogy-chart__lane" {...laneAttributes(lane)}>
      <title>{lane.name}</title>
      <defs>
        <linearGradient id={rise} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor={colour} stopOpacity="0.08" />
          <stop offset="1" stopColor={colour} stopOpacity="1" />
        </linearGradient>
        <linearGradient id={fall} x1="0" x2="1" y1="0" y2="0">
          <stop offset="0" stopColor={colour} stopOpacity="1" />
          <stop offset="1" stopColor={colour} stopOpacity="0.08" />
        </linearGradient>
      </defs>
      <rect x="0" y={y - LANE / 2} width={WIDTH} height={LANE} fill="transparent" />
      <circle cx="18" cy={y} r="5" fill={colour} />
      <text x="30" y={y + 4} fontSize="12.5" fill={focal ? INK : '#2c3642'} fontWeight={focal ? '700' : '500'}>
        {shortName(lane.name, lane.label)}
      </text>
      {!lane.start.known ? bar(x0 - 14, x0, `url(#${rise})`, 'lead') : x1 - x0 > 2 ? bar(x0, x1, `url(#${rise})`, 'lead') : null}
      {!lane.start.known ? (
        <text x={x0 - 18} y={y + 4} textAnchor="end" fontSize="11" fill={MUTED}>
          ?
        </text>
      ) : null}
      {bar(lane.start.known ? x1 : x0, lane.end.state === 'ended' ? x2 : x3, colour, 'body')}
      {lane.end.state === 'ended' && x3 - x2 > 2 ? bar(x2, x3, `url(#${fall})`, 'tail') : null}
      {lane.end.state === 'unknown' ? bar(x3, x3 + 14, `url(#${fall})`, 'tail') : null}
      {lane.end.state === 'continues' ? <path d={`M ${x3 - 1} ${y - 8} L ${x3 + 9} ${y} L ${x3 - 1} ${y + 8} Z`} fill={colour} /> : null}
      {lane.end.state === 'ended' && lane.end.ended ? (
        <text x={x3 + 6} y={y + 4} fontSize="10" fill={MUTED}>
          {lane.end.ended}
        </text>
      ) : null}
    </a>
  );
}

function ConnectorPath({ connector: c, g }: { connector: GenealogyConnector; g: ChartGeometry }) {
  const [from, to] = [g.row.get(c.elder), g.row.get(c.younger)];
  if (from === undefined || to === undefined) return null;
  const style = CONNECTOR_STYLES[c.type] ?? FALLBACK_STYLE;
  const cx = g.dayX(c.earliest);
  const late = g.dayEndX(c.latest);
  const direction = to > from ? 1 : -1;
  return (
    <g data-connector={c.relation} data-elder={c.elder} data-younger={c.younger} data-start={c.earliest} data-end={c.latest}>
      <title>{c.text}</title>
      {late - cx > 6 ? (
        <line
          x1={cx}
          x2={late}
          y1={to - direction * 11}
          y2={to - direction * 11}
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
    { label: 'Leader or founder', draw: <path d="M 11 -4 l 5 8 l -10 0 Z" fill={PERSON} /> },
    { label: 'Still in being', draw: <path d="M 0 -3 L 12 -3 L 12 -7 L 20 0 L 12 7 L 12 3 L 0 3 Z" fill={MUTED} /> },
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
