import { Hono } from 'hono';
import type { InForce } from '../../analysis/tie-span.js';
import { FaultlineError } from '../../core/errors.js';
import type { Store } from '../../core/store-port.js';
import type { Attribution } from '../../core/vocab/event-types.js';
import { horizonArg, type Step } from '../../services/queries/dates.js';
import { diff } from '../../services/queries/diff.js';
import { disputes } from '../../services/queries/disputes.js';
import { events, EVENTS_GROUPINGS, type EventsGrouping } from '../../services/queries/events.js';
import { genealogy } from '../../services/queries/genealogy.js';
import { metrics, metricsSeries } from '../../services/queries/metrics.js';
import { path } from '../../services/queries/path.js';
import { snapshot } from '../../services/queries/snapshot.js';
import { timeline } from '../../services/queries/timeline.js';

const list = (q: string | undefined) => (q ? q.split(',').filter(Boolean) : undefined);
const recorded = (q: string | undefined) => (q ? { recordedAt: q } : {});
const GROUPINGS: readonly string[] = EVENTS_GROUPINGS;

function required(value: string | undefined, name: string): string {
  if (!value) throw new FaultlineError('invalid_input', `missing query parameter ${name}`);
  return value;
}

/** `definite=true` keeps definite ties only; `presumed=false` drops ties only presumed (D8). */
function certaintyOf(definite: string | undefined, presumed: string | undefined): { minCertainty?: InForce } {
  if (definite === 'true') return { minCertainty: 'definite' };
  return presumed === 'false' ? { minCertainty: 'possible' } : {};
}

function step(value: string | undefined): Step {
  if (value === undefined || value === 'year' || value === 'month') return value ?? 'year';
  throw new FaultlineError('invalid_input', `invalid step ${value}; expected year or month`);
}

/** The query layer over HTTP: time travel, genealogy, paths, diffs, event statistics, disputes and metrics (docs/openapi.yaml). */
export function queryRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/snapshot', async (c) => {
    const kinds = list(c.req.query('kind'));
    const types = list(c.req.query('type'));
    return c.json(
      await snapshot(store, {
        asOf: required(c.req.query('asOf'), 'asOf'),
        ...(kinds ? { kinds } : {}),
        ...(types ? { types } : {}),
        ...certaintyOf(c.req.query('definite'), c.req.query('presumed')),
        ...horizonArg(c.req.query('horizon')),
        ...recorded(c.req.query('recordedAt')),
      }),
    );
  });
  app.get('/actors/:id/timeline', async (c) => c.json(await timeline(store, c.req.param('id'), recorded(c.req.query('recordedAt')))));
  app.get('/actors/:id/genealogy', async (c) => c.json(await genealogy(store, c.req.param('id'), recorded(c.req.query('recordedAt')))));
  app.get('/path', async (c) =>
    c.json(
      await path(store, required(c.req.query('from'), 'from'), required(c.req.query('to'), 'to'), required(c.req.query('asOf'), 'asOf'), {
        ...certaintyOf(c.req.query('definite'), undefined),
        ...horizonArg(c.req.query('horizon')),
        ...recorded(c.req.query('recordedAt')),
      }),
    ),
  );
  app.get('/diff', async (c) =>
    c.json(
      await diff(store, required(c.req.query('from'), 'from'), required(c.req.query('to'), 'to'), {
        ...horizonArg(c.req.query('horizon')),
        ...recorded(c.req.query('recordedAt')),
      }),
    ),
  );
  app.get('/event-stats', async (c) => {
    const by = c.req.query('by');
    if (by && !GROUPINGS.includes(by)) throw new FaultlineError('invalid_input', `invalid by ${by}; expected ${GROUPINGS.join(', ')}`);
    const actors = list(c.req.query('actor'));
    const places = list(c.req.query('place'));
    const types = list(c.req.query('type'));
    const attributions = list(c.req.query('attribution')) as (Attribution | 'unspecified')[] | undefined;
    const q = (name: string) => c.req.query(name);
    return c.json(
      await events(store, {
        ...(actors ? { actors } : {}),
        ...(q('components') === 'true' ? { includeComponents: true } : {}),
        ...(q('coalitions') === 'true' ? { includeCoalitions: true } : {}),
        ...(places ? { places } : {}),
        ...(q('from') ? { from: q('from') ?? '' } : {}),
        ...(q('to') ? { to: q('to') ?? '' } : {}),
        ...(types ? { types } : {}),
        ...(attributions ? { attributions } : {}),
        ...(by ? { by: by as EventsGrouping } : {}),
        limit: Number(q('limit') ?? 100),
        ...recorded(q('recordedAt')),
      }),
    );
  });
  app.get('/disputes', async (c) => {
    const subject = c.req.query('subject');
    return c.json(
      await disputes(store, {
        ...(subject ? { subject } : {}),
        ...(c.req.query('all') === 'true' ? { all: true } : {}),
        ...recorded(c.req.query('recordedAt')),
      }),
    );
  });
  app.get('/metrics', async (c) =>
    c.json(
      await metrics(store, required(c.req.query('asOf'), 'asOf'), {
        step: step(c.req.query('step')),
        top: Number(c.req.query('top') ?? 10),
        ...horizonArg(c.req.query('horizon')),
        ...recorded(c.req.query('recordedAt')),
      }),
    ),
  );
  app.get('/metrics/series', async (c) =>
    c.json(
      await metricsSeries(store, required(c.req.query('from'), 'from'), required(c.req.query('to'), 'to'), {
        step: step(c.req.query('step')),
        ...horizonArg(c.req.query('horizon')),
        ...recorded(c.req.query('recordedAt')),
      }),
    ),
  );
  return app;
}
