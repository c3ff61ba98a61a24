import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef } from 'react';
import type { PlaceYear } from './api.js';
import { yearBars } from './model.js';

const COLOURS = { 'toll given': '#1d4f8a', 'no toll in the sources': '#a9b6c6' };

/** Events at the place and inside it per year (the year of each event's earliest day), split by whether a toll is known. */
export function PlaceEventsChart({ years, name }: { years: readonly PlaceYear[]; name: string }) {
  const holder = useRef<HTMLDivElement>(null);
  const bars = useMemo(() => yearBars(years), [years]);
  useEffect(() => {
    const element = holder.current;
    if (!element || bars.length === 0) return;
    const chart = Plot.plot({
      width: Math.max(320, Math.min(760, element.clientWidth || 640)),
      height: 200,
      marginLeft: 36,
      marginBottom: 30,
      style: { fontSize: '12px', background: 'transparent' },
      x: { type: 'band', label: null, tickFormat: 'd', tickRotate: bars.length > 40 ? -45 : 0 },
      y: { label: 'events', grid: true, tickFormat: 'd' },
      color: { domain: Object.keys(COLOURS), range: Object.values(COLOURS), legend: true },
      marks: [
        Plot.barY(bars, {
          x: 'year',
          y: 'events',
          fill: 'part',
          title: (d: (typeof bars)[number]) => `${d.year}: ${d.events} event${d.events === 1 ? '' : 's'}, ${d.part}`,
        }),
        Plot.ruleY([0]),
      ],
    });
    chart.setAttribute('aria-label', `Events per year at ${name} and inside it`);
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [bars, name]);
  if (bars.length === 0) return <p className="meta">No dated event is recorded here.</p>;
  return <div ref={holder} className="place-chart" data-testid="place-events-chart" />;
}
