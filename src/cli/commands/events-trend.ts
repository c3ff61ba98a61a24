import type { TrendResult } from '../../services/queries/trends.js';
import { out, printTable } from '../output/print.js';

/** Prints a trend as the Trends page shows it: periods, then events dated less precisely than a period. */
export function printTrend(trend: TrendResult): void {
  const names = new Map(trend.series.map((s) => [s.key, s.name]));
  const split = trend.split !== undefined;
  const head = [trend.period, ...(split ? [trend.split ?? ''] : []), 'events', 'toll unknown', 'low', 'best', 'high'];
  // The JSON lists every period; the table leaves out the empty ones.
  const shown = trend.points.filter((p) => p.events > 0);
  printTable(
    head,
    shown.map((p) => [
      p.period,
      ...(split ? [names.get(p.series) ?? p.series] : []),
      p.events,
      p.unknown,
      p.fatalities.low,
      p.fatalities.best,
      p.fatalities.high,
    ]),
  );
  if (trend.spans.length === 0) return;
  out(`\nDated less precisely than a ${trend.period} (counted apart, not in the first ${trend.period})`);
  printTable(
    ['may fall in', ...(split ? [trend.split ?? ''] : []), 'events', 'toll unknown', 'low', 'best', 'high'],
    trend.spans.map((s) => [
      spanLabel(s.from, s.to),
      ...(split ? [names.get(s.series) ?? s.series] : []),
      s.events,
      s.unknown,
      s.fatalities.low,
      s.fatalities.best,
      s.fatalities.high,
    ]),
  );
}

/** A span of periods; an open end (a date known only to be before or after a day) shows as an ellipsis. */
function spanLabel(from: string, to: string): string {
  return `${from.startsWith('0000') ? '…' : from} – ${to.startsWith('9999') ? '…' : to}`;
}
