// The saved-view routes over HTTP: each user reaches only their own views, in every role; input that
// is not an in-app location, or a field out of bounds, is a 400 naming the field.
import { describe, expect, it } from 'vitest';
import { jsonInit, teamWorld } from '../../../test/support/team-world.js';
import type { SavedView } from '../../core/saved-views.js';

const KIDAL = { name: 'Kidal, mid-2017', hash: '#/network?date=2017-06&focus=actor:cma&steps=2', note: 'CMA and its allies\nafter the ceasefire' };

type ViewAnswer = { view: SavedView };
type ListAnswer = { views: SavedView[] };
type ErrorAnswer = { error: { code: string; issues?: { path: string }[] } };

describe('saved views over HTTP', () => {
  it('a viewer saves, lists, changes and deletes their own views; the change is audited as theirs', async () => {
    const { as, store, clock } = await teamWorld();
    const created = await as('viewer', '/api/views', jsonInit(KIDAL));
    expect(created.status).toBe(201);
    const { view } = (await created.json()) as ViewAnswer;
    expect(view).toMatchObject({ ...KIDAL, owner: 'viewer', savedAt: clock.now.toISOString() });
    expect(view.id).toMatch(/^[0-9a-f]{24}$/);
    expect(((await (await as('viewer', '/api/views')).json()) as ListAnswer).views).toEqual([view]);

    clock.now = new Date('2026-03-02T00:00:00.000Z');
    const changed = await as('viewer', `/api/views/${view.id}`, jsonInit({ note: 'ceasefire broken in July' }, 'PATCH'));
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as ViewAnswer).view).toEqual({ ...view, note: 'ceasefire broken in July', savedAt: '2026-03-02T00:00:00.000Z' });

    const deleted = await as('viewer', `/api/views/${view.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toEqual({ deleted: view.id });
    expect(((await (await as('viewer', '/api/views')).json()) as ListAnswer).views).toEqual([]);
    expect((await as('viewer', `/api/views/${view.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await store.audit({ kind: 'view' })).map((e) => [e.action, e.actor])).toEqual([
      ['view.put', 'viewer'],
      ['view.put', 'viewer'],
      ['view.delete', 'viewer'],
    ]);
  });

  it("another user never sees, changes or deletes someone's view: it is not found, as a missing one, and the answers are never shared", async () => {
    const { as, store } = await teamWorld();
    const { view } = (await (await as('viewer', '/api/views', jsonInit(KIDAL))).json()) as ViewAnswer;
    // Viewer and editor share the response cache's view of the data; saved views must not.
    expect(((await (await as('viewer', '/api/views')).json()) as ListAnswer).views).toHaveLength(1);
    for (const other of ['editor', 'admin'] as const) {
      const listed = await as(other, '/api/views');
      expect(listed.status).toBe(200);
      expect(((await listed.json()) as ListAnswer).views).toEqual([]);
      expect(listed.headers.get('etag')).toBeNull();
      const changed = await as(other, `/api/views/${view.id}`, jsonInit({ note: 'mine now' }, 'PATCH'));
      expect(changed.status).toBe(404);
      expect(((await changed.json()) as ErrorAnswer).error.code).toBe('not_found');
      expect((await as(other, `/api/views/${view.id}`, { method: 'DELETE' })).status).toBe(404);
    }
    expect(await store.listViews('viewer')).toEqual([view]);
    expect((await store.audit({ kind: 'view' })).map((e) => e.actor)).toEqual(['viewer']);
  });

  it('refuses what is not an in-app location, and names, notes and ids out of bounds, naming the field', async () => {
    const { as, store } = await teamWorld();
    const refused: [unknown, string][] = [
      [{ ...KIDAL, hash: 'javascript:alert(1)' }, 'hash'],
      [{ ...KIDAL, hash: '#/javascript:alert(1)' }, 'hash'],
      [{ ...KIDAL, hash: 'https://example.org/#/network' }, 'hash'],
      [{ ...KIDAL, hash: '/network?date=2017-06' }, 'hash'],
      [{ ...KIDAL, hash: '#network' }, 'hash'],
      [{ ...KIDAL, hash: '#/network?q=a b' }, 'hash'],
      [{ ...KIDAL, hash: `#/network?x=${'a'.repeat(2000)}` }, 'hash'],
      [{ name: KIDAL.name, note: KIDAL.note }, 'hash'],
      [{ ...KIDAL, name: '   ' }, 'name'],
      [{ ...KIDAL, name: 'x'.repeat(121) }, 'name'],
      [{ ...KIDAL, name: 'tab\there' }, 'name'],
      [{ hash: KIDAL.hash }, 'name'],
      [{ ...KIDAL, note: 'x'.repeat(4001) }, 'note'],
      [{ ...KIDAL, note: 'bell \u0007' }, 'note'],
      [{ ...KIDAL, owner: 'admin' }, ''],
    ];
    for (const [body, field] of refused) {
      const response = await as('editor', '/api/views', jsonInit(body));
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      const answer = (await response.json()) as ErrorAnswer;
      expect(answer.error.code).toBe('invalid_input');
      expect(answer.error.issues?.map((i) => i.path)).toContain(field);
    }
    expect((await as('editor', '/api/views/not-an-id', { method: 'DELETE' })).status).toBe(400);
    expect((await as('editor', '/api/views/ABCDEF0123456789abcdef01', jsonInit({ note: 'x' }, 'PATCH'))).status).toBe(400);
    expect(await store.listViews('editor')).toEqual([]);
    // A note is optional; line breaks are kept.
    const saved = await as('editor', '/api/views', jsonInit({ name: 'Timeline', hash: '#/timeline?from=2012&to=2013' }));
    expect(saved.status).toBe(201);
    expect(((await saved.json()) as ViewAnswer).view.note).toBe('');
  });

  it('team mode: no views without signing in; single-user mode keeps them as the local user', async () => {
    const team = await teamWorld();
    expect((await team.as(undefined, '/api/views')).status).toBe(401);
    expect((await team.as(undefined, '/api/views', jsonInit(KIDAL))).status).toBe(401);

    const local = await teamWorld({ users: false });
    const created = await local.as(undefined, '/api/views', jsonInit(KIDAL));
    expect(created.status).toBe(201);
    expect(((await created.json()) as ViewAnswer).view.owner).toBe('local');
    expect(((await (await local.as(undefined, '/api/views')).json()) as ListAnswer).views.map((v) => v.name)).toEqual([KIDAL.name]);
  });
});
