// The genealogy model on a small constructed world: lanes over lifespans (L1–L3), connectors that read in
// their own direction at every depth, components inside coalitions, persons as marks, and the same lanes
// in the JSON, the SVG and the web geometry.
import { describe, expect, it } from 'vitest';
import { lanesInSvg, laneAttributes } from '../../analysis/genealogy/lane-attributes.js';
import { genealogySvg } from '../../interop/draw/genealogy-svg.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { buildActor, buildRelation, steppingClock } from '../../../test/factories.js';
import { chartGeometry } from '../../../web/src/features/genealogy/model.js';
import { genealogy } from './genealogy.js';

async function world(): Promise<SqliteStore> {
  const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
  const actor = (slug: string, over: Parameters<typeof buildActor>[1] = {}) => ({ kind: 'actor' as const, record: buildActor(slug, over) });
  const tie = (slug: string, over: Parameters<typeof buildRelation>[1]) => ({ kind: 'relation' as const, record: buildRelation(slug, over) });
  await store.write(
    [
      actor('gspc', { existed: '1998-09/..' }),
      actor('aqim'),
      actor('mujao'),
      actor('macina'),
      actor('jnim', { kind: 'coalition' }),
      actor('emir', { kind: 'person' }),
      tie('aqim-successor-of-gspc', { type: 'successor_of', from: 'actor:aqim', to: 'actor:gspc', valid: '2007-01' }),
      tie('mujao-split-from-aqim', { type: 'split_from', from: 'actor:mujao', to: 'actor:aqim', valid: '2011' }),
      tie('aqim-merged-into-jnim', { type: 'merged_into', from: 'actor:aqim', to: 'actor:jnim', valid: '2017-03' }),
      tie('mujao-merged-into-jnim', { type: 'merged_into', from: 'actor:mujao', to: 'actor:jnim', valid: '2017-03' }),
      tie('aqim-in-jnim', { from: 'actor:aqim', to: 'actor:jnim', valid: '2017-03/..' }),
      tie('macina-in-jnim', { from: 'actor:macina', to: 'actor:jnim', valid: '2017-03/..' }),
      tie('emir-leads-jnim', { type: 'leads', from: 'actor:emir', to: 'actor:jnim', valid: '2017-03/..' }),
      tie('emir-in-jnim', { from: 'actor:emir', to: 'actor:jnim', valid: '2017-03/..', role: 'emir' }),
      tie('macina-ally', { type: 'allied_with', from: 'actor:macina', to: 'actor:mujao', valid: '2015/2016' }),
    ],
    { by: 't' },
  );
  return store;
}

describe('genealogy model on a constructed world', () => {
  it('rows read each relation in its own direction at every depth, elder to younger', async () => {
    const { model } = await genealogy(await world(), 'actor:jnim');
    expect(model.connectors.map((c) => [c.depth, c.text])).toEqual([
      [1, 'AQIM merged into JNIM (2017-03)'],
      [1, 'MUJAO merged into JNIM (2017-03)'],
      [2, 'AQIM is the renamed or rebranded successor of GSPC (2007-01)'],
      [2, 'MUJAO split from AQIM (2011)'],
    ]);
    const split = model.connectors.find((c) => c.type === 'split_from');
    expect(split).toMatchObject({
      from: 'actor:mujao',
      to: 'actor:aqim',
      elder: 'actor:aqim',
      younger: 'actor:mujao',
      earliest: '2011-01-01',
      latest: '2011-12-31',
    });
  });

  it('L1–L2: lanes run over lifespans; a merged group ends at its merger unless it lives on as a component; a rename ends the elder', async () => {
    const { model } = await genealogy(await world(), 'actor:jnim');
    const lane = (id: string) => model.lanes.find((l) => l.id === `actor:${id}`);
    expect(lane('gspc')).toMatchObject({ start: { known: true, earliest: '1998-09-01' }, end: { state: 'ended', latest: '2007-01-31', ended: 'renamed' } });
    expect(lane('mujao')).toMatchObject({
      start: { known: true, earliest: '2011-01-01', latest: '2011-12-31' },
      end: { state: 'ended', latest: '2017-03-31', ended: 'merged' },
    });
    expect(lane('aqim')).toMatchObject({ start: { known: true, earliest: '2007-01-01' }, end: { state: 'continues' } });
    // JNIM's start is not known: it is drawn from the first dated thing about it, and marked so.
    expect(lane('jnim')).toMatchObject({ role: 'focus', start: { known: false, earliest: '2017-03-01' } });
    // The axis spans the dated bounds only; an open lane ends at the latest of them, not today.
    expect(model.axis).toEqual({ first: '1998-09-01', last: '2017-03-31' });
    expect(lane('aqim')?.end.latest).toBe('2017-03-31');
    // Elders above the groups they gave rise to.
    const row = (id: string) => model.lanes.findIndex((l) => l.id === `actor:${id}`);
    expect(row('gspc')).toBeLessThan(row('aqim'));
    expect(row('aqim')).toBeLessThan(row('mujao'));
    expect(row('mujao')).toBeLessThan(row('jnim'));
  });

  it('components sit inside the coalition over the membership; persons are marks, never lanes', async () => {
    const { model } = await genealogy(await world(), 'actor:jnim');
    expect(model.lanes.map((l) => l.id)).not.toContain('actor:emir');
    expect(model.lanes.find((l) => l.id === 'actor:macina')?.role).toBe('component');
    expect(model.memberships.map((m) => [m.member, m.start.earliest, m.end.state])).toEqual([
      ['actor:aqim', '2017-03-01', 'continues'],
      ['actor:macina', '2017-03-01', 'continues'],
    ]);
    expect(model.persons.map((p) => [p.person, p.lane, p.role, p.at])).toEqual([
      ['actor:emir', 'actor:jnim', 'emir', '2017-03-01'],
      ['actor:emir', 'actor:jnim', 'leads', '2017-03-01'],
    ]);
  });

  it('the JSON, the SVG and the web geometry carry the same lanes with the same dates', async () => {
    const g = await genealogy(await world(), 'actor:jnim');
    const json = JSON.parse(JSON.stringify(g)) as typeof g;
    const expected = json.model.lanes.map(laneAttributes);
    expect(lanesInSvg(genealogySvg(g.model, 'Genealogy of JNIM'))).toEqual(expected);
    const geometry = chartGeometry(json.model);
    expect([...geometry.row.keys()]).toEqual(expected.map((l) => l['data-lane']));
  });
});
