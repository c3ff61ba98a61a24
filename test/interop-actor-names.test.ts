// Imported actor names against the Mali dataset and the shipped mappings: names resolve by name and
// country, and proposals never fold different actors together.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/core/model/actor.js';
import type { Place } from '../src/core/model/place.js';
import type { Relation } from '../src/core/model/relation.js';
import { ActorNameIndex, actorCountries, parseActorMapping, type IndexedActor } from '../src/interop/actor-names.js';
import { importUcdpActors } from '../src/services/interop/import-ucdp-actors.js';
import { indexedActors } from '../src/services/interop/indexed-actors.js';
import { ProposedNames } from '../src/services/interop/proposed-actors.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildSource, SOURCE_TEXT, steppingClock } from './factories.js';

const MAPPINGS = { acled: 'data/mappings/acled-actors.csv', ucdp: 'data/mappings/ucdp-actors.csv' } as const;
const jsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
const maliActors = jsonl<Actor>('data/mali/actors.jsonl');
const placed = actorCountries(jsonl<Relation>('data/mali/relations.jsonl'), jsonl<Place>('data/mali/places.jsonl'));
const indexed: IndexedActor[] = maliActors.map((a) => ({ ...a, ...(placed.has(a.id) ? { countries: [...(placed.get(a.id) ?? [])] } : {}) }));

function mapping(kind: keyof typeof MAPPINGS) {
  const parsed = parseActorMapping(readFileSync(MAPPINGS[kind], 'utf8'), MAPPINGS[kind]);
  expect(parsed.issues).toEqual([]);
  return parsed.mapping;
}
const evidence = { source: 'x', start: 0, end: 1, sha256: 'y' };

describe('the shipped mappings', () => {
  it.each(Object.keys(MAPPINGS) as (keyof typeof MAPPINGS)[])('%s: every actor id exists in data/mali', (kind) => {
    const ids = new Set(maliActors.map((a) => a.id));
    const missing = [...mapping(kind).values()].filter((id): id is string => id !== null && !ids.has(id));
    expect(missing).toEqual([]);
  });

  it('resolves the common ACLED names of the Sahel’s actors', () => {
    const index = new ActorNameIndex(indexed, mapping('acled'));
    const cases: [string, string, string][] = [
      ['Military Forces of Mali (2012-2013)', 'ML', 'actor:fama'],
      ['Military Forces of Mali (2013-2020)', 'ML', 'actor:fama'],
      ['Military Forces of Mali (2020-2021)', 'ML', 'actor:fama'],
      ['Military Forces of Mali (2021-)', 'BF', 'actor:fama'],
      ['Military Forces of Mali (2013-) Police Forces', 'ML', 'actor:fama'],
      ['Police Forces of Mali (2021-) Gendarmerie', 'ML', 'actor:malian-gendarmerie'],
      ['Military Forces of Mali (2021-) National Guard', 'ML', 'actor:malian-national-guard'],
      ['Military Forces of Burkina Faso (2022-)', 'BF', 'actor:burkinabe-armed-forces'],
      ['Military Forces of Niger (2023-)', 'NE', 'actor:nigerien-armed-forces'],
      ['Military Forces of France (2017-)', 'ML', 'actor:operation-barkhane'],
      ['Military Forces of France (2017-)', 'TD', 'actor:france'],
      ['Military Forces of France (2012-2017)', 'ML', 'actor:france'],
      ['MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)', 'ML', 'actor:minusma'],
      ['United Nations Mission for Stabilization in Mali (MINUSMA)', 'ML', 'actor:minusma'],
      ['Wagner Group', 'ML', 'actor:wagner-group'],
      ['Military Forces of Russia (2000-) Wagner Group', 'ML', 'actor:wagner-group'],
      ['Islamic State (West Africa) - Greater Sahara Faction', 'NE', 'actor:isgs'],
      ['Islamic State (Greater Sahara)', 'ML', 'actor:isgs'],
      ['Islamic State Sahel Province', 'BF', 'actor:isgs'],
      ['JNIM: Group for Support of Islam and Muslims', 'BJ', 'actor:jnim'],
      ['Katiba Macina', 'ML', 'actor:katiba-macina'],
      ['Ansar Dine', 'ML', 'actor:ansar-dine'],
      ['AQIM: Al Qaeda in the Islamic Maghreb', 'DZ', 'actor:aqim'],
      ['Al Mourabitoune', 'NE', 'actor:al-mourabitoun'],
      ['Ansaroul Islam', 'BF', 'actor:ansarul-islam'],
      ['Dan Na Ambassagou', 'ML', 'actor:dan-na-ambassagou'],
      ['Dozo Communal Militia (Mali)', 'ML', 'actor:dozo'],
      ['GATIA: Imghad Tuareg and Allies Self-Defense Group', 'ML', 'actor:gatia'],
      ['MSA: Movement for the Salvation of Azawad', 'ML', 'actor:msa'],
      ['CMA: Coordination of Azawad Movements', 'ML', 'actor:cma'],
      ['Platform', 'ML', 'actor:plateforme'],
      ['MNLA: National Movement for the Liberation of Azawad', 'ML', 'actor:mnla'],
      ['HCUA: High Council for the Unity of Azawad', 'ML', 'actor:hcua'],
      ['MAA: Arab Movement of Azawad (Platform)', 'ML', 'actor:maa-plateforme'],
      ['MAA: Arab Movement of Azawad (CMA)', 'ML', 'actor:maa-cma'],
      ['Fulani Ethnic Group (Mali)', 'ML', 'actor:fulani'],
      ['Dogon Ethnic Group (Mali)', 'ML', 'actor:dogon'],
      ['Bambara Ethnic Group (Mali)', 'ML', 'actor:bambara'],
      ['Tuareg Ethnic Group (Mali)', 'ML', 'actor:tuareg'],
      ['Arab Ethnic Group (Mali)', 'ML', 'actor:arabs'],
    ];
    expect(cases.map(([name, country]) => [name, country, index.resolve(name, country)])).toEqual(
      cases.map(([name, country, actor]) => [name, country, { actor }]),
    );
    expect(index.resolve('Civilians (Mali)', 'ML')).toEqual({ skip: true });
    // A generic word mapped for Mali only, and Benin's Fulani, are not Mali's.
    expect(index.resolve('Platform', 'NG')).toBeUndefined();
    expect(index.resolve('Fulani Ethnic Group (Benin)', 'BJ')).toBeUndefined();
  });

  it('resolves the common UCDP names of the Sahel’s actors', () => {
    const index = new ActorNameIndex(indexed, mapping('ucdp'));
    const cases: [string, string, string][] = [
      ['Government of Mali', 'ML', 'actor:fama'],
      ['JNIM', 'BF', 'actor:jnim'],
      ['IS', 'ML', 'actor:isgs'],
      ['MNLA', 'ML', 'actor:mnla'],
      ['CMA', 'ML', 'actor:cma'],
      ['Ansar Dine', 'ML', 'actor:ansar-dine'],
      ['Dan Na Ambassagou', 'ML', 'actor:dan-na-ambassagou'],
      ['Fulani', 'ML', 'actor:fulani'],
      ['Dogon', 'ML', 'actor:dogon'],
    ];
    expect(cases.map(([name, country]) => [name, index.resolve(name, country)])).toEqual(cases.map(([name, , actor]) => [name, { actor }]));
    // UCDP's IS in Iraq is not the Sahel branch; Yemen's Ansarallah is no Sahel group.
    expect(index.resolve('IS', 'IQ')).toEqual({ actor: 'actor:islamic-state' });
    expect(index.resolve('Ansarallah', 'YE')).toBeUndefined();
    expect(index.resolve('Fulani', 'NG')).toBeUndefined();
  });
});

describe('names of other countries', () => {
  const acled = new ActorNameIndex(indexed, mapping('acled'));
  const ucdp = new ActorNameIndex(indexed, mapping('ucdp'));

  it('FAN in a Chad row is not Niger’s armed forces', () => {
    expect(ucdp.resolve('FAN', 'NE')).toEqual({ actor: 'actor:nigerien-armed-forces' });
    expect(ucdp.resolve('FAN', 'TD')).toBeUndefined();
  });

  it('Ansar al-Islam in an Iraq row is not Ansarul Islam', () => {
    expect(acled.resolve('Ansar al-Islam', 'BF')).toEqual({ actor: 'actor:ansarul-islam' });
    expect(acled.resolve('Ansar al-Islam', 'IQ')).toBeUndefined();
    expect(ucdp.resolve('Ansar al-Islam', 'IQ')).toBeUndefined();
  });

  it('MNA in an Algeria row is not the Malian movement', () => {
    expect(ucdp.resolve('MNA', 'ML')).toEqual({ actor: 'actor:mna' });
    expect(ucdp.resolve('MNA', 'DZ')).toBeUndefined();
  });
});

describe('proposed actors', () => {
  it('keeps Pastoralists (Benin) apart from Pastoralists (Mali), each with its country', () => {
    const proposed = new ProposedNames('acled');
    const benin = proposed.note('Pastoralists (Benin)', evidence, { country: 'BJ', acledType: 'identity_militia' });
    const mali = proposed.note('Pastoralists (Mali)', evidence, { country: 'ML' });
    // The name's own bracket says where the actor belongs, whatever the row's country.
    expect(proposed.note('Pastoralists (Mali)', evidence, { country: 'BF' })).toBe(mali);
    expect([benin, mali]).toEqual(['actor:acled-pastoralists-benin', 'actor:acled-pastoralists-mali']);
    expect([...proposed.byId.values()].map((p) => [p.name, p.country, p.rows])).toEqual([
      ['Pastoralists (Benin)', 'BJ', 1],
      ['Pastoralists (Mali)', 'ML', 2],
    ]);
  });

  it('keeps one name of different countries apart, and names that slug alike', () => {
    const proposed = new ProposedNames('ucdp');
    const ids = ['TD', 'NE', 'TD'].map((country) => proposed.note('FAN', evidence, { country }));
    expect(ids).toEqual(['actor:ucdp-fan-td', 'actor:ucdp-fan-ne', 'actor:ucdp-fan-td']);
    const a = proposed.note('Sons of the Dune (Mali)', evidence, { country: 'ML' });
    const b = proposed.note('Sons of the Dune Mali', evidence);
    expect(a).not.toBe(b);
    const long = 'A very long name of a movement that goes on and on about its purposes and its regions';
    expect(proposed.note(`${long} North`, evidence)).not.toBe(proposed.note(`${long} South`, evidence));
  });

  it('proposes each “Military faction (…)” of the UCDP actor list, and FAN of Chad, on its own', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    const actors = [
      buildActor('nigerien-armed-forces', { kind: 'state_force', name: 'Nigerien Armed Forces', aliases: [{ name: 'FAN', kind: 'acronym' }], country: 'NE' }),
    ];
    await store.write(
      [
        { kind: 'source', record: buildSource() },
        ...actors.map((record) => ({ kind: 'actor' as const, record })),
        ...actors.map((r) => ({ kind: 'claim' as const, record: buildClaim(r.id, 1) })),
      ],
      { by: 'tester' },
    );
    await store.putSourceText(buildSource().id, SOURCE_TEXT);
    const header =
      'ActorId,NameData,NameOrig,NameOrigFull,NameOrigFullEng,NameChange,NewName,NewNameFullMotherTongue,NewNameFullEng,Org,ConflictId,DyadId,PrimaryParty,OSID,OSCoalition,OSCoalitionID,NSID,NSCoalition,NSCoalitionID,Splinter,NamePrev,ActorIdPrev,SplitTemp,NameSplitTemp,ActorIdSplitTemp,Alliance,NameAlliance,ActorIdAlliance,JoinGroup,GroupName,ActorIdGroup,Location,GWNOLoc,Region,Version';
    const row = (id: number, name: string, location: string, splitFrom = '') =>
      `${id},${name},${name},${name},,0,,,,1,,,,,,,,,,${splitFrom ? 1 : 0},,${splitFrom},0,,,0,,,0,,,${location},,4,25.1`;
    const file = join(mkdtempSync(join(tmpdir(), 'faultline-ucdp-names-')), 'actors.csv');
    writeFileSync(
      file,
      [
        header,
        row(9001, 'Military faction (forces of Colonel A)', 'Chad'),
        row(9002, 'Military faction (forces of Colonel B)', 'Niger'),
        row(9003, 'Military faction (forces of Colonel C)', 'Mali'),
        row(9004, 'FAN', 'Chad', '9001'),
        row(9005, 'FAN', 'Niger'),
        '',
      ].join('\n'),
    );
    const summary = await importUcdpActors(store, file, { by: 'tester', clock: () => new Date('2026-02-01T00:00:00Z') });
    expect(summary.proposedActors.map((p) => [p.id, p.name])).toEqual([
      ['actor:ucdp-military-faction-forces-of-colonel-a-td', 'Military faction (forces of Colonel A)'],
      ['actor:ucdp-military-faction-forces-of-colonel-b-ne', 'Military faction (forces of Colonel B)'],
      ['actor:ucdp-military-faction-forces-of-colonel-c-ml', 'Military faction (forces of Colonel C)'],
      ['actor:ucdp-fan-td', 'FAN'],
    ]);
    const [chad] = await store.claims({ subjects: ['actor:ucdp-fan-td'] });
    expect(chad?.value).toMatchObject({ name: 'FAN', country: 'TD' });
    // Chad's FAN split from a Chadian faction, not Niger's armed forces from anyone.
    const ties = (await store.claims({ statuses: ['proposed'] })).map((c) => c.subject).filter((s) => s.startsWith('rel:'));
    expect(ties).toEqual(['rel:ucdp-fan-td.split-from.ucdp-military-faction-forces-of-colonel-a-td']);
    expect((await store.list('relation')).filter((r) => r.from === 'actor:nigerien-armed-forces' && r.type === 'split_from')).toEqual([]);
  });

  it('reads actors’ countries from the store for the index', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    const actor = buildActor('x', { name: 'Group X', aliases: [{ name: 'GX', kind: 'acronym' }] });
    const relation = { id: 'rel:x.operates-in.gao', type: 'operates_in' as const, from: 'actor:x', to: 'place:gao', valid: '2017/..' };
    await store.write(
      [
        { kind: 'source', record: buildSource() },
        { kind: 'actor', record: actor },
        { kind: 'place', record: { id: 'place:gao', kind: 'town', name: 'Gao', country: 'ML' } },
        { kind: 'relation', record: relation },
        ...[actor, relation].map((r) => ({ kind: 'claim' as const, record: buildClaim(r.id, 1) })),
      ],
      { by: 'tester' },
    );
    const index = new ActorNameIndex(await indexedActors(store));
    expect([index.resolve('GX', 'ML'), index.resolve('GX', 'NE')]).toEqual([{ actor: 'actor:x' }, undefined]);
  });
});
