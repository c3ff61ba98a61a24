import { scaleUtc } from 'd3-scale';
import { useEffect, useLayoutEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { packRows, type Category, type TimelineItem } from './model.js';
import { categoryColour, categoryLabel } from './palette.js';

const LABELS = 178;
const AXIS = 26;
const SUB_ROW = 13;
const MAX_SUB_ROWS = 4;
const PAD = 8;
const MIN_SPAN = 20 * 86_400_000;

interface Props {
  items: readonly TimelineItem[];
  categories: readonly Category[];
  domain: [number, number];
  limits: [number, number];
  selected: string | undefined;
  onDomain: (domain: [number, number], settled: boolean) => void;
  onSelect: (key: string) => void;
  label: (item: TimelineItem) => string;
}

/** The zoomable axis: a row per category, wheel to zoom around the pointer, drag to pan, click a mark for its details. */
export function TimelineAxis({ items, categories, domain, limits, selected, onDomain, onSelect, label }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const width = useWidth(frame);
  const plot = Math.max(100, width - LABELS - 12);
  const scale = scaleUtc()
    .domain(domain)
    .range([LABELS, LABELS + plot]);
  const latest = useRef({ domain, onDomain, limits, plot });
  latest.current = { domain, onDomain, limits, plot };
  const [hover, setHover] = useState<{ item: TimelineItem; x: number; y: number } | undefined>(undefined);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    let timer = 0;
    const wheel = (event: WheelEvent) => {
      event.preventDefault();
      const {
        domain: [a, b],
        plot: w,
      } = latest.current;
      const box = element.getBoundingClientRect();
      const fraction = Math.min(1, Math.max(0, (event.clientX - box.left - LABELS) / w));
      const pivot = a + fraction * (b - a);
      const factor = Math.exp(Math.max(-1, Math.min(1, event.deltaY * 0.002)));
      const next = clampDomain([pivot - (pivot - a) * factor, pivot + (b - pivot) * factor], latest.current.limits);
      latest.current.onDomain(next, false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => latest.current.onDomain(latest.current.domain, true), 250);
    };
    element.addEventListener('wheel', wheel, { passive: false });
    return () => {
      element.removeEventListener('wheel', wheel);
      window.clearTimeout(timer);
    };
  }, []);

  const drag = useRef<{ x: number; domain: [number, number]; moved: boolean } | null>(null);
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    drag.current = { x: event.clientX, domain, moved: false };
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current;
    if (!start) return;
    const dx = event.clientX - start.x;
    if (!start.moved && Math.abs(dx) < 3) return;
    if (!start.moved) event.currentTarget.setPointerCapture(event.pointerId);
    start.moved = true;
    const [a, b] = start.domain;
    const shift = (-dx / plot) * (b - a);
    onDomain(clampDomain([a + shift, b + shift], limits), false);
  };
  const onPointerUp = () => {
    if (drag.current?.moved) onDomain(domain, true);
    drag.current = null;
  };

  const rows = layoutRows(items, categories, scale, LABELS + plot);
  const height = AXIS + rows.reduce((h, r) => h + r.height, 0) + 6;
  const ticks = scale.ticks(Math.max(2, Math.floor(plot / 90)));
  const format = scale.tickFormat();
  return (
    <div ref={frame} className="timeline-axis">
      <svg
        width={width}
        height={height}
        className={drag.current?.moved ? 'timeline-axis__svg is-dragging' : 'timeline-axis__svg'}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => setHover(undefined)}
        role="img"
        aria-label={`Timeline of ${items.length} events and relation changes; use the list below to read them`}
      >
        <defs>
          <clipPath id="timeline-plot">
            <rect x={LABELS} y="0" width={plot} height={height} />
          </clipPath>
        </defs>
        {rows.map((row) => (
          <g key={row.category}>
            <rect x="0" y={row.y} width={width} height={row.height} fill={row.index % 2 ? '#f7f8fa' : '#ffffff'} />
            <circle cx="12" cy={row.y + 16} r="4.5" fill={categoryColour(row.category)} />
            <text x="22" y={row.y + 20} fontSize="12" fontWeight="600" fill="#2c3642">
              {wrap(categoryLabel(row.category), 21).map((line, i) => (
                <tspan key={line} x="22" dy={i === 0 ? 0 : 14}>
                  {line}
                </tspan>
              ))}
            </text>
            <text x="22" y={row.y + 20 + 14 * wrap(categoryLabel(row.category), 21).length} fontSize="11" fill="#5f6b7a">
              {row.count} in view
            </text>
          </g>
        ))}
        {ticks.map((tick) => (
          <g key={tick.getTime()}>
            <line x1={scale(tick)} x2={scale(tick)} y1={AXIS - 4} y2={height} stroke="#e3e7ec" />
            <text x={scale(tick)} y={AXIS - 9} fontSize="11" textAnchor="middle" fill="#5f6b7a">
              {format(tick)}
            </text>
          </g>
        ))}
        <line x1={LABELS} x2={LABELS + plot} y1={AXIS - 4} y2={AXIS - 4} stroke="#c5ccd5" />
        <g clipPath="url(#timeline-plot)">
          {rows.flatMap((row) =>
            row.marks.map(({ item, x1, x2, sub }) => {
              const y = row.y + PAD + 4 + sub * SUB_ROW;
              const colour = categoryColour(item.category);
              const isSelected = item.key === selected;
              const r = radius(item);
              const wide = x2 - x1 > 2 * r;
              return (
                <g
                  key={item.key}
                  className="timeline-mark"
                  onClick={() => {
                    if (!drag.current?.moved) onSelect(item.key);
                  }}
                  onPointerEnter={() => setHover({ item, x: (x1 + x2) / 2, y })}
                  onPointerLeave={() => setHover(undefined)}
                >
                  {wide ? <rect x={x1} y={y - 2.5} width={x2 - x1} height="5" rx="2.5" fill={colour} fillOpacity="0.28" /> : null}
                  <Mark item={item} cx={(x1 + x2) / 2} cy={y} r={r} colour={colour} selected={isSelected} />
                </g>
              );
            }),
          )}
        </g>
      </svg>
      {hover ? (
        <div className="timeline-tip" style={{ left: Math.min(hover.x, width - 260), top: hover.y + 12 }} aria-hidden="true">
          <strong>{hover.item.dateText}</strong> {label(hover.item)}
        </div>
      ) : null}
    </div>
  );
}

function Mark({ item, cx, cy, r, colour, selected }: { item: TimelineItem; cx: number; cy: number; r: number; colour: string; selected: boolean }) {
  const stroke = selected ? '#1b2330' : '#ffffff';
  const strokeWidth = selected ? 2.2 : 1;
  if (item.kind === 'relation') {
    // Relation changes are diamonds: filled when a tie begins, hollow when it ends.
    const d = `M ${cx} ${cy - r - 1} L ${cx + r + 1} ${cy} L ${cx} ${cy + r + 1} L ${cx - r - 1} ${cy} Z`;
    return (
      <path d={d} fill={item.change === 'ended' ? '#ffffff' : colour} stroke={item.change === 'ended' ? colour : stroke} strokeWidth={selected ? 2.2 : 1.4} />
    );
  }
  return <circle cx={cx} cy={cy} r={r} fill={colour} stroke={stroke} strokeWidth={strokeWidth} />;
}

const radius = (item: TimelineItem) => (item.fatalities ? Math.min(9, 3.5 + Math.sqrt(item.fatalities) / 1.6) : 3.5);

interface Row {
  category: Category;
  index: number;
  y: number;
  height: number;
  count: number;
  marks: { item: TimelineItem; x1: number; x2: number; sub: number }[];
}

function layoutRows(items: readonly TimelineItem[], categories: readonly Category[], scale: (d: number) => number, right: number): Row[] {
  let y = AXIS;
  return categories.map((category, index) => {
    const inRow = items.filter((i) => i.category === category);
    const spans = inRow.map((item) => ({ x1: scale(item.start), x2: Math.max(scale(item.end), scale(item.start)) }));
    const visible = spans.map((s) => s.x2 >= LABELS && s.x1 <= right);
    const subs = packRows(
      spans.map((s, i) => ({ x1: s.x1 - radius(inRow[i] as TimelineItem), x2: Math.max(s.x2, s.x1) + radius(inRow[i] as TimelineItem) })),
      2,
      MAX_SUB_ROWS,
    );
    const used = Math.max(1, ...subs.map((s) => s + 1));
    const height = Math.max(30 + 14 * wrap(categoryLabel(category), 21).length, PAD * 2 + used * SUB_ROW + 2);
    const row: Row = {
      category,
      index,
      y,
      height,
      count: visible.filter(Boolean).length,
      marks: inRow.map((item, i) => ({ item, x1: spans[i]?.x1 ?? 0, x2: spans[i]?.x2 ?? 0, sub: subs[i] ?? 0 })),
    };
    y += height;
    return row;
  });
}

/** Splits a label into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function clampDomain([a, b]: [number, number], [lo, hi]: [number, number]): [number, number] {
  let span = Math.max(MIN_SPAN, Math.min(b - a, hi - lo));
  if (!Number.isFinite(span)) span = hi - lo;
  let start = Math.max(lo, Math.min(a, hi - span));
  if (b - a < MIN_SPAN) start = Math.max(lo, Math.min((a + b) / 2 - span / 2, hi - span));
  return [start, start + span];
}

function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(800);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
