// Issue 20: a place the extractor reads from the text alone (a village neither the dataset nor the gazetteer holds) is
// proposed with the fact that needs it; the reviewer accepts it or merges it into a recorded place, then the fact.
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import { ingestDocuments } from '../src/services/ingest/ingest-document.js';
import { acceptClaim } from '../src/services/review/accept-claim.js';
import { editClaim } from '../src/services/review/edit-claim.js';
import { mergePlace } from '../src/services/review/merge-place.js';
import { reviewQueue } from '../src/services/review/review-queue.js';
import { gazetteerStore, tempFile } from './support/ingest-fixtures.js';

const reviewer = { by: 'reviewer-1', clock: () => new Date('2026-02-01T10:00:00Z'), credibility: 3 as const };

// Invented for this test: villages nobody holds, one beside a recorded town, one with nothing around it.
const BESIDE_A_TOWN = '# Note\n\nSince 2020 ISGS fighters have been active in the village of Tinzarwaten-Kolo, near Ménaka.\n';
const ON_ITS_OWN = '# Note\n\nSince 2020 ISGS fighters have been active in the village of Kérémbéli.\n';

async function ingested(text: string) {
  const store = await gazetteerStore();
  const [result] = await ingestDocuments(store, [tempFile('note.md', text)], { by: 'tester' });
  const claims = await store.claims({ statuses: ['proposed'] });
  const find = (subject: string) => {
    const claim = claims.find((c) => c.subject === subject);
    if (!claim) throw new Error(`no proposal for ${subject}: ${claims.map((c) => c.subject).join(', ')}`);
    return claim;
  };
  return { store, result, find };
}

describe('a place proposed from the text (issue 20)', () => {
  it('is a proposal of its own with its name as written, its passage and the country its sentence gives, without coordinates', async () => {
    const { store, result, find } = await ingested(BESIDE_A_TOWN);
    const place = find('place:tinzarwaten-kolo');
    expect(place.value).toMatchObject({ kind: 'village', name: 'Tinzarwaten-Kolo', country: 'ML' });
    expect(place.value).not.toHaveProperty('coordinates');
    expect(place.evidence).toHaveLength(1);
    expect(result?.proposed).toContainEqual({ claim: place.id, subject: place.subject, kind: 'place', creates: true });
    const queue = await reviewQueue(store, { kind: 'place' });
    expect(queue.items.map((i) => [i.claim.id, i.creates])).toEqual([[place.id, true]]);
    expect(queue.items[0]?.passage?.text).toContain('Tinzarwaten-Kolo');
    // No place record until the reviewer accepts it.
    expect(await store.get('place', 'place:tinzarwaten-kolo')).toBeUndefined();
  });

  it('accepting the place writes it with the citation, and then the relation at it can be accepted', async () => {
    const { store, find } = await ingested(BESIDE_A_TOWN);
    const relation = find('rel:isgs.operates-in.tinzarwaten-kolo');
    await expect(acceptClaim(store, relation.id, reviewer)).rejects.toMatchObject({ code: 'unknown_reference' });
    const place = find('place:tinzarwaten-kolo');
    expect(await acceptClaim(store, place.id, reviewer)).toMatchObject({ status: 'accepted', subject: place.subject, evidence: place.evidence });
    expect(await store.get('place', place.subject)).toMatchObject({ kind: 'village', name: 'Tinzarwaten-Kolo', country: 'ML' });
    await acceptClaim(store, relation.id, reviewer);
    expect(await store.get('relation', relation.subject)).toMatchObject({ type: 'operates_in', from: 'actor:isgs', to: place.subject });
  });

  it('without a country in the text, accepting names the missing field; the reviewer gives it and accepts', async () => {
    const { store, find } = await ingested(ON_ITS_OWN);
    const place = find('place:kerembeli');
    expect(place.value).not.toHaveProperty('country');
    expect(place.note).toMatch(/no country/);
    await expect(acceptClaim(store, place.id, reviewer)).rejects.toMatchObject({ code: 'invalid_input', issues: [{ path: 'country' }] });
    expect(await store.get('place', place.subject)).toBeUndefined();
    await editClaim(store, place.id, { country: 'BF' }, { ...reviewer, accept: true });
    expect(await store.get('place', place.subject)).toMatchObject({ name: 'Kérémbéli', country: 'BF' });
    await acceptClaim(store, find('rel:isgs.operates-in.kerembeli').id, reviewer);
    expect(await store.get('relation', 'rel:isgs.operates-in.kerembeli')).toBeDefined();
  });

  it('merging it into a recorded place keeps the name as an alias and moves the relation there', async () => {
    const { store, find } = await ingested(ON_ITS_OWN);
    const place = find('place:kerembeli');
    const relation = find('rel:isgs.operates-in.kerembeli');
    const merged = await mergePlace(store, place.id, 'place:boni', { ...reviewer, credibility: 3 });
    expect(merged.place.aliases?.map((a) => a.name)).toEqual(['Kérémbéli']);
    expect(merged.claims[0]).toMatchObject({ subject: 'place:boni', status: 'accepted', evidence: place.evidence, credibility: 3 });
    expect((await store.get('claim', place.id))?.status).toBe('rejected');
    expect((await store.get('claim', relation.id))?.status).toBe('rejected');
    const moved = merged.claims.find((c) => c.subject === 'rel:isgs.operates-in.boni');
    expect(moved).toMatchObject({ status: 'proposed', value: { to: 'place:boni' } });
    await acceptClaim(store, moved?.id ?? '', reviewer);
    expect(await store.get('relation', 'rel:isgs.operates-in.boni')).toMatchObject({ to: 'place:boni' });
    expect(await store.get('place', 'place:kerembeli')).toBeUndefined();
  });
});

describe('review endpoints for a proposed place', () => {
  it('answer 400 naming `country`, accept once it is given, and merge into a recorded place', async () => {
    const { store, find } = await ingested(ON_ITS_OWN);
    const app = createApp(store);
    const url = (id: string, action = '') => `/api/review/claims/${encodeURIComponent(id)}${action}`;
    const send = (path: string, json: unknown, method = 'POST') =>
      app.request(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) });
    const place = find('place:kerembeli');
    const refused = await send(url(place.id, '/accept'), { by: 'web-reviewer', credibility: 3 });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: 'invalid_input', issues: [{ path: 'country' }] } });
    const wrong = await send(url(place.id), { by: 'web-reviewer', value: { country: 'Mali' }, accept: true, credibility: 3 }, 'PATCH');
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(await wrong.json())).toContain('country');
    // Merging accepts the proposal's evidence on the recorded place: without the reviewer's grade it is refused.
    const ungraded = await send(url(place.id, '/merge'), { by: 'web-reviewer', into: 'place:menaka' });
    expect(ungraded.status).toBe(400);
    expect(await ungraded.json()).toMatchObject({ error: { issues: [{ path: 'credibility' }] } });
    const merged = await send(url(place.id, '/merge'), { by: 'web-reviewer', into: 'place:menaka', credibility: 2 });
    expect(merged.status).toBe(200);
    expect(await merged.json()).toMatchObject({ place: { id: 'place:menaka' }, claims: [{ subject: 'place:menaka', status: 'accepted' }, {}] });
    const moved = (await store.claims({ subjects: ['rel:isgs.operates-in.menaka'] }))[0];
    const notAPlace = await send(url(moved?.id ?? '', '/merge'), { by: 'web-reviewer', into: 'place:menaka', credibility: 2 });
    expect(notAPlace.status).toBe(400);
  });
});
