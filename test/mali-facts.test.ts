// Facts that span several seed documents, with answers checked by hand against the documents.
import { beforeAll, describe, expect, it } from 'vitest';
import { certaintyOn } from '../src/core/dates/in-force.js';
import { parseTemporalOrThrow } from '../src/core/dates/edtf.js';
import { FACT_PROPERTIES, foldFact } from '../src/core/fold.js';
import type { Relation } from '../src/core/model/relation.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

let store: SqliteStore;
let relations: Relation[];
beforeAll(async () => {
  store = new SqliteStore({ path: ':memory:' });
  await loadDataset(store, 'data/mali', { by: 'test' });
  relations = await store.list('relation');
});

/** The other ends (at the relation's `othersAt` end) of `type` relations touching `id` in force on `day`, with their certainty. */
function tiesOn(id: string, type: string, day: string, othersAt: 'from' | 'to' | 'either' = 'either'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of relations) {
    if (r.type !== type) continue;
    const other = r.from === id && othersAt !== 'from' ? r.to : r.to === id && othersAt !== 'to' ? r.from : undefined;
    if (!other) continue;
    const certainty = certaintyOn(parseTemporalOrThrow(r.valid), day);
    if (certainty !== 'none' && out[other] !== 'definite') out[other] = certainty;
  }
  return out;
}

async function sources(subject: string): Promise<Set<string>> {
  const claims = await store.claims({ subjects: [subject], statuses: ['accepted'] });
  return new Set(claims.flatMap((c) => c.evidence.map((e) => e.source.slice(0, 8))));
}
const DOC = { sandor: '58fd637b', ecfrMap: '9dfc21ec', briefing: 'dd1ba351', cmaProfile: 'e640d18a', ecfr2016: 'ec120bb3' };

describe('JNIM: its components and when it formed', () => {
  it('formed in March 2017 from Ansar Dine, AQIM, al-Mourabitoun and Katiba Macina', async () => {
    const formation = await store.get('event', 'event:2017-03-jnim-formation');
    expect(formation?.date).toBe('2017-03');
    const participants = formation?.participants.map((p) => p.actor) ?? [];
    expect(participants).toEqual(expect.arrayContaining(['actor:ansar-dine', 'actor:aqim', 'actor:al-mourabitoun', 'actor:katiba-macina']));
    const components = tiesOn('actor:jnim', 'member_of', '2017-06-01', 'from');
    for (const id of ['actor:ansar-dine', 'actor:aqim', 'actor:al-mourabitoun', 'actor:katiba-macina']) expect(components[id]).toBe('definite');
    expect(tiesOn('actor:jnim', 'member_of', '2016-06-01', 'from')['actor:ansar-dine']).toBeUndefined();
  });
  it('cites the documents that describe the founding, and keeps the one that lists MUJAO as disputed', async () => {
    expect([...(await sources('event:2017-03-jnim-formation'))]).toEqual(expect.arrayContaining([DOC.sandor, DOC.ecfrMap, DOC.cmaProfile]));
    const mujao = foldFact(
      (await store.get('relation', 'rel:mujao.merged-into.jnim'))!,
      await store.claims({ subjects: ['rel:mujao.merged-into.jnim'] }),
      FACT_PROPERTIES.relation,
    );
    expect(mujao.status).toBe('disputed');
  });
});

describe("the MSA's break from the MNLA and its later division", () => {
  it('split from the MNLA in September 2016', async () => {
    expect((await store.get('relation', 'rel:msa.split-from.mnla'))?.valid).toBe('2016-09-02');
    expect((await store.get('event', 'event:2016-09-msa-formation'))?.date).toBe('2016-09-02');
  });
  it('later divided into a Daoussahak wing (MSA-D) and a Chamanamas wing (MSA-C), with the date disputed between documents', async () => {
    expect(await store.get('relation', 'rel:msa-d.split-from.msa')).toBeDefined();
    expect(await store.get('relation', 'rel:msa-c.split-from.msa')).toBeDefined();
    expect(tiesOn('actor:msa-d', 'based_on_community', '2019-06-01', 'to')['actor:daoussahak']).toBeDefined();
    expect(tiesOn('actor:msa-c', 'based_on_community', '2019-06-01', 'to')['actor:chamanamas']).toBeDefined();
    const split = (await store.get('event', 'event:2016-msa-c-split'))!;
    const fold = foldFact(split, await store.claims({ subjects: [split.id] }), FACT_PROPERTIES.event);
    expect(fold.properties['date']?.versions.map((v) => v.value)).toEqual(['2016-09/2019-05', '2017']);
  });
});

describe('who held Kidal', () => {
  const holders = (day: string) => tiesOn('place:kidal', 'controls', day, 'from');
  it('the MNLA and Ansar Dine in 2012', () => {
    expect(Object.keys(holders('2012-06-01'))).toEqual(expect.arrayContaining(['actor:mnla', 'actor:ansar-dine']));
  });
  it('the CMA from 2014, definitely in 2015, until the army took the town on 15 November 2023', () => {
    expect(holders('2015-06-01')['actor:cma']).toBe('definite');
    expect(holders('2020-06-01')['actor:cma']).toBe('definite');
    expect(holders('2023-12-01')['actor:cma']).toBeUndefined();
    expect(holders('2023-12-01')['actor:fama']).toBe('definite');
  });
  it('the capture of 15 November 2023 was by the army with Wagner, against the CMA', async () => {
    const capture = (await store.get('event', 'event:2023-11-15-kidal-capture'))!;
    expect(capture.date).toBe('2023-11-15');
    expect(capture.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'actor:fama', role: 'perpetrator' }),
        expect.objectContaining({ actor: 'actor:wagner-group', role: 'perpetrator' }),
        expect.objectContaining({ actor: 'actor:cma', role: 'target' }),
      ]),
    );
  });
});

describe("the CMA's formal merger", () => {
  it('its three movements merged into one in February 2023', async () => {
    expect((await store.get('event', 'event:2023-02-cma-merger'))?.date).toBe('2023-02');
    for (const id of ['mnla', 'hcua', 'maa-cma']) expect((await store.get('relation', `rel:${id}.merged-into.cma`))?.valid).toBe('2023-02');
  });
});

describe('Wagner arrives and the French leave', () => {
  it('Wagner deployed at the end of 2021 in support of the army (dated to the year: the text names no month)', async () => {
    expect((await store.get('event', 'event:2021-12-wagner-deployment'))?.date).toBe('2021');
    expect(tiesOn('actor:fama', 'supported_by', '2022-06-01', 'to')['actor:wagner-group']).toBe('definite');
  });
  it('France announced its withdrawal in February 2022 and its forces left that year', async () => {
    expect((await store.get('event', 'event:2022-02-france-withdrawal-announcement'))?.date).toBe('2022-02');
    expect((await store.get('event', 'event:2022-french-forces-leave'))?.date).toBe('2022');
    const barkhane = await store.claims({ subjects: ['rel:operation-barkhane.operates-in.mali'] });
    expect(barkhane.some((c) => c.value?.['valid'] === '2014-08/2022')).toBe(true);
  });
});

describe("GATIA's alliances over time", () => {
  it('in 2017 it stood with the Plateforme, the MSA and the government, against the CMA', () => {
    const day = '2017-06-01';
    expect(tiesOn('actor:gatia', 'member_of', day, 'to')['actor:plateforme']).toBe('definite');
    const allies = tiesOn('actor:gatia', 'allied_with', day);
    expect(Object.keys(allies)).toEqual(expect.arrayContaining(['actor:msa', 'actor:malian-government']));
    expect(tiesOn('actor:gatia', 'hostile_to', day)['actor:cma']).toBeDefined();
  });
  it('in 2022 it sat with the CMA in the CSP-PSD', () => {
    expect(tiesOn('actor:gatia', 'allied_with', '2022-06-01')['actor:cma']).toBe('definite');
    expect(tiesOn('actor:gatia', 'member_of', '2022-06-01', 'to')['actor:csp-psd']).toBe('definite');
  });
});
