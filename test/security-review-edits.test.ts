// A reviewer's edit is held to the dataset loader's own rule for every field, so whatever the server
// accepts can be dumped and loaded again (issue 18, finding 5).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../src/core/vocab/relation-types.js';
import { dumpDataset } from '../src/services/dataset/dump-dataset.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildClaim } from './factories.js';
import { fingerprint, jsonInit, teamWorld } from './support/team-world.js';

const claimPath = (id: string) => `/api/review/claims/${encodeURIComponent(id)}`;

/** Proposals to edit: a new relation, a value for an existing one, a new actor. */
async function worldWithProposals() {
  const world = await teamWorld();
  await world.store.write(
    [
      {
        kind: 'claim',
        record: buildClaim('rel:b-ally-c', 1, { status: 'proposed', value: { type: 'allied_with', from: 'actor:b', to: 'actor:c', valid: '2016/2017' } }),
      },
      { kind: 'claim', record: buildClaim('rel:b-in-c', 3, { status: 'proposed', value: { valid: '2017-04/..' } }) },
    ],
    { by: 'extractor' },
  );
  return world;
}

/** The dataset as `dump` writes it: file name to content. */
async function dumped(store: SqliteStore): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-edit-dump-'));
  await dumpDataset(store, dir);
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('review edits', () => {
  it('finding 5: an edit to an impossible date is refused naming the field, and nothing is stored', async () => {
    const { store, as } = await worldWithProposals();
    const before = await fingerprint(store);
    const response = await as('reviewer', claimPath('rel:b-in-c#3'), jsonInit({ by: 'reviewer', value: { valid: '2017-13-45' }, accept: true }, 'PATCH'));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.issues.map((i) => i.path)).toContain('value.valid');
    expect(await fingerprint(store)).toBe(before);
    // The same edit with a real month is taken.
    expect((await as('reviewer', claimPath('rel:b-in-c#3'), jsonInit({ by: 'reviewer', value: { valid: '2017-12/..' }, accept: true }, 'PATCH'))).status).toBe(
      200,
    );
  });

  it('whatever edits the server accepts, the database dumps and loads again into the same state', async () => {
    const relationTypes = Object.keys(RELATION_TYPES);
    const dates = fc.constantFrom('2016', '2017-04/..', '2015-02-30', '2017-13-45', '../2019', '2019/2016', 'soon', '2018-06-12', '2016~');
    const edit = fc.oneof(
      fc.record({
        id: fc.constant('rel:b-ally-c#1'),
        value: fc.record({ valid: dates, type: fc.constantFrom(...relationTypes, 'bogus') }, { requiredKeys: [] }),
      }),
      fc.record({ id: fc.constant('rel:b-in-c#3'), value: fc.record({ valid: dates, role: fc.string({ maxLength: 5 }) }, { requiredKeys: [] }) }),
      fc.record({
        id: fc.constant('actor:f#1'),
        value: fc.record(
          { name: fc.string({ maxLength: 6 }), kind: fc.constantFrom('armed_group', 'coalition', 'militia?'), existed: dates, description: fc.string() },
          { requiredKeys: [] },
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ edit, accept: fc.boolean() }), { minLength: 1, maxLength: 4 }), async (steps) => {
        const { store, as } = await worldWithProposals();
        for (const { edit: e, accept } of steps) {
          const response = await as('reviewer', claimPath(e.id), jsonInit({ by: 'reviewer', value: e.value, accept }, 'PATCH'));
          // Refused edits are 4xx with a code (400 invalid, 404 gone, 409 no longer proposed, 422 a broken reference).
          expect([200, 400, 404, 409, 422], JSON.stringify(e)).toContain(response.status);
        }
        const first = await dumped(store);
        const fresh = new SqliteStore({ path: ':memory:' });
        const dir = mkdtempSync(join(tmpdir(), 'faultline-edit-load-'));
        await dumpDataset(store, dir);
        await loadDataset(fresh, dir, { by: 'test' });
        expect(await dumped(fresh)).toEqual(first);
        await Promise.all([store.close(), fresh.close()]);
      }),
      { numRuns: 30, seed: 18 },
    );
  });
});
