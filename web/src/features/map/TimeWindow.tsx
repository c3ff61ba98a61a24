import type { CSSProperties } from 'react';
import type { EventStats } from './api.js';

export interface YearWindow {
  from: number;
  to: number;
}

interface TimeWindowProps {
  domain: YearWindow;
  value: YearWindow;
  /** Events per year for the bars: the chosen actor's, else all. */
  counts: EventStats['groups'];
  onChange: (next: YearWindow) => void;
}

/** Two sliders over the years (their ends open) with a bar per year beneath, so the window shows where events are. */
export function TimeWindow({ domain, value, counts, onChange }: TimeWindowProps) {
  const years = Array.from({ length: domain.to - domain.from + 1 }, (_, i) => domain.from + i);
  const byYear = new Map<number, number>();
  // Earlier years fold into the first bar, as the first slider position takes them in.
  for (const g of counts) {
    const year = Math.max(domain.from, Number(g.key));
    if (Number(g.key) >= 1000) byYear.set(year, (byYear.get(year) ?? 0) + g.events);
  }
  const highest = Math.max(1, ...years.map((y) => byYear.get(y) ?? 0));
  const openStart = value.from === domain.from;
  const openEnd = value.to === domain.to;
  const whole = openStart && openEnd;
  const shown = whole
    ? 'all years'
    : openStart
      ? `up to ${value.to}`
      : openEnd
        ? `${value.from} onwards`
        : value.from === value.to
          ? String(value.from)
          : `${value.from} – ${value.to}`;
  return (
    <fieldset className="time-window">
      <legend className="control-label">
        Time window{' '}
        <output className="time-window__value" aria-live="polite">
          {shown}
        </output>
        {whole ? null : (
          <button type="button" className="link-button time-window__all" onClick={() => onChange(domain)}>
            All years
          </button>
        )}
      </legend>
      <div className="time-window__track">
        <svg
          className="time-window__bars"
          // Bars centre on the thumbs' positions: the svg overhangs the track by half a bar on each side.
          style={{ '--steps': Math.max(1, years.length - 1) } as CSSProperties}
          viewBox={`0 0 ${years.length} 100`}
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          {years.map((year, i) => {
            const n = byYear.get(year) ?? 0;
            const height = n === 0 ? 0 : 8 + (92 * n) / highest;
            const inside = year >= value.from && year <= value.to;
            return <rect key={year} x={i + 0.14} width={0.72} y={100 - height} height={height} className={inside ? 'bar bar--in' : 'bar'} />;
          })}
        </svg>
        <input
          type="range"
          className="time-window__range"
          aria-label="First year"
          aria-valuetext={openStart ? `${domain.from} and earlier` : String(value.from)}
          min={domain.from}
          max={domain.to}
          value={value.from}
          onChange={(e) => onChange({ from: Math.min(Number(e.target.value), value.to), to: value.to })}
        />
        <input
          type="range"
          className="time-window__range"
          aria-label="Last year"
          aria-valuetext={openEnd ? `${domain.to} and later` : String(value.to)}
          min={domain.from}
          max={domain.to}
          value={value.to}
          onChange={(e) => onChange({ from: value.from, to: Math.max(Number(e.target.value), value.from) })}
        />
      </div>
      <div className="time-window__scale" aria-hidden="true">
        <span>{domain.from} and earlier</span>
        <span>{domain.to}</span>
      </div>
    </fieldset>
  );
}
