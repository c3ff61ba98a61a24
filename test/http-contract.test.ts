// One HTTP contract: every route declares its input once (src/server/contract/route.ts), and the
// validators, docs/openapi.yaml and the web client all come from those declarations.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_ROUTES } from '../src/server/api.js';
import { createApp } from '../src/server/app.js';
import { openApiDocument } from '../src/server/contract/openapi.js';
import { isRouteValidator } from '../src/server/contract/route.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { OPENAPI_FILE, renderOpenApi } from '../scripts/openapi.js';
import { jsonInit, teamWorld } from './support/team-world.js';

const openApiPath = (honoPath: string) => honoPath.replace(/^\/api/, '').replace(/:(\w+)/g, '{$1}');

describe('the route declarations', () => {
  it('docs/openapi.yaml is the one npm run openapi writes from them', async () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8'), 'docs/openapi.yaml is stale: run npm run openapi').toBe(await renderOpenApi());
  });

  it('every registered /api route has its validator and is in the OpenAPI document, and every declaration is mounted', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    const app = createApp(store);
    const routes = new Map<string, unknown[]>();
    for (const route of app.routes) {
      if (!route.path.startsWith('/api/') || route.method === 'ALL') continue;
      const key = `${route.method.toLowerCase()} ${route.path}`;
      routes.set(key, [...(routes.get(key) ?? []), route.handler]);
    }
    const paths = openApiDocument(API_ROUTES)['paths'] as Record<string, Record<string, unknown>>;
    expect(routes.size).toBeGreaterThanOrEqual(37);
    for (const [key, handlers] of routes) {
      const [method = '', path = ''] = key.split(' ');
      expect(handlers.some(isRouteValidator), `${key} has no validator`).toBe(true);
      expect(paths[openApiPath(path)]?.[method], `${key} is not in the OpenAPI document`).toBeDefined();
    }
    const declared = API_ROUTES.map((r) => `${r.method} /api${r.path}`);
    expect(new Set(declared).size).toBe(declared.length);
    expect([...routes.keys()].sort()).toEqual([...declared].sort());
    await store.close();
  });
});

describe('input refused by the declarations', () => {
  it('reads days as the CLI does: a month 13 is a 400 naming the parameter', async () => {
    const { as } = await teamWorld();
    for (const path of ['/api/relations?from=2017-13', '/api/events?to=2017-13', '/api/snapshot?asOf=2017-13', '/api/event-stats?from=2017-13-01']) {
      const response = await as('viewer', path);
      expect(response.status, path).toBe(400);
      const body = (await response.json()) as { error: { code: string; message: string; issues: { path: string }[] } };
      const name = new URL(path, 'http://x').searchParams.keys().next().value ?? '';
      expect(body.error.code).toBe('invalid_input');
      expect(body.error.message).toContain(name);
      expect(body.error.issues.map((i) => i.path)).toEqual([name]);
    }
    expect((await as('viewer', '/api/relations?from=2017-12&to=2018')).status).toBe(200);
  });

  it('covers the routes the old regex table missed: unknown parameters and malformed names are 400', async () => {
    const { as } = await teamWorld();
    expect((await as('viewer', '/api/event-spans?x=1')).status).toBe(400);
    expect((await as('viewer', '/api/event-spans?recordedAt=2026-03-01')).status).toBe(200);
    expect((await as('viewer', '/api/vocab/event-types?x=1')).status).toBe(400);
    expect((await as('admin', '/api/users/Not..A%20Name/password', jsonInit({ password: 'a long enough password' }))).status).toBe(400);
    expect((await as('admin', '/api/users/viewer/password?x=1', jsonInit({ password: 'a long enough password' }))).status).toBe(400);
  });

  it('refuses an unknown body field and a repeated query parameter', async () => {
    const { as } = await teamWorld();
    expect((await as('admin', '/api/users', jsonInit({ name: 'new', role: 'viewer', password: 'a long enough password', admin: true }))).status).toBe(400);
    expect((await as('viewer', '/api/claims?status=accepted&status=proposed')).status).toBe(400);
    expect((await as('viewer', '/api/claims?status=accepted,maybe')).status).toBe(400);
  });
});
