// The genealogy model on the Mali dataset: rows that read the right way, lanes that end at mergers,
// no person lanes, and the same lanes in `genealogy --json`, `draw genealogy` and the web chart.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lanesInSvg, laneAttributes } from '../src/analysis/genealogy/lane-attributes.js';
import { main } from '../src/cli/main.js';
import { RELATION_TYPES, type RelationType } from '../src/core/vocab/relation-types.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { drawGenealogy } from '../src/services/interop/draw-pictures.js';
import { genealogy, type Genealogy } from '../src/services/queries/genealogy.js';
import { lifespansOf } from '../src/services/queries/load.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { chartGeometry } from '../web/src/features/genealogy/model.js';

const FOCI = ['actor:jnim', 'actor:cma', 'actor:aqim'];

describe('genealogy on the Mali dataset', () => {
  let db: string;
  let store: SqliteStore;
  const written: string[] = [];
  beforeAll(async () => {
    db = join(mkdtempSync(join(tmpdir(), 'faultline-genealogy-')), 'mali.db');
    store = new SqliteStore({ path: db });
    await loadDataset(store, 'data/mali', { by: 'test' });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await store.close();
  });

  it('genealogy JNIM: every row reads its relation in its own direction, at every depth', async () => {
    const { model } = await genealogy(store, 'actor:jnim');
    const label = (id: string) => model.lanes.find((l) => l.id === id)?.label;
    expect(model.connectors.some((c) => c.depth > 1)).toBe(true);
    for (const c of model.connectors) {
      expect(c.text.startsWith(`${label(c.from)} ${RELATION_TYPES[c.type as RelationType].reads} ${label(c.to)} (`), c.text).toBe(true);
    }
    const split = model.connectors.find((c) => c.type === 'split_from' && c.younger === 'actor:mujao');
    expect(split).toMatchObject({ from: 'actor:mujao', to: 'actor:aqim', elder: 'actor:aqim' });
    expect(split?.text).toMatch(/^MUJAO split from AQIM \(/);
    const rename = model.connectors.find((c) => c.type === 'successor_of' && c.elder === 'actor:gspc');
    expect(rename?.text).toMatch(/^AQIM is the renamed or rebranded successor of GSPC \(/);
  });

  it.each(FOCI)('%s: L1–L2 lanes follow lifespans: no merged group runs past its merger unless its lifespan continues', async (focus) => {
    const { model } = await genealogy(store, focus);
    const lifespans = await lifespansOf(store, {});
    for (const lane of model.lanes) {
      const l = lifespans.get(lane.id);
      if (l && l.end.latest !== '9999-12-31') expect(lane.end, lane.id).toMatchObject({ state: 'ended', latest: l.end.latest });
      else expect(lane.end.state, lane.id).not.toBe('ended');
      // A start may be cut to the elder's (a group does not split from one that does not exist yet), never widened.
      if (l && l.start.earliest !== '0000-01-01') {
        expect(lane.start, lane.id).toMatchObject({ known: true, latest: l.start.latest });
        expect(lane.start.earliest >= l.start.earliest, lane.id).toBe(true);
      }
    }
    for (const c of model.connectors.filter((c) => c.type === 'merged_into')) {
      const elder = model.lanes.find((l) => l.id === c.elder);
      if (elder?.end.state === 'ended') expect(elder.end.latest <= c.latest, c.text).toBe(true);
      else expect(lifespans.get(c.elder)?.end.latest ?? '9999-12-31', c.text).toBe('9999-12-31');
    }
  });

  it.each(FOCI)('%s: no person lanes; the axis spans the dated bounds; no younger lane starts before its elder', async (focus) => {
    const { model } = await genealogy(store, focus);
    expect(model.lanes.filter((l) => l.kind === 'person')).toEqual([]);
    expect(model.lanes.length).toBeGreaterThan(1);
    expect(model.axis.first).toBe(model.lanes.map((l) => l.start.earliest).reduce((a, b) => (b < a ? b : a)));
    for (const lane of model.lanes) expect(lane.end.latest <= model.axis.last, lane.id).toBe(true);
    for (const c of model.connectors.filter((c) => c.type !== 'merged_into')) {
      const [elder, younger] = [model.lanes.find((l) => l.id === c.elder), model.lanes.find((l) => l.id === c.younger)];
      expect((elder?.start.earliest ?? '') <= (younger?.start.earliest ?? ''), c.text).toBe(true);
    }
  });

  it.each(FOCI)('%s: `genealogy --json`, the SVG of `draw genealogy` and the web chart carry the same lanes and dates', async (focus) => {
    written.length = 0;
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    expect(await main(['genealogy', focus, '--json', '--db', db])).toBe(0);
    vi.restoreAllMocks();
    const json = JSON.parse(written.join('')) as Genealogy;
    expect(json.model).toEqual((await genealogy(store, focus)).model);
    const expected = json.model.lanes.map(laneAttributes);
    expect(lanesInSvg(await drawGenealogy(store, focus))).toEqual(expected);
    expect([...chartGeometry(json.model).row.keys()]).toEqual(expected.map((l) => l['data-lane']));
  });
});
