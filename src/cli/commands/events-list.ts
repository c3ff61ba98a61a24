import { Option, type Command } from 'commander';
import { FaultlineError } from '../../core/errors.js';
import type { Attribution } from '../../core/vocab/event-types.js';
import type { EventsGrouping } from '../../services/queries/events.js';
import type { TrendSplit } from '../../services/queries/trends.js';
import { printTrend } from './events-trend.js';
import { withStore, type GlobalOptions } from '../context.js';
import { describeLater } from '../late-help.js';
import { out, printJson, printTable } from '../output/print.js';
import { resolveActor } from './actor-show.js';
import { csv } from './snapshot-show.js';

interface EventsOptions extends GlobalOptions {
  actor?: string[];
  components?: boolean;
  coalitions?: boolean;
  place?: string;
  from?: string;
  to?: string;
  type?: string;
  attribution?: string;
  by?: string;
  split?: string;
  limit: string;
  recordedAt?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerEvents(program: Command): void {
  const by = new Option('--by <grouping>');
  const command = program
    .command('events')
    .description('events by actor, place, window, type and attribution; counts and fatalities by month, country, admin-1 or admin-2 area, place, actor or type')
    .option('--actor <actor>', 'id, name or alias (repeatable)', collect)
    .option('--components', "also a coalition's components, while they were components")
    .option('--coalitions', 'also the coalitions an actor belonged to, while it belonged')
    .option('--place <places>', 'places by id, name or alias, comma-separated; each includes the places inside it')
    .option('--from <date>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--to <date>', 'YYYY, YYYY-MM or YYYY-MM-DD (through its last day)')
    .option('--type <types>', 'event types, comma-separated')
    .option('--attribution <list>', 'claimed, attributed, alleged, unspecified (comma-separated)')
    .addOption(by)
    .option('--split <series>', 'with --by month, quarter or year: type | attribution | actor | place | country | admin1 | admin2')
    .option('--limit <n>', 'events to list', '20')
    .option('--recorded-at <instant>', 'as recorded at this instant');
  describeLater(command, async () => {
    const { EVENTS_GROUPINGS } = await import('../../services/queries/events.js');
    by.description = `${EVENTS_GROUPINGS.join(' | ')} (region is admin1)`;
  });
  command.action(async (options: EventsOptions) => {
    const { events, EVENTS_GROUPINGS: GROUPINGS } = await import('../../services/queries/events.js');
    const { TREND_SPLITS } = await import('../../services/queries/trends.js');
    if (options.by && !GROUPINGS.includes(options.by as EventsGrouping))
      throw new FaultlineError('invalid_input', `invalid --by ${options.by}; expected ${GROUPINGS.join(', ')}`);
    if (options.split && (!TREND_SPLITS.includes(options.split as TrendSplit) || !['month', 'quarter', 'year'].includes(options.by ?? '')))
      throw new FaultlineError('invalid_input', `invalid --split ${options.split}; expected ${TREND_SPLITS.join(', ')} with --by month, quarter or year`);
    const result = await withStore(options, async (store) => {
      const actors = options.actor ? await Promise.all(options.actor.map((a) => resolveActor(store, a))) : undefined;
      const places = csv(options.place);
      const types = csv(options.type);
      const attributions = csv(options.attribution) as (Attribution | 'unspecified')[] | undefined;
      return events(store, {
        ...(actors ? { actors } : {}),
        ...(options.components ? { includeComponents: true } : {}),
        ...(options.coalitions ? { includeCoalitions: true } : {}),
        ...(places ? { places } : {}),
        ...(options.from ? { from: options.from } : {}),
        ...(options.to ? { to: options.to } : {}),
        ...(types ? { types } : {}),
        ...(attributions ? { attributions } : {}),
        ...(options.by ? { by: options.by as EventsGrouping } : {}),
        ...(options.split ? { split: options.split as TrendSplit } : {}),
        limit: Number(options.limit),
        ...(options.recordedAt ? { recordedAt: options.recordedAt } : {}),
      });
    });
    if (options.json) {
      printJson(result);
      return;
    }
    const f = result.total.fatalities;
    out(`${result.total.events} events; fatalities low ${f.low}, best ${f.best}, high ${f.high}`);
    if (result.trend) printTrend(result.trend);
    else if (result.groups.length) {
      printTable(
        [options.by ?? 'group', 'events', 'imprecise', 'low', 'best', 'high'],
        result.groups.map((g) => [g.name ?? (g.key || '(none)'), g.events, g.imprecise, g.fatalities.low, g.fatalities.best, g.fatalities.high]),
      );
    }
    if (result.events.length) {
      out(`\nFirst ${result.events.length} events`);
      printTable(
        ['date', 'type', 'place', 'description'],
        result.events.map((e) => [e.date, e.type, e.place ? (result.names[e.place] ?? e.place) : '', e.description]),
      );
    }
  });
}
