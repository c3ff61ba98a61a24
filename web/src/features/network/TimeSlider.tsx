import { useEffect, useRef, useState } from 'react';
import { monthLabel } from './model.js';

/**
 * A month slider with step buttons and play: scrubbing it only changes which ties are shown.
 * `continuous` tells dragging and playing (many changes in a row) from a single step.
 */
export function TimeSlider({ months, value, onChange }: { months: readonly string[]; value: string; onChange: (month: string, continuous: boolean) => void }) {
  const index = Math.max(0, months.indexOf(value));
  const [playing, setPlaying] = useState(false);
  const latest = useRef({ index, onChange });
  latest.current = { index, onChange };
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = latest.current.index + 1;
      const month = months[next];
      if (month === undefined) setPlaying(false);
      else latest.current.onChange(month, true);
    }, 120);
    return () => window.clearInterval(timer);
  }, [playing, months]);
  const step = (delta: number) => {
    const month = months[Math.min(months.length - 1, Math.max(0, index + delta))];
    if (month) onChange(month, false);
  };
  const first = months[0] ?? value;
  const last = months[months.length - 1] ?? value;
  const years = yearTicks(first, last);
  return (
    <div className="time-slider">
      <div className="time-slider__buttons">
        <button
          type="button"
          className="icon-button"
          onClick={() => {
            if (!playing && index >= months.length - 1) onChange(first, false);
            setPlaying(!playing);
          }}
          aria-label={playing ? 'Pause' : 'Play through time'}
          aria-pressed={playing}
        >
          {playing ? '❚❚' : '▶'}
        </button>
        <button type="button" className="icon-button" onClick={() => step(-1)} aria-label="Previous month" disabled={index === 0}>
          ‹
        </button>
        <button type="button" className="icon-button" onClick={() => step(1)} aria-label="Next month" disabled={index >= months.length - 1}>
          ›
        </button>
      </div>
      <div className="time-slider__track">
        <input
          id="network-date"
          className="time-slider__input"
          type="range"
          min={0}
          max={Math.max(0, months.length - 1)}
          step={1}
          value={index}
          aria-label="Date"
          aria-valuetext={monthLabel(value)}
          onChange={(event) => {
            const month = months[Number(event.target.value)];
            if (month) onChange(month, true);
          }}
        />
        <div className="time-slider__ticks" aria-hidden="true">
          {years.map((year) => (
            <span key={year} style={{ left: `${(100 * (months.indexOf(`${year}-01`) / Math.max(1, months.length - 1))).toFixed(2)}%` }}>
              {year}
            </span>
          ))}
        </div>
      </div>
      <output className="time-slider__value" htmlFor="network-date">
        {monthLabel(value)}
      </output>
    </div>
  );
}

/** Round years to label under the track, about eight of them. */
function yearTicks(first: string, last: string): number[] {
  const [a, b] = [Number(first.slice(0, 4)), Number(last.slice(0, 4))];
  const span = b - a;
  const every = [1, 2, 5, 10, 20, 25, 50].find((n) => span / n <= 9) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(a / every) * every; year <= b; year += every) ticks.push(year);
  return ticks;
}
