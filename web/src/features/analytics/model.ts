import type { Metrics, MetricsSeries } from './api.js';

/** A table for a chart and its CSV: column names, then rows of plain values. */
export type Row = Record<string, string | number | null>;

/** RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled. */
export function toCsv(rows: readonly Row[]): string {
  const first = rows[0];
  if (!first) return '';
  const columns = Object.keys(first);
  const field = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => field(row[c] ?? null)).join(','))].join('\n') + '\n';
}

/** The most central actors on the date, as the CLI lists them. */
export function rankingRows(m: Metrics): Row[] {
  return m.top.map((r) => ({ actor: r.id, name: r.name, degree: r.degree, betweenness: r.betweenness, bloc: r.community }));
}

/** Each bloc's members with their names, largest bloc first. */
export function blocRows(m: Metrics): Row[] {
  return m.blocs.flatMap((b) => b.members.map((id, rank) => ({ bloc: b.community, rank, actor: id, name: m.names[id] ?? id })));
}

/** One row per point of the series: balance, fragmentation, fluidity and tribalisation. */
export function seriesRows(s: MetricsSeries): Row[] {
  return s.points.map((p) => ({
    day: p.day,
    balanceShare: p.balance.share,
    triads: p.balance.triads,
    balanced: p.balance.balanced,
    armedDefinite: p.armedGroups.definite,
    armedPossible: p.armedGroups.possible,
    blocs: p.communities.count,
    modularity: p.communities.modularity,
    formed: p.fluidity.formed,
    ended: p.fluidity.ended,
    flipped: p.fluidity.flipped,
    firstAttested: p.fluidity.appeared,
    noLongerPresumed: p.fluidity.lapsed,
    fluidityShare: p.fluidity.share,
    tribalisationShare: p.tribalisation.share,
    communalEvents: p.communal.cells.reduce((n, c) => n + c.events, 0),
    withinEvents: p.communal.within.reduce((n, w) => n + w.events, 0),
  }));
}

/** The communal matrix as symmetric heatmap cells (both a × b and b × a) with community names. */
export function heatmapRows(m: Metrics): Row[] {
  const name = (id: string) => m.names[id] ?? id;
  return m.communal.cells.flatMap((c) => [
    {
      row: name(c.a),
      column: name(c.b),
      a: c.a,
      b: c.b,
      events: c.events,
      fatalitiesLow: c.fatalities.low,
      fatalitiesBest: c.fatalities.best,
      fatalitiesHigh: c.fatalities.high,
    },
    {
      row: name(c.b),
      column: name(c.a),
      a: c.b,
      b: c.a,
      events: c.events,
      fatalitiesLow: c.fatalities.low,
      fatalitiesBest: c.fatalities.best,
      fatalitiesHigh: c.fatalities.high,
    },
  ]);
}

/** Violence inside one community, listed apart from the matrix. */
export function withinRows(m: Metrics): Row[] {
  return m.communal.within.map((w) => ({
    community: w.community,
    name: m.names[w.community] ?? w.community,
    events: w.events,
    fatalitiesLow: w.fatalities.low,
    fatalitiesBest: w.fatalities.best,
    fatalitiesHigh: w.fatalities.high,
  }));
}

/** A share as a percentage, or a dash when there is nothing to share. */
export const percent = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)}%`);

/** `2017-06` or `2017` as the Date the series' x axis uses (its first day, UTC). */
export const dayOf = (text: string): Date => new Date(`${text.length === 4 ? `${text}-01-01` : text.length === 7 ? `${text}-01` : text}T00:00:00Z`);
