import type { Command } from 'commander';
import { FaultlineError } from '../../core/errors.js';
import type { Step } from '../../services/queries/dates.js';
import type { MetricsResult, MetricsSeries } from '../../services/queries/metrics.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson, printTable } from '../output/print.js';
import { withHorizon } from './horizon-option.js';

const pct = (x: number | null) => (x === null ? '–' : `${Math.round(x * 100)}%`);

interface MetricsOptions extends GlobalOptions {
  asOf?: string;
  from?: string;
  to?: string;
  step: string;
  top: string;
  recordedAt?: string;
  horizon?: string;
  communities: string;
}

export function registerMetrics(program: Command): void {
  withHorizon(
    program
      .command('metrics')
      .description('brokerage, blocs, structural balance, fluidity, fragmentation and communal dynamics on a date, or as a series')
      .option('--as-of <date>', 'one day: YYYY, YYYY-MM or YYYY-MM-DD')
      .option('--from <date>', 'series start (with --to)')
      .option('--to <date>', 'series end')
      .option('--step <step>', 'year | month: series step, and the span fluidity and violence compare', 'year')
      .option('--top <n>', 'most central actors to show', '10')
      .option('--communities <level>', 'top | recorded: communal violence between the widest communities, or as group bases name them', 'top')
      .option('--recorded-at <instant>', 'as recorded at this instant'),
  ).action(async (options: MetricsOptions) => {
    if (options.step !== 'year' && options.step !== 'month')
      throw new FaultlineError('invalid_input', `invalid --step ${options.step}; expected year or month`);
    const step = options.step as Step;
    if (options.communities !== 'top' && options.communities !== 'recorded')
      throw new FaultlineError('invalid_input', `invalid --communities ${options.communities}; expected top or recorded`);
    const communityLevel = options.communities;
    const [{ horizonArg }, { metrics, metricsSeries }] = await Promise.all([
      import('../../services/queries/dates.js'),
      import('../../services/queries/metrics.js'),
    ]);
    const read = { ...horizonArg(options.horizon), ...(options.recordedAt ? { recordedAt: options.recordedAt } : {}) };
    if (options.from && options.to) {
      const from = options.from;
      const to = options.to;
      const series = await withStore(options, (store) => metricsSeries(store, from, to, { ...read, step, communityLevel }));
      if (options.json) printJson(series);
      else renderSeries(series);
      return;
    }
    if (!options.asOf) throw new FaultlineError('invalid_input', 'give --as-of DATE, or --from and --to for a series');
    const asOf = options.asOf;
    const result = await withStore(options, (store) => metrics(store, asOf, { ...read, step, communityLevel, top: Number(options.top) }));
    if (options.json) printJson(result);
    else renderPoint(result);
  });
}

function renderPoint(m: MetricsResult): void {
  const name = (id: string) => m.names[id] ?? id;
  out(`Metrics on ${m.day}: ${m.actors} actors, ${m.ties} ties, ${m.communities.count} Louvain blocs (modularity ${m.communities.modularity.toFixed(2)})`);
  out(`Armed groups active: ${m.armedGroups.definite} definitely, ${m.armedGroups.possible} possibly`);
  out(`Structural balance: ${m.balance.balanced}/${m.balance.triads} signed triads balanced (${pct(m.balance.share)})`);
  out(
    `Alliance fluidity since ${m.fluidity.before ? 'one ' + m.step + ' earlier' : 'the previous step'}: ${pct(m.fluidity.share)} (${m.fluidity.formed} formed, ${m.fluidity.ended} ended, ${m.fluidity.flipped} flipped; not counted: ${m.fluidity.appeared} first attested without a dated start, ${m.fluidity.lapsed} no longer presumed)`,
  );
  out(`Tribalisation: ${m.tribalisation.single}/${m.tribalisation.withBase} armed groups with a base draw on one community (${pct(m.tribalisation.share)})`);
  out('\nMost central actors');
  if (!m.betweenness.exact)
    out(`Betweenness estimated from ${m.betweenness.sources} of ${m.betweenness.nodes} actors as sources (docs/queries.md states the error)`);
  printTable(
    ['actor', 'degree', 'betweenness', 'bloc'],
    m.top.map((r) => [r.name, r.degree, r.betweenness.toFixed(3), r.community]),
  );
  if (Array.isArray(m.balance.unbalanced) && m.balance.unbalanced.length) {
    out('\nUnbalanced triads');
    printTable(
      ['a', 'b', 'c', 'signs a–b, b–c, a–c'],
      m.balance.unbalanced.map((t) => [...t.actors.map(name), t.signs.map((s) => (s > 0 ? '+' : '−')).join(' ')]),
    );
  }
  const level = m.communal.level === 'top' ? 'widest communities' : 'communities as group bases name them';
  if (m.communal.cells.length) {
    out(`\nViolence between communities in the ${m.step} before (${level})`);
    printTable(
      ['community', 'community', 'events', 'fatalities (best)'],
      m.communal.cells.map((c) => [name(c.a), name(c.b), c.events, c.fatalities.best]),
    );
  }
  if (m.communal.within.length) {
    out(`\nViolence inside one community in the ${m.step} before (${level})`);
    printTable(
      ['community', 'events', 'fatalities (best)'],
      m.communal.within.map((w) => [name(w.community), w.events, w.fatalities.best]),
    );
  }
  if (m.genealogy.length) {
    out('\nSplits, mergers and renames per year');
    printTable(
      ['year', 'counts', 'imprecise'],
      m.genealogy.map((g) => [
        g.year,
        Object.entries(g.counts)
          .map(([t, n]) => `${t} ${n}`)
          .join(', '),
        g.imprecise,
      ]),
    );
  }
}

function renderSeries(s: MetricsSeries): void {
  out(`Metrics from ${s.from} to ${s.to}, one point per ${s.step}`);
  printTable(
    ['day', 'actors', 'ties', 'armed groups', 'balance', 'fluidity', 'tribalisation', 'blocs', 'communal violence'],
    s.points.map((p) => [
      p.day,
      p.actors,
      p.ties,
      `${p.armedGroups.definite}–${p.armedGroups.possible}`,
      pct(p.balance.share),
      pct(p.fluidity.share),
      pct(p.tribalisation.share),
      p.communities.count,
      p.communal.cells.reduce((n, c) => n + c.events, 0),
    ]),
  );
}
