// Reads are answered from memory, or with 304, until the data moves; never across the two views of
// restricted material, never for someone's own account.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildActor, buildClaim } from './factories.js';
import { SECRET_TITLE, SECRET_NOTE, teamWorld } from './support/team-world.js';

const PATHS = ['/api/actors', '/api/claims', '/api/snapshot?asOf=2016-06', '/api/actors/actor:b/profile', '/api/review/claims', '/api/ties'];

describe('the response cache', () => {
  it('answers a repeated read with the same bytes and a 304 to a client holding its tag, until a write', async () => {
    const { store, as } = await teamWorld();
    for (const path of PATHS) {
      const first = await as('editor', path);
      const etag = first.headers.get('etag');
      expect(etag, path).toMatch(/^W\/"/);
      const body = await first.text();
      const again = await as('editor', path);
      expect(again.headers.get('x-faultline-cache'), path).toBe('hit');
      expect(await again.text(), path).toBe(body);
      const revalidated = await as('editor', path, { headers: { 'if-none-match': etag ?? '' } });
      expect(revalidated.status, path).toBe(304);
      expect(await revalidated.text()).toBe('');
    }
    const before = await as('editor', '/api/actors');
    const tag = before.headers.get('etag') ?? '';
    await store.write(
      [
        { kind: 'actor', record: buildActor('z', { name: 'Zeta Front' }) },
        { kind: 'claim', record: buildClaim('actor:z', 1) },
      ],
      { by: 'test' },
    );
    const after = await as('editor', '/api/actors', { headers: { 'if-none-match': tag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(tag);
    expect(await after.text()).toContain('Zeta Front');
  });

  it('sends a kept answer gzipped to a client that accepts gzip, the same bytes once unpacked', async () => {
    const { store, as } = await teamWorld();
    await store.write(
      Array.from({ length: 40 }, (_, i) => [
        { kind: 'actor' as const, record: buildActor(`g${i}`, { name: `Group number ${i} of the northern front` }) },
        { kind: 'claim' as const, record: buildClaim(`actor:g${i}`, 1) },
      ]).flat(),
      { by: 'test' },
    );
    const plain = await (await as('editor', '/api/actors')).text();
    expect(plain.length).toBeGreaterThan(1024);
    const gzipped = await as('editor', '/api/actors', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toBe('Accept-Encoding');
    const packed = Buffer.from(await gzipped.arrayBuffer());
    expect(packed.length).toBeLessThan(plain.length / 2);
    expect(gunzipSync(packed).toString('utf8')).toBe(plain);
    for (const refused of ['gzip;q=0', 'identity', 'br']) {
      const answer = await as('editor', '/api/actors', { headers: { 'accept-encoding': refused } });
      expect(answer.headers.get('content-encoding'), refused).toBeNull();
      expect(await answer.text(), refused).toBe(plain);
    }
  });

  it('never gives a viewer what it kept for a reviewer, and lets no browser or proxy keep an answer', async () => {
    const { as } = await teamWorld();
    for (const path of PATHS) {
      const reviewer = await as('reviewer', path);
      expect(reviewer.headers.get('cache-control'), path).toBe('no-store');
      const reviewerTag = reviewer.headers.get('etag');
      await reviewer.text();
      const viewer = await as('viewer', path);
      expect(viewer.headers.get('etag'), path).not.toBe(reviewerTag);
      expect(viewer.headers.get('cache-control'), path).toBe('no-store');
      const text = await viewer.text();
      expect(text.includes(SECRET_TITLE) || text.includes(SECRET_NOTE), path).toBe(false);
      // A viewer presenting the reviewer's tag is not told it holds the answer.
      expect((await as('viewer', path, { headers: { 'if-none-match': reviewerTag ?? '' } })).status, path).toBe(200);
    }
  });

  it('answers what the uncached route answers, and leaves accounts, sessions and the audit log alone', async () => {
    const { as } = await teamWorld();
    for (const path of PATHS) {
      const fresh = await (await as('admin', path)).text();
      expect(await (await as('admin', path)).text(), path).toBe(fresh);
    }
    for (const path of ['/api/session', '/api/account/tokens', '/api/users', '/api/audit']) {
      const response = await as('admin', path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('etag'), path).toBeNull();
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
  });
});
