// Hostile input at the HTTP boundary: injection in every parameter, oversized and malformed bodies,
// path traversal. Each must fail safely (a 4xx, never a 5xx) and leave the database as it was.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import { fingerprint, jsonInit, teamWorld } from './support/team-world.js';

const PAYLOADS = [
  "' OR '1'='1",
  '"; DROP TABLE records; --',
  '1); DELETE FROM audit_log; --',
  "actor:b' UNION SELECT body FROM records --",
  "%' OR 1=1 --",
  '$1',
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '<script>alert(1)</script>',
  '\u0000',
  '{"$gt":""}',
  'a'.repeat(5000),
];

// Every query parameter of every read route, with a valid value for the others.
const QUERIES: [string, string[]][] = [
  ['/api/actors', ['q', 'kind', 'recordedAt']],
  ['/api/actors/actor:b', ['recordedAt']],
  ['/api/actors/actor:b/profile', ['recordedAt']],
  ['/api/places', ['recordedAt']],
  ['/api/relations', ['from', 'to', 'type', 'actor', 'recordedAt']],
  ['/api/events', ['from', 'to', 'type', 'actor', 'place', 'recordedAt']],
  ['/api/sources', ['recordedAt']],
  ['/api/claims', ['subject', 'status', 'recordedAt']],
  ['/api/stats', ['recordedAt']],
  ['/api/snapshot?asOf=2017-06-01', ['asOf', 'kind', 'type', 'definite', 'recordedAt']],
  ['/api/actors/actor:b/timeline', ['recordedAt']],
  ['/api/actors/actor:b/genealogy', ['recordedAt']],
  ['/api/path?from=actor:b&to=actor:c&asOf=2017-06-01', ['from', 'to', 'asOf', 'definite', 'recordedAt']],
  ['/api/diff?from=2016&to=2018', ['from', 'to', 'recordedAt']],
  ['/api/event-stats', ['by', 'actor', 'place', 'from', 'to', 'type', 'attribution', 'components', 'coalitions', 'limit', 'recordedAt']],
  ['/api/disputes', ['subject', 'recordedAt']],
  ['/api/trends?period=month', ['period', 'split', 'actor', 'place', 'from', 'to', 'type', 'attribution', 'components', 'coalitions', 'recordedAt']],
  ['/api/metrics?asOf=2017-06-01', ['asOf', 'step', 'top', 'recordedAt']],
  ['/api/metrics/series?from=2016&to=2017', ['from', 'to', 'step', 'recordedAt']],
  ['/api/ties', ['recordedAt']],
  ['/api/review/claims', ['kind', 'source', 'limit', 'offset', 'context']],
  ['/api/audit', ['actor', 'since', 'until', 'kind', 'id', 'after', 'limit']],
];

const PATHS = [
  '/api/actors/{}',
  '/api/actors/{}/profile',
  '/api/actors/{}/history',
  '/api/actors/{}/timeline',
  '/api/sources/{}',
  '/api/sources/{}/text',
  '/api/review/claims/{}',
];

function withParam(base: string, name: string, value: string): string {
  const url = new URL(base, 'http://x');
  url.searchParams.set(name, value);
  return `${url.pathname}?${url.searchParams.toString()}`;
}

describe('hostile input', () => {
  it('injection in every query parameter and path segment fails safely and changes nothing', async () => {
    const { as, store } = await teamWorld();
    const before = await fingerprint(store);
    const statuses = new Map<number, number>();
    const check = async (path: string, init?: RequestInit) => {
      const response = await as('admin', path, init);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status, path).toBeLessThan(500);
      expect(response.headers.get('content-type'), path).toMatch(/application\/json/);
      const body = await response.text();
      expect(body, path).not.toMatch(/SQLITE|syntax error|stack|at .*\.ts:\d+/i);
    };
    for (const [base, names] of QUERIES) for (const name of names) for (const payload of PAYLOADS) await check(withParam(base, name, payload));
    for (const template of PATHS) for (const payload of PAYLOADS) await check(template.replace('{}', encodeURIComponent(payload)));
    for (const payload of PAYLOADS) {
      const claim = encodeURIComponent('actor:f#1');
      await check(`/api/review/claims/${claim}/accept`, jsonInit({ by: payload, note: payload, credibility: payload }));
      await check(`/api/review/claims/${claim}/merge`, jsonInit({ by: 'r', into: payload }));
      await check(`/api/review/claims/${claim}`, jsonInit({ by: 'r', value: { [payload]: payload, kind: payload } }, 'PATCH'));
      await check('/api/login', jsonInit({ name: payload, password: payload }));
    }
    expect(await fingerprint(store)).toBe(before);
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
    expect(await store.counts()).toMatchObject({ source: 2, actor: 3, relation: 2 });
  });

  it('oversized, malformed and mistyped bodies are refused before any change', async () => {
    const { as, store } = await teamWorld();
    const before = await fingerprint(store);
    const accept = `/api/review/claims/${encodeURIComponent('actor:f#1')}/accept`;
    const huge = JSON.stringify({ by: 'r', note: 'x'.repeat(200 * 1024) });
    const cases: [RequestInit, number, string][] = [
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: huge }, 413, 'body_too_large'],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"by": "r",' }, 400, 'invalid_input'],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1, 2, 3]' }, 400, 'invalid_input'],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"by": 5}' }, 400, 'invalid_input'],
      [{ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"by": "r", "credibility": 9}' }, 400, 'invalid_input'],
      [{ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"by": "r"}' }, 400, 'invalid_input'],
      [{ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'by=r' }, 400, 'invalid_input'],
    ];
    for (const [init, status, code] of cases) {
      const response = await as('reviewer', accept, init);
      expect(response.status, String(init.body).slice(0, 30)).toBe(status);
      expect(await response.json()).toMatchObject({ error: { code } });
    }
    expect((await as('reviewer', '/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge })).status).toBe(413);
    expect(await fingerprint(store)).toBe(before);
  });

  it('path traversal reaches neither the API nor files outside the web app', async () => {
    const { store } = await teamWorld({ users: false });
    const dir = mkdtempSync(join(tmpdir(), 'faultline-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(tmpdir(), 'faultline-outside.txt'), 'outside the web root');
    try {
      const app = createApp(store, { webRoot: dir });
      for (const path of ['/api/sources/..%2F..%2Fetc%2Fpasswd/text', '/api/actors/..%5c..%5cwindows', '/api/actors/%E0%A4%A', '/api/actors/actor:b%00']) {
        const response = await app.request(path);
        expect(response.status, path).toBe(400);
      }
      // URL parsing resolves dot segments (%2e%2e too) before routing: these land inside the web root.
      for (const path of ['/../faultline-outside.txt', '/..%2ffaultline-outside.txt', '/%2e%2e/faultline-outside.txt', '/..%5cfaultline-outside.txt']) {
        const response = await app.request(path);
        expect(await response.text(), path).not.toContain('outside the web root');
      }
      const resolved = await app.request('/api/sources/%2e%2e/%2e%2e/etc/passwd');
      expect(await resolved.text()).not.toMatch(/root:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(join(tmpdir(), 'faultline-outside.txt'), { force: true });
    }
  });

  it('sends security headers and a content security policy; API answers are not cached', async () => {
    const { as } = await teamWorld();
    const response = await as('viewer', '/api/actors');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('repeated parameters and too many parameters are refused', async () => {
    const { as } = await teamWorld();
    expect((await as('viewer', '/api/events?type=armed_clash&type=x')).status).toBe(400);
    expect((await as('viewer', `/api/actors?${Array.from({ length: 60 }, (_, i) => `p${i}=1`).join('&')}`)).status).toBe(400);
  });
});
