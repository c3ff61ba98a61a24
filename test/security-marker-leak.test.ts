// Restricted material never reaches those who may not read it, on any route, export or picture.
// A restricted source carries a marker in every field it has and in its text; the extractor and a
// reviewer have written text derived from it; a fact rests on it alone. Then every route the API
// registers is called as a viewer and as an editor, every export format and picture is written,
// and the marker must appear nowhere. The walk is read from the app itself, so a route added later
// without a case here fails the test instead of going unchecked.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Role } from '../src/core/accounts.js';
import type { Source } from '../src/core/model/source.js';
import type { TeamStore } from '../src/core/store-port.js';
import { sha256Hex } from '../src/core/text/normalise.js';
import { createApp } from '../src/server/app.js';
import { addUser, createToken } from '../src/services/auth/accounts.js';
import { ingestDocuments } from '../src/services/ingest/ingest-document.js';
import { drawGenealogy, drawNetwork } from '../src/services/interop/draw-pictures.js';
import { EXPORT_FORMATS, exportTo, type ExportFormat } from '../src/services/interop/export-file.js';
import { acceptClaim } from '../src/services/review/accept-claim.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildEvent, buildRelation, buildSource, SOURCE_TEXT } from './factories.js';
import { describeWithPostgres } from './support/postgres-cluster.js';

/** In every field of the restricted source, its text, and text derived from it. */
const MARK = 'qz7mark';
/** In the name of a fact resting on the restricted source alone: shown in the app, never published. */
const FACT_MARK = 'Qz7fact';

// A made-up field note: the extractor proposes the two organisations it introduces.
const SECRET_TEXT = [
  `Field note ${MARK} from the northern districts, written in March 2019.`,
  'In March 2019 the Northern Shield Brigade (NSB) clashed with the Ridge Defence Front near Kidal.',
  `Residents said the ${MARK} checkpoint had moved twice since January.`,
].join(' ');

interface World {
  store: TeamStore;
  secretId: string;
  /** Everything the walk needs to fill path parameters. */
  ids: { actors: string[]; claims: string[]; tokens: Record<Role, string> };
  as: (role: Role, path: string, init?: RequestInit) => Promise<Response>;
}

async function seed(store: TeamStore): Promise<World> {
  const clock = () => new Date('2026-03-01T00:00:00.000Z');
  const dir = mkdtempSync(join(tmpdir(), 'faultline-marker-'));
  const file = join(dir, `${MARK}-notes.txt`);
  writeFileSync(file, SECRET_TEXT);
  await store.write(
    [
      { kind: 'source', record: buildSource() },
      { kind: 'actor', record: buildActor('b') },
      { kind: 'actor', record: buildActor('c', { kind: 'coalition' }) },
      { kind: 'claim', record: buildClaim('actor:b', 1) },
      { kind: 'claim', record: buildClaim('actor:c', 1) },
    ],
    { by: 'loader' },
  );
  await store.putSourceText(buildSource().id, SOURCE_TEXT);
  const [ingested] = await ingestDocuments(store, [file], {
    by: 'analyst',
    clock,
    source: {
      title: `Interview notes ${MARK} from Kidal`,
      authors: [`Author ${MARK}`],
      publisher: `Press ${MARK}`,
      url: `https://example.org/${MARK}/notes`,
      reliability: 'C',
      reliabilityReason: `Reason ${MARK} given by the analyst`,
      kind: 'interview',
    },
  });
  if (!ingested) throw new Error('the restricted document was not ingested');
  const secretId = ingested.source.id;
  expect(ingested.proposed.length, 'the extractor proposed something from the restricted text').toBeGreaterThan(0);
  // The analyst restricts the document after ingesting it, as one does on learning who the informant is.
  const restricted: Source = { ...ingested.source, restricted: true, notes: `Notes ${MARK} on the informant`, cites: [`Cited ${MARK}`] };
  await store.write([{ kind: 'source', record: restricted }], { by: 'analyst' });
  // A reviewer accepts the first proposed actor as the extractor wrote it.
  const actorProposal = ingested.proposed.find((p) => p.kind === 'actor');
  if (actorProposal) await acceptClaim(store, actorProposal.claim, { by: 'reviewer', clock, credibility: 3 });
  const secretPassage = { source: secretId, start: 0, end: 10, sha256: sha256Hex(SECRET_TEXT.slice(0, 10)) };
  await store.write(
    [
      // Text written before this check existed: a description and a note naming the restricted source.
      { kind: 'actor', record: buildActor('legacy', { description: `Known from "${restricted.title}" (${restricted.url ?? ''})` }) },
      { kind: 'claim', record: buildClaim('actor:legacy', 1, { note: `Compare Interview notes ${MARK} from Kidal` }) },
      // A fact on the restricted source alone: the app shows it, marked restricted; exports and pictures leave it out.
      { kind: 'actor', record: buildActor('hidden', { name: `${FACT_MARK} Cell` }) },
      { kind: 'claim', record: buildClaim('actor:hidden', 1, { evidence: [secretPassage], note: `Seen ${MARK}` }) },
      { kind: 'relation', record: buildRelation('hidden-in-c', { from: 'actor:hidden', to: 'actor:c', valid: '2017/..' }) },
      { kind: 'claim', record: buildClaim('rel:hidden-in-c', 1, { evidence: [secretPassage] }) },
      // A place whose profile cites the restricted source: a tie to it and an event there rest on it.
      { kind: 'place', record: { id: 'place:ridge', kind: 'town', name: 'Ridge Town', country: 'ML' } },
      { kind: 'relation', record: buildRelation('hidden-in-ridge', { type: 'operates_in', from: 'actor:hidden', to: 'place:ridge', valid: '2019/..' }) },
      { kind: 'claim', record: buildClaim('rel:hidden-in-ridge', 1, { evidence: [secretPassage], note: `Seen ${MARK} at the ridge` }) },
      {
        kind: 'event',
        record: buildEvent('ridge-clash', { date: '2019-03', place: 'place:ridge', participants: [{ actor: 'actor:hidden', role: 'participant' }] }),
      },
      { kind: 'claim', record: buildClaim('event:ridge-clash', 1, { evidence: [secretPassage] }) },
    ],
    { by: 'analyst' },
  );
  const tokens = {} as Record<Role, string>;
  for (const role of ['viewer', 'editor', 'reviewer', 'admin'] as const) {
    await addUser(store, { name: role, role }, { by: 'setup' });
    tokens[role] = (await createToken(store, { user: role, name: 'walk', expiresInDays: 30 }, { by: 'setup', clock })).token;
  }
  const app = createApp(store, { loopback: true, clock });
  const as = async (role: Role, path: string, init: RequestInit = {}) =>
    app.request(path, { ...init, headers: { authorization: `Bearer ${tokens[role]}`, ...(init.headers as Record<string, string>) } });
  const actors = (await store.list('actor')).map((a) => a.id);
  const claims = (await store.claims()).map((c) => c.id);
  return { store, secretId, ids: { actors, claims, tokens }, as };
}

type Call = { path: string; init?: RequestInit };
const json = (body: unknown, method = 'POST'): RequestInit => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const e = encodeURIComponent;

/**
 * The calls made for each registered route, given the world's ids: every id a path takes, and the
 * queries that reach the most code. A route missing here fails the test.
 */
const WALK: Record<string, (w: World) => Call[]> = {
  'GET /api/actors': () => [{ path: '/api/actors' }, { path: `/api/actors?q=${MARK}` }, { path: '/api/actors?q=northern' }],
  'GET /api/actors/:id': (w) => w.ids.actors.map((id) => ({ path: `/api/actors/${e(id)}` })),
  'GET /api/actors/:id/profile': (w) => w.ids.actors.map((id) => ({ path: `/api/actors/${e(id)}/profile` })),
  'GET /api/actors/:id/history': (w) => w.ids.actors.map((id) => ({ path: `/api/actors/${e(id)}/history` })),
  'GET /api/actors/:id/timeline': (w) => w.ids.actors.map((id) => ({ path: `/api/actors/${e(id)}/timeline` })),
  'GET /api/actors/:id/genealogy': (w) => w.ids.actors.map((id) => ({ path: `/api/actors/${e(id)}/genealogy` })),
  'GET /api/places': () => [{ path: '/api/places' }],
  'GET /api/relations': () => [{ path: '/api/relations' }],
  'GET /api/events': () => [{ path: '/api/events' }],
  'GET /api/sources': () => [{ path: '/api/sources' }],
  'GET /api/sources/:id': (w) => [{ path: `/api/sources/${w.secretId}` }, { path: `/api/sources/${buildSource().id}` }],
  'GET /api/sources/:id/text': (w) => [{ path: `/api/sources/${w.secretId}/text` }],
  'GET /api/claims': () => [{ path: '/api/claims' }, { path: '/api/claims?status=proposed' }],
  'GET /api/stats': () => [{ path: '/api/stats' }],
  'GET /api/review/claims': (w) => [{ path: '/api/review/claims?limit=500' }, { path: `/api/review/claims?source=${w.secretId}` }],
  'GET /api/review/claims/:id': (w) => w.ids.claims.map((id) => ({ path: `/api/review/claims/${e(id)}` })),
  'POST /api/review/claims/:id/accept': (w) => w.ids.claims.map((id) => ({ path: `/api/review/claims/${e(id)}/accept`, init: json({ by: 'x' }) })),
  'POST /api/review/claims/:id/reject': (w) => w.ids.claims.map((id) => ({ path: `/api/review/claims/${e(id)}/reject`, init: json({ by: 'x' }) })),
  'PATCH /api/review/claims/:id': (w) =>
    w.ids.claims.map((id) => ({ path: `/api/review/claims/${e(id)}`, init: json({ by: 'x', value: {}, accept: false }, 'PATCH') })),
  'POST /api/review/claims/:id/merge': (w) =>
    w.ids.claims.map((id) => ({ path: `/api/review/claims/${e(id)}/merge`, init: json({ by: 'x', into: 'actor:b' }) })),
  'GET /api/snapshot': () => ['2016-06', '2019-03', '2024-01'].map((d) => ({ path: `/api/snapshot?asOf=${d}` })),
  'GET /api/path': () => [{ path: '/api/path?from=actor:hidden&to=actor:c&asOf=2019-03' }],
  'GET /api/diff': () => [{ path: '/api/diff?from=2015-01&to=2020-01' }],
  'GET /api/event-stats': () => [{ path: '/api/event-stats' }, { path: '/api/event-stats?by=actor' }],
  'GET /api/trends': () => [{ path: '/api/trends?period=month' }, { path: '/api/trends?period=year&split=actor' }],
  'GET /api/disputes': () => [{ path: '/api/disputes?all=true' }],
  'GET /api/metrics': () => [{ path: '/api/metrics?asOf=2019-03' }],
  'GET /api/metrics/series': () => [{ path: '/api/metrics/series?from=2016&to=2020' }],
  'POST /api/login': () => [{ path: '/api/login', init: json({ name: 'viewer', password: 'wrong password here' }) }],
  'POST /api/logout': () => [{ path: '/api/logout', init: { method: 'POST' } }],
  'GET /api/session': () => [{ path: '/api/session' }],
  'GET /api/audit': () => [{ path: '/api/audit' }],
  'GET /api/vocab/event-types': () => [{ path: '/api/vocab/event-types' }],
  'GET /api/ties': () => [{ path: '/api/ties' }],
  'GET /api/event-spans': () => [{ path: '/api/event-spans' }],
  'GET /api/account/tokens': () => [{ path: '/api/account/tokens?all=true' }],
  'POST /api/account/tokens': () => [{ path: '/api/account/tokens', init: json({ name: 'walk-2' }) }],
  'DELETE /api/account/tokens/:id': () => [{ path: '/api/account/tokens/unknown', init: { method: 'DELETE' } }],
  'POST /api/account/password': () => [{ path: '/api/account/password', init: json({ currentPassword: 'x', newPassword: 'y' }) }],
  'GET /api/users': () => [{ path: '/api/users' }],
  'POST /api/users': () => [{ path: '/api/users', init: json({ name: 'new-user', role: 'viewer', password: 'long enough password' }) }],
  'PATCH /api/users/:name': () => [{ path: '/api/users/viewer', init: json({ role: 'viewer' }, 'PATCH') }],
  'POST /api/users/:name/disable': () => [{ path: '/api/users/nobody/disable', init: { method: 'POST' } }],
  'POST /api/users/:name/password': () => [{ path: '/api/users/nobody/password', init: json({ password: 'long enough password' }) }],
  'GET /api/users/:name/tokens': () => [{ path: '/api/users/viewer/tokens?all=true' }],
  'DELETE /api/users/:name/tokens/:id': () => [{ path: '/api/users/viewer/tokens/unknown', init: { method: 'DELETE' } }],
  'GET /api/views': () => [{ path: '/api/views' }],
  'POST /api/views': () => [{ path: '/api/views', init: json({ name: 'walk', hash: '#/network?date=2019-03', note: 'walked' }) }],
  'PATCH /api/views/:id': () => [{ path: `/api/views/${'0'.repeat(24)}`, init: json({ note: 'x' }, 'PATCH') }],
  'DELETE /api/views/:id': () => [{ path: `/api/views/${'0'.repeat(24)}`, init: { method: 'DELETE' } }],
  'GET /api/places/:id/profile': () => [{ path: '/api/places/place:ridge/profile' }, { path: '/api/places/place:absent/profile' }],
  'GET /api/search': () => [
    { path: `/api/search?q=${MARK}` },
    { path: '/api/search?q=ridge' },
    { path: '/api/search?q=kidal' },
    { path: '/api/search?q=report' },
  ],
};

/** Every /api route the app registers, as `METHOD /api/path`. */
function registeredRoutes(store: TeamStore): string[] {
  const app = createApp(store, { loopback: true });
  const keys = app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)].sort();
}

/** The marker in any spelling the body may give it (JSON escapes, URL encoding, case). */
const leaks = (text: string, secretId: string) => {
  const folded = text.toLowerCase();
  return [MARK, secretId].filter((m) => folded.includes(m.toLowerCase()));
};

function markerSuite(open: () => Promise<TeamStore>) {
  it("finding 1: a restricted source's title and every field of it reach no viewer or editor, on any registered route", async () => {
    const store = await open();
    try {
      const w = await seed(store);
      const routes = registeredRoutes(store);
      expect(
        routes.filter((r) => !(r in WALK)),
        'routes with no case in WALK',
      ).toEqual([]);
      let calls = 0;
      for (const role of ['viewer', 'editor'] as const) {
        for (const route of routes) {
          for (const call of WALK[route]?.(w) ?? []) {
            const response = await w.as(role, call.path, call.init);
            calls++;
            expect(response.status, `${role} ${route} ${call.path}`).toBeLessThan(500);
            // A 404 may repeat the id the client asked for, and nothing else.
            const body = (await response.text()).replaceAll(call.path.includes(w.secretId) ? w.secretId : '\u0000', '');
            expect(leaks(body, w.secretId), `${role} ${call.init?.method ?? 'GET'} ${call.path}`).toEqual([]);
          }
        }
      }
      expect(calls).toBeGreaterThan(200);
      // The facts themselves stay visible: the restricted-only actor is shown, its footnote marked restricted.
      const profile = await (await w.as('viewer', '/api/actors/actor:hidden/profile')).text();
      expect(profile).toContain(FACT_MARK);
      // Readers of restricted material still see it whole.
      expect(await (await w.as('reviewer', `/api/sources/${w.secretId}`)).text()).toContain(MARK);
      expect(await (await w.as('reviewer', '/api/actors/actor:legacy')).text()).toContain(MARK);
    } finally {
      await store.close();
    }
  });

  it('finding 1: every export format and picture is free of restricted strings and of facts resting on them alone', async () => {
    const store = await open();
    try {
      const w = await seed(store);
      const out = mkdtempSync(join(tmpdir(), 'faultline-marker-out-'));
      const formats: ExportFormat[] = [...(Object.keys(EXPORT_FORMATS) as ExportFormat[]), 'dataset'];
      for (const format of formats) await exportTo(store, format, join(out, format === 'dataset' ? 'dataset' : `export.${format}`));
      const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
      expect(files.length).toBeGreaterThanOrEqual(formats.length);
      for (const f of files) {
        const text = readFileSync(join(f.parentPath, f.name), 'utf8');
        expect([...leaks(text, w.secretId), ...(text.includes(FACT_MARK) ? [FACT_MARK] : [])], f.name).toEqual([]);
      }
      const pictures = {
        network: await drawNetwork(store, '2019-03'),
        'genealogy of C': await drawGenealogy(store, 'actor:c'),
        'genealogy of the restricted-only actor': await drawGenealogy(store, 'actor:hidden').catch((error: unknown) => String(error)),
      };
      for (const [name, svg] of Object.entries(pictures)) {
        expect([...leaks(svg, w.secretId), ...(svg.includes(FACT_MARK) ? [FACT_MARK] : [])], name).toEqual([]);
      }
      // The legacy actor is published (it has public support) with the restricted title taken out of its text.
      const withheldIn = files.filter((f) => readFileSync(join(f.parentPath, f.name), 'utf8').includes('[restricted source]')).map((f) => f.name);
      expect(withheldIn).toEqual(expect.arrayContaining(['export.ftm', 'actors.jsonl']));
    } finally {
      await store.close();
    }
  });
}

describe('restricted material behind a marker, SQLite', () => {
  markerSuite(async () => new SqliteStore({ path: ':memory:' }));
});

describeWithPostgres('restricted material behind a marker, PostgreSQL', (cluster) => {
  markerSuite(async () => new PostgresStore({ url: await cluster().createDatabase() }).open());
});
