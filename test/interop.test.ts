import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodePointIndex, normaliseText, sha256Hex } from '../src/core/text/normalise.js';
import { generateAcledCsv } from '../src/interop/acled/generate-acled.js';
import type { AcledRow } from '../src/interop/acled/acled-row.js';
import { parseAcled } from '../src/interop/acled/parse-acled.js';
import { svgToPng } from '../src/interop/draw/render-png.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { drawGenealogy, drawNetwork } from '../src/services/interop/draw-pictures.js';
import { exportTo } from '../src/services/interop/export-file.js';
import { importAcled } from '../src/services/interop/import-acled.js';
import { importUcdpActors } from '../src/services/interop/import-ucdp-actors.js';
import { importUcdpEvents } from '../src/services/interop/import-ucdp.js';
import { validateEvidence } from '../src/services/validate-evidence.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { gexfProblems, graphmlProblems } from './interop-structure.js';
import { FIX, imported, importOptions as options, world } from './support/interop-world.js';
import { describeWithPostgres } from './support/postgres-cluster.js';

async function checkEvidence(store: SqliteStore) {
  const claims = await store.claims();
  const texts = new Map<string, CodePointIndex>();
  for (const id of new Set(claims.flatMap((c) => c.evidence.map((e) => e.source)))) texts.set(id, new CodePointIndex((await store.getSourceText(id)) ?? ''));
  return validateEvidence(claims, (id) => texts.get(id));
}

describe('ACLED import', () => {
  it('turns rows into events with accepted claims citing the row, resolving names through aliases and the mapping', async () => {
    const store = await world();
    const summary = await importAcled(store, `${FIX}/acled-current.csv`, options);
    expect(summary).toMatchObject({ rows: 4, events: 4, layout: 'one row per event' });
    const clash = await store.get('event', 'event:acled-mli9001');
    expect(clash).toMatchObject({
      type: 'armed_clash',
      date: '2017-06-18',
      place: 'place:kidal',
      placePrecision: 1,
      fatalities: { best: 4 },
      participants: [
        { actor: 'actor:jnim', role: 'participant' },
        { actor: 'actor:fama', role: 'participant' },
      ],
    });
    expect((await store.get('event', 'event:acled-mli9002'))?.date).toBe('2017-06-17/2017-06-23');
    expect((await store.get('event', 'event:acled-mli9003'))?.date).toBe('2017-06');
    const [claim] = await store.claims({ subjects: ['event:acled-mli9001'] });
    expect(claim).toMatchObject({ method: 'import:acled', status: 'accepted' });
    expect(claim?.note).toContain('Studio Tamani; Le Monde');
    const source = await store.get('source', summary.source);
    expect(source).toMatchObject({ publisher: 'ACLED', restricted: true });
    const { issues, checked } = await checkEvidence(store);
    expect(issues).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it('proposes names no actor answers to, for review, and keeps them out of the events', async () => {
    const store = await world();
    const summary = await importAcled(store, `${FIX}/acled-current.csv`, options);
    expect(summary.proposedActors.map((p) => p.id).sort()).toEqual([
      'actor:acled-fulani-ethnic-group-mali',
      'actor:acled-sons-of-the-dune-brigade-ml',
      // The shipped mapping names actor:minusma, which this small world lacks: the mapping is passed over.
      'actor:acled-united-nations-multidimensional-integrated-stabilization-mission-in-mali-2013-2023-ml',
    ]);
    const [proposal] = await store.claims({ subjects: ['actor:acled-sons-of-the-dune-brigade-ml'] });
    expect(proposal).toMatchObject({ status: 'proposed', value: { kind: 'armed_group', acledType: 'rebel_group', name: 'Sons of the Dune Brigade' } });
    expect(await store.get('actor', 'actor:acled-sons-of-the-dune-brigade-ml')).toBeUndefined();
    expect((await store.get('event', 'event:acled-mli9003'))?.participants).toEqual([]);
  });

  it('updates events by ACLED id on re-import, without duplicates, and changes nothing when the file is the same', async () => {
    const store = await world();
    await importAcled(store, `${FIX}/acled-current.csv`, options);
    const again = await importAcled(store, `${FIX}/acled-current.csv`, options);
    expect(again).toMatchObject({ inserted: 0, updated: 0 });
    await importAcled(store, `${FIX}/acled-legacy.csv`, options);
    const events = (await store.list('event')).filter((e) => e.id.startsWith('event:acled-'));
    expect(events.map((e) => e.id)).toEqual([
      'event:acled-bfo5001',
      'event:acled-mli9001',
      'event:acled-mli9002',
      'event:acled-mli9003',
      'event:acled-mli9004',
    ]);
    expect((await store.get('event', 'event:acled-mli9001'))?.fatalities).toEqual({ best: 2 });
    expect(await store.history('event', 'event:acled-mli9001')).toHaveLength(2);
  });

  it('writes nothing when a row is bad, and names file:line:field', async () => {
    const store = await world();
    const before = await store.counts();
    await expect(importAcled(store, `${FIX}/acled-bad-fatalities.csv`, options)).rejects.toMatchObject({
      code: 'dataset_invalid',
      issues: [
        expect.objectContaining({ line: 2, path: 'latitude' }),
        expect.objectContaining({ line: 3, path: 'fatalities', file: `${FIX}/acled-bad-fatalities.csv` }),
      ],
    });
    expect(await store.counts()).toEqual(before);
  });
});

describe('UCDP import', () => {
  it('imports GED events with low/best/high, date ranges and place precision', async () => {
    const store = await world();
    const summary = await importUcdpEvents(store, `${FIX}/ucdp-ged.csv`, { ...options, mapping: 'data/mappings/ucdp-actors.csv' });
    expect(summary).toMatchObject({ rows: 2, events: 2 });
    expect(await store.get('event', 'event:ucdp-ged-880001')).toMatchObject({
      type: 'armed_clash',
      date: '2017-06-18',
      place: 'place:kidal',
      placePrecision: 1,
      fatalities: { low: 4, best: 4, high: 6 },
      participants: [
        { actor: 'actor:fama', role: 'participant' },
        { actor: 'actor:jnim', role: 'participant' },
      ],
    });
    expect(await store.get('event', 'event:ucdp-ged-880002')).toMatchObject({
      type: 'attack_on_civilians',
      date: '2017-06-20/2017-06-26',
      placePrecision: 3,
      fatalities: { low: 3, best: 5, high: 9 },
    });
    expect((await checkEvidence(store)).issues).toEqual([]);
  });

  it('turns the actor list’s splinter, alliance and joined-group columns into relations', async () => {
    const store = await world();
    await importUcdpActors(store, `${FIX}/ucdp-actors.csv`, options);
    const macina = await store.get('relation', 'rel:katiba-macina.member-of.jnim');
    expect(macina).toMatchObject({ type: 'member_of', valid: '/' });
    const proposed = await store.claims({ statuses: ['proposed'] });
    // The Splinter, Alliance and JoinGroup flags of the Lone Brigade name no actor: no tie, and the
    // flag 1 is not taken for ActorId 1 (the Government of Mali). A temporary split is left out.
    expect(proposed.map((c) => c.subject).sort()).toEqual([
      'actor:ucdp-government-of-mali-ml',
      'actor:ucdp-lone-brigade-ml',
      'actor:ucdp-sahel-dune-fighters-ml',
      'rel:katiba-macina.allied-with.ucdp-sahel-dune-fighters-ml',
      'rel:ucdp-sahel-dune-fighters-ml.split-from.ansar-dine',
    ]);
    const existing = await store.claims({ subjects: ['rel:ansar-dine.member-of.jnim'] });
    expect(existing.map((c) => c.method)).toEqual(['analyst', 'import:ucdp']);
    const again = await importUcdpActors(store, `${FIX}/ucdp-actors.csv`, options);
    expect(again.inserted + again.updated).toBe(0);
  });

  it('reads the actor list in Windows-1252, the encoding UCDP publishes it in, and other exports only as UTF-8 unless told', async () => {
    const store = await world();
    const summary = await importUcdpActors(store, `${FIX}/ucdp-actors.csv`, options);
    const text = (await store.getSourceText(summary.source)) ?? '';
    expect(text).toContain('Front de libération du Macina');
    const latin = join(mkdtempSync(join(tmpdir(), 'faultline-enc-')), 'acled.csv');
    writeFileSync(
      latin,
      Buffer.from(
        readFileSync(`${FIX}/acled-current.csv`, 'utf8')
          .replace(/^\uFEFF/, '')
          .replace('Kidal', 'Kidal-Étage'),
        'latin1',
      ),
    );
    await expect(importAcled(store, latin, options)).rejects.toThrow(/not valid UTF-8.*--encoding windows-1252/);
    const read = await importAcled(store, latin, { ...options, encoding: 'windows-1252' });
    expect(await store.getSourceText(read.source)).toContain('Kidal-Étage');
  });
});

describe('exports', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'faultline-export-'));

  it('never lets ACLED-derived records or restricted sources out, in any format', async () => {
    const store = await imported();
    const out = dir();
    for (const format of ['gexf', 'graphml', 'geojson', 'events-csv', 'relations-csv', 'ftm'] as const) {
      const result = await exportTo(store, format, join(out, `x.${format}`));
      expect(result.withheld.events).toBe(4);
      const text = readFileSync(join(out, `x.${format}`), 'utf8');
      expect(text).not.toMatch(/acled-|MLI900|Studio Tamani/i);
    }
    const result = await exportTo(store, 'dataset', join(out, 'ds'));
    expect(result.counts['event']).toBe(2);
    expect(readFileSync(join(out, 'ds', 'sources.jsonl'), 'utf8')).not.toContain('ACLED');
    expect(readFileSync(join(out, 'ds', 'claims.jsonl'), 'utf8')).not.toContain('import:acled');
  });

  it('writes a dataset that loads into an empty database (round trip)', async () => {
    const store = await imported();
    const out = join(dir(), 'ds');
    await exportTo(store, 'dataset', out);
    const fresh = new SqliteStore({ path: ':memory:' });
    const summary = await loadDataset(fresh, out, { by: 'tester' });
    expect(summary.inserted).toBeGreaterThan(10);
    expect((await fresh.list('event')).map((e) => e.id)).toEqual(['event:ucdp-ged-880001', 'event:ucdp-ged-880002']);
  });

  it('writes GEXF 1.3 with time spells and GraphML that pass the structural checks', async () => {
    const store = await imported();
    const out = dir();
    await exportTo(store, 'gexf', join(out, 'g.gexf'), { clock: () => new Date('2026-02-01T00:00:00Z') });
    await exportTo(store, 'graphml', join(out, 'g.graphml'));
    const gexf = readFileSync(join(out, 'g.gexf'), 'utf8');
    expect(gexfProblems(gexf)).toEqual([]);
    expect(gexf).toContain('timeformat="date"');
    expect(gexf).toMatch(/<edge id="rel:ansar-dine.member-of.jnim"[^>]*start="2017-03-01"/);
    expect(gexf).toMatch(/<edge id="rel:jnim.hostile-to.fama"[^>]*type="undirected"/);
    expect(graphmlProblems(readFileSync(join(out, 'g.graphml'), 'utf8'))).toEqual([]);
    expect(gexfProblems(gexf.replace('source="actor:ansar-dine"', 'source="actor:nobody"'))).toContain('edge rel:ansar-dine.member-of.jnim: unknown source');
  });

  it('writes GeoJSON layers and rounds coordinates on request', async () => {
    const store = await imported();
    const file = join(dir(), 'x.geojson');
    await exportTo(store, 'geojson', file, { roundCoordinates: 2 });
    const collection = JSON.parse(readFileSync(file, 'utf8')) as {
      features: { id: string; geometry: { coordinates: number[] }; properties: { layer: string } }[];
    };
    const kidal = collection.features.find((f) => f.id === 'place:kidal');
    expect(kidal?.geometry.coordinates).toEqual([1.41, 18.44]);
    expect(new Set(collection.features.map((f) => f.properties.layer))).toEqual(new Set(['place', 'event']));
  });

  it('writes events CSV in ACLED columns that the ACLED reader reads back', async () => {
    const store = await imported();
    const file = join(dir(), 'events.csv');
    await exportTo(store, 'events-csv', file);
    const rows: AcledRow[] = [];
    const result = parseAcled(normaliseText(readFileSync(file, 'utf8')), file, (event) => rows.push(...event));
    expect(result.issues).toEqual([]);
    expect(rows.map((r) => [r.id, r.date, r.timePrecision, r.location, r.fatalities])).toEqual([
      ['event:ucdp-ged-880001', '2017-06-18', 1, 'Kidal', 4],
      ['event:ucdp-ged-880002', '2017-06-23', 2, 'Menaka region', 5],
    ]);
  });

  it('writes FollowTheMoney entities with memberships and events', async () => {
    const store = await imported();
    const file = join(dir(), 'x.ftm');
    await exportTo(store, 'ftm', file);
    const entities = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { schema: string; properties: Record<string, string[]> });
    expect(entities.find((e) => e.schema === 'Membership')?.properties).toMatchObject({
      member: ['faultline-actor-ansar-dine'],
      organization: ['faultline-actor-jnim'],
      startDate: ['2017-03'],
    });
    expect(entities.filter((e) => e.schema === 'Event')).toHaveLength(2);
  });
});

describe('pictures', () => {
  it('draws a genealogy and a network as SVG, and as PNG', async () => {
    const store = await world();
    const genealogy = await drawGenealogy(store, 'actor:jnim');
    expect(genealogy).toContain('<svg');
    expect(genealogy).toContain('Ansar Dine');
    const network = await drawNetwork(store, '2017-06');
    expect(network).toContain('Malian Armed Forces');
    expect(await drawNetwork(store, '2017-06')).toBe(network);
    const png = svgToPng(network, 0.5);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });
});

const generated = (rows: number, extra = '') => {
  const file = join(mkdtempSync(join(tmpdir(), 'faultline-acled-')), 'generated.csv');
  writeFileSync(file, [...generateAcledCsv(rows)].join('') + extra);
  return file;
};
const BAD_LAST_ROW =
  'MLI999999,2020-01-01,2020,1,Political violence,Battles,Armed clash,A,,1,,,0,10,,466,Western Africa,Mali,Kidal,Kidal,,Kidal,18.4,1.4,1,RFI,International,note,many,,1\n';

describe('large imports', () => {
  const contents = async (store: SqliteStore) => ({
    counts: await store.counts(),
    events: await store.list('event'),
    places: await store.list('place'),
    claims: await store.claims(),
  });
  it('reads in a worker thread while writing earlier batches, with the same result as reading in one thread', async () => {
    const file = generated(1_500);
    const results = [];
    for (const how of [{ inWorker: true }, { inWorker: false }]) {
      const store = await world();
      const summary = await importAcled(store, file, { ...options, inWorker: how.inWorker, batchRows: 100 });
      expect(summary).toMatchObject({ rows: 1_500, events: 1_500, inserted: expect.any(Number) });
      results.push({ summary, ...(await contents(store)) });
    }
    expect(results[0]).toEqual(results[1]);
  });

  it('undoes every batch already written when a later row is bad, in the worker as in one thread, and reports the row', async () => {
    const file = generated(
      1_200,
      'MLI999999,2020-01-01,2020,1,Political violence,Battles,Armed clash,A,,1,,,0,10,,466,Western Africa,Mali,Kidal,Kidal,,Kidal,18.4,1.4,1,RFI,International,note,many,,1\n',
    );
    for (const how of [{ inWorker: true }, { inWorker: false }]) {
      const store = await world();
      const before = await contents(store);
      const batches: number[] = [];
      const importing = importAcled(store, file, {
        ...options,
        inWorker: how.inWorker,
        batchRows: 100,
        progress: (phase, done) => void (phase === 'write' && batches.push(done)),
      });
      await expect(importing).rejects.toMatchObject({ code: 'dataset_invalid', issues: [expect.objectContaining({ line: 1_202, path: 'fatalities' })] });
      // Batches were written before the bad row was read, then undone.
      expect(batches.length).toBeGreaterThan(0);
      expect(await contents(store)).toEqual(before);
      expect(await store.getSourceText(sha256Hex(normaliseText(readFileSync(file, 'utf8'))))).toBeUndefined();
    }
  });
});

describeWithPostgres('large imports, PostgreSQL', (cluster) => {
  it('writes the batches in one series while a worker reads, as on the embedded store; a bad last row leaves nothing', async () => {
    const store = new PostgresStore({ url: await cluster().createDatabase(), clock: () => new Date('2026-02-01T00:00:00Z') });
    const embedded = new SqliteStore({ path: ':memory:' });
    try {
      const empty = await store.counts();
      await expect(importAcled(store, generated(500, BAD_LAST_ROW), { ...options, inWorker: true, batchRows: 100 })).rejects.toMatchObject({
        code: 'dataset_invalid',
        issues: [expect.objectContaining({ line: 502, path: 'fatalities' })],
      });
      expect(await store.counts()).toEqual(empty);
      const file = generated(500);
      const summary = await importAcled(store, file, { ...options, inWorker: true, batchRows: 100 });
      expect(summary).toEqual(await importAcled(embedded, file, { ...options, batchRows: 100 }));
      expect(await store.counts()).toEqual(await embedded.counts());
      expect(await store.list('event')).toEqual(await embedded.list('event'));
    } finally {
      await store.close();
      await embedded.close();
    }
  });
});
