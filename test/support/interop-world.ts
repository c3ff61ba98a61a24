// The small Mali-like world the interoperability suites import into and export from.
import { importAcled } from '../../src/services/interop/import-acled.js';
import { importUcdpEvents } from '../../src/services/interop/import-ucdp.js';
import type { Change, Store } from '../../src/core/store-port.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildRelation, buildSource, SOURCE_TEXT, steppingClock } from '../factories.js';

export const FIX = 'test/fixtures/interop';
export const importOptions = { by: 'tester', clock: () => new Date('2026-02-01T00:00:00Z'), mapping: 'data/mappings/acled-actors.csv' };

/** A small world: JNIM (a coalition with a component), the Malian army, Kidal, and one analyst source. */
export async function world(): Promise<SqliteStore> {
  const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
  const actors = [
    buildActor('jnim', { kind: 'coalition', name: "Jama'at Nusrat al-Islam wal-Muslimin", aliases: [{ name: 'JNIM', kind: 'acronym' }] }),
    buildActor('fama', { kind: 'state_force', name: 'Malian Armed Forces', aliases: [{ name: 'FAMa', kind: 'acronym' }] }),
    buildActor('ansar-dine', { name: 'Ansar Dine' }),
    buildActor('katiba-macina', { name: 'Katiba Macina' }),
    buildActor('dan-na-ambassagou', { name: 'Dan Na Ambassagou' }),
  ];
  const relations = [
    buildRelation('ansar-dine.member-of.jnim', { from: 'actor:ansar-dine', to: 'actor:jnim', valid: '2017-03/..' }),
    buildRelation('jnim.hostile-to.fama', { type: 'hostile_to', from: 'actor:fama', to: 'actor:jnim', valid: '2017-03/..' }),
  ];
  await store.write(
    [
      { kind: 'source', record: buildSource() },
      ...actors.map((record) => ({ kind: 'actor' as const, record })),
      { kind: 'place', record: { id: 'place:kidal', kind: 'town', name: 'Kidal', country: 'ML', coordinates: [1.40778, 18.44111], precision: 'exact' } },
      ...relations.map((record) => ({ kind: 'relation' as const, record })),
      ...[...actors, ...relations].map((r) => ({ kind: 'claim' as const, record: buildClaim(r.id, 1) })),
    ],
    { by: 'tester' },
  );
  await store.putSourceText(buildSource().id, SOURCE_TEXT);
  return store;
}

/**
 * What the large-import suites write before importing generated ACLED rows (whose actors are JNIM,
 * Wagner and Dan Na Ambassagou): those actors, a dated hostility and a claim for each, plus `extra`.
 */
export async function seedImportWorld(store: Store, extra: Change[] = []): Promise<void> {
  const actors = [buildActor('jnim', { kind: 'coalition' }), buildActor('wagner-group'), buildActor('dan-na-ambassagou')];
  const relation = buildRelation('wagner-group.hostile-to.jnim', { type: 'hostile_to', from: 'actor:wagner-group', to: 'actor:jnim', valid: '2021/..' });
  await store.write(
    [
      { kind: 'source', record: buildSource() },
      ...actors.map((record) => ({ kind: 'actor' as const, record })),
      { kind: 'relation', record: relation },
      ...[...actors, relation].map((r) => ({ kind: 'claim' as const, record: buildClaim(r.id, 1) })),
      ...extra,
    ],
    { by: 'tester' },
  );
}

/** The world after an ACLED import (restricted: never exported) and a UCDP GED import. */
export async function imported(): Promise<SqliteStore> {
  const store = await world();
  await importAcled(store, `${FIX}/acled-current.csv`, importOptions);
  await importUcdpEvents(store, `${FIX}/ucdp-ged.csv`, { ...importOptions, mapping: 'data/mappings/ucdp-actors.csv' });
  return store;
}
