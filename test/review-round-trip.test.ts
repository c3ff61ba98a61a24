import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../src/core/errors.js';
import { createApp } from '../src/server/app.js';
import { ingestDocuments } from '../src/services/ingest/ingest-document.js';
import { acceptClaim } from '../src/services/review/accept-claim.js';
import { editClaim } from '../src/services/review/edit-claim.js';
import { mergeActor } from '../src/services/review/merge-actor.js';
import { rejectClaim } from '../src/services/review/reject-claim.js';
import { reviewQueue } from '../src/services/review/review-queue.js';
import { FIXTURE_REPORT, gazetteerStore } from './support/ingest-fixtures.js';

const reviewer = { by: 'reviewer-1', clock: () => new Date('2026-02-01T10:00:00Z'), credibility: 3 as const };

async function proposed() {
  const store = await gazetteerStore();
  await ingestDocuments(store, [FIXTURE_REPORT], { by: 'tester' });
  const claims = await store.claims({ statuses: ['proposed'] });
  const find = (prefix: string) => {
    const claim = claims.find((c) => c.subject.startsWith(prefix));
    if (!claim) throw new Error(`no proposal for ${prefix}: ${claims.map((c) => c.subject).join(', ')}`);
    return claim;
  };
  return { store, claims, find };
}

describe('review round trip (M2: only accepted claims make facts)', () => {
  it('accepting a proposal writes the fact and records who and when; rejecting leaves no fact', async () => {
    const { store, find } = await proposed();
    const allied = find('rel:gatia.allied-with.msa');
    const clash = find('event:2018-03-12-');
    const accepted = await acceptClaim(store, allied.id, reviewer);
    expect(accepted).toMatchObject({ status: 'accepted', reviewedBy: 'reviewer-1', reviewedAt: '2026-02-01T10:00:00.000Z' });
    expect(accepted.value).toBeUndefined();
    expect(await store.get('relation', allied.subject)).toMatchObject({ type: 'allied_with', from: 'actor:gatia', to: 'actor:msa' });

    await rejectClaim(store, clash.id, { ...reviewer, note: 'not in my reading' });
    expect(await store.get('event', clash.subject)).toBeUndefined();
    expect((await store.get('claim', clash.id))?.status).toBe('rejected');
  });

  it('keeps every status as a version (H1)', async () => {
    const { store, find } = await proposed();
    const claim = find('rel:gatia.allied-with.msa');
    await acceptClaim(store, claim.id, reviewer);
    const history = await store.history('claim', claim.id);
    expect(history.map((v) => v.record.status)).toEqual(['proposed', 'accepted']);
    expect(history[0]?.recordedTo).not.toBeNull();
  });

  it('refuses to decide twice, and to accept a relation whose proposed end is not yet an actor', async () => {
    const { store, find } = await proposed();
    const split = find('rel:fdt.split-from.msa');
    await expect(acceptClaim(store, split.id, reviewer)).rejects.toMatchObject({ code: 'unknown_reference' });
    const actor = find('actor:fdt');
    await acceptClaim(store, actor.id, reviewer);
    expect(await store.get('actor', 'actor:fdt')).toMatchObject({ name: 'Front for the Defence of Talataye', aliases: [{ name: 'FDT', kind: 'acronym' }] });
    await acceptClaim(store, split.id, reviewer);
    expect(await store.get('relation', split.subject)).toMatchObject({ type: 'split_from', valid: '2018-06' });
    await expect(acceptClaim(store, split.id, reviewer)).rejects.toBeInstanceOf(FaultlineError);
  });

  it('merges a proposed actor into a recorded one, moving the proposals that name it', async () => {
    const { store, find } = await proposed();
    const actor = find('actor:fdt');
    const split = find('rel:fdt.split-from.msa');
    await store.write([{ kind: 'actor', record: { id: 'actor:talataye-front', kind: 'armed_group', name: 'Talataye Defence Front', description: 'test' } }], {
      by: 'test',
    });
    const result = await mergeActor(store, actor.id, 'actor:talataye-front', { ...reviewer, credibility: 3 });
    expect(result.actor.aliases?.map((a) => a.name)).toEqual(['Front for the Defence of Talataye', 'FDT']);
    expect((await store.get('claim', split.id))?.status).toBe('rejected');
    const moved = result.claims.find((c) => c.subject === 'rel:talataye-front.split-from.msa');
    expect(moved?.status).toBe('proposed');
    await acceptClaim(store, moved?.id ?? '', reviewer);
    expect(await store.get('relation', 'rel:talataye-front.split-from.msa')).toBeDefined();
    expect(await store.get('actor', 'actor:fdt')).toBeUndefined();
  });

  it('edits a proposal before accepting it; a change of type gives the relation its new id', async () => {
    const { store, find } = await proposed();
    const allied = find('rel:gatia.allied-with.msa');
    const edited = await editClaim(store, allied.id, { type: 'hostile_to' }, { ...reviewer, accept: true });
    expect(edited.subject).toBe('rel:gatia.hostile-to.msa');
    expect(await store.get('relation', 'rel:gatia.hostile-to.msa')).toMatchObject({ type: 'hostile_to' });
    expect((await store.get('claim', allied.id))?.status).toBe('rejected');
    await expect(editClaim(store, find('event:2018-03-12-').id, { date: 'March 2018' }, reviewer)).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('lists proposals with their passage in context', async () => {
    const { store } = await proposed();
    const queue = await reviewQueue(store, { limit: 3, context: 20 });
    expect(queue.total).toBeGreaterThan(3);
    expect(queue.items).toHaveLength(3);
    for (const item of queue.items) {
      expect(item.passage?.text.length).toBe((item.passage?.end ?? 0) - (item.passage?.start ?? 0));
      expect(item.passage?.before.length).toBeLessThanOrEqual(20);
    }
  });
});

describe('review endpoints', () => {
  it('list, accept and reject over HTTP; accepted facts appear in the read API', async () => {
    const { store, find } = await proposed();
    const app = createApp(store);
    const list = await app.request('/api/review/claims?limit=100');
    expect(list.status).toBe(200);
    const body = (await list.json()) as { total: number; items: { claim: { id: string } }[] };
    expect(body.items.length).toBe(body.total);
    const allied = find('rel:gatia.allied-with.msa');
    const url = (id: string, action = '') => `/api/review/claims/${encodeURIComponent(id)}${action}`;
    const post = (path: string, json: unknown, method = 'POST') =>
      app.request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) });
    expect((await post(url(allied.id, '/accept'), {})).status).toBe(400);
    const accepted = await post(url(allied.id, '/accept'), { by: 'web-reviewer', credibility: 2 });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ status: 'accepted', reviewedBy: 'web-reviewer', credibility: 2 });
    const relations = (await (await app.request('/api/relations?actor=actor:gatia')).json()) as { id: string }[];
    expect(relations.map((r) => r.id)).toContain('rel:gatia.allied-with.msa');
    expect((await post(url(allied.id, '/accept'), { by: 'web-reviewer' })).status).toBe(409);
    const clash = find('event:2018-03-12-');
    expect((await post(url(clash.id, '/reject'), { by: 'web-reviewer' })).status).toBe(200);
    expect((await (await app.request('/api/events')).json()) as unknown[]).toEqual([]);
    const edited = await post(url(find('actor:fdt').id), { by: 'web-reviewer', value: { kind: 'coalition' } }, 'PATCH');
    expect(await edited.json()).toMatchObject({ status: 'proposed', value: { kind: 'coalition' } });
    const merged = await post(url(find('actor:fdt').id, '/merge'), { by: 'web-reviewer', into: 'actor:msa', credibility: 3 });
    expect(merged.status).toBe(200);
    expect((await app.request(url('actor:nope#1'))).status).toBe(404);
  });

  it('an edit accepted over HTTP carries the grade the reviewer gave', async () => {
    const { store, find } = await proposed();
    const app = createApp(store);
    const allied = find('rel:gatia.allied-with.msa');
    const response = await app.request(`/api/review/claims/${encodeURIComponent(allied.id)}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ by: 'web-reviewer', value: { type: 'hostile_to' }, accept: true, credibility: 3 }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'accepted', subject: 'rel:gatia.hostile-to.msa', credibility: 3, reviewedBy: 'web-reviewer' });
  });
});

describe('the grade (issue 20: no silent default)', () => {
  it("refuses to accept an extractor's proposal without the reviewer's credibility, naming the field, and writes nothing", async () => {
    const { store, find } = await proposed();
    const allied = find('rel:gatia.allied-with.msa');
    await expect(acceptClaim(store, allied.id, { by: 'reviewer-1' })).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ path: 'credibility' }],
    });
    expect((await store.get('claim', allied.id))?.status).toBe('proposed');
    expect(await store.get('relation', allied.subject)).toBeUndefined();
    const app = createApp(store);
    const response = await app.request(`/api/review/claims/${encodeURIComponent(allied.id)}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ by: 'script' }),
    });
    expect(response.status).toBe(400);
    expect(await acceptClaim(store, allied.id, { by: 'reviewer-1', credibility: 6 })).toMatchObject({ status: 'accepted', credibility: 6 });
  });
});
