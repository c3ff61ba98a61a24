// Every file layout analysts have of ACLED and UCDP imports without loss: ACLED's monadic layout,
// R's NA, older date shapes behind a BOM and CRLF, 2016-era columns and "Riots/Protests", UCDP GED
// 19.1's -1 and HDX's hashtag row; and every problem of a bad file is reported.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import type { FaultlineError } from '../src/core/errors.js';
import { CodePointIndex } from '../src/core/text/normalise.js';
import { importAcled } from '../src/services/interop/import-acled.js';
import { importUcdpEvents } from '../src/services/interop/import-ucdp.js';
import { validateEvidence } from '../src/services/validate-evidence.js';
import type { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { importOptions as options, world } from './support/interop-world.js';

const ACLED = 'test/fixtures/acled-layouts';
const UCDP = 'test/fixtures/ucdp-layouts';
const tmp = () => mkdtempSync(join(tmpdir(), 'faultline-layouts-'));

async function evidenceIssues(store: SqliteStore) {
  const claims = await store.claims();
  const texts = new Map<string, CodePointIndex>();
  for (const id of new Set(claims.flatMap((c) => c.evidence.map((e) => e.source)))) texts.set(id, new CodePointIndex((await store.getSourceText(id)) ?? ''));
  return validateEvidence(claims, (id) => texts.get(id)).issues;
}

/** New versions written so far: one audit entry each. */
const versions = async (store: SqliteStore) => (await store.audit()).length;

describe('ACLED monadic layout (one row per actor)', () => {
  it('makes one event of each event’s rows, with every actor, and says rows and events apart', async () => {
    const store = await world();
    const summary = await importAcled(store, `${ACLED}/monadic.csv`, options);
    expect(summary).toMatchObject({ rows: 7, events: 4, layout: expect.stringContaining('one row per actor') });
    expect((await store.get('event', 'event:acled-mli8101'))?.participants).toEqual([
      { actor: 'actor:jnim', role: 'participant' },
      { actor: 'actor:fama', role: 'participant' },
    ]);
    // The civilians' row is the victims' side; Civilians is mapped to no actor, the Fulani are proposed.
    expect((await store.get('event', 'event:acled-mli8102'))?.participants).toEqual([{ actor: 'actor:dan-na-ambassagou', role: 'perpetrator' }]);
    expect(summary.proposedActors.map((p) => p.name)).toEqual(expect.arrayContaining(['Fulani Ethnic Group (Mali)', 'Dozo Communal Militia (Mali)']));
    // Two armed actors of a remote attack: the monadic rows cannot say which struck, so both only took part.
    expect((await store.get('event', 'event:acled-mli8103'))?.participants).toEqual([
      { actor: 'actor:katiba-macina', role: 'participant' },
      { actor: 'actor:fama', role: 'participant' },
    ]);
    const [claim] = await store.claims({ subjects: ['event:acled-mli8101'] });
    expect(claim?.evidence).toHaveLength(2);
    expect(claim?.note).toContain('2 rows, one per actor');
    expect(await evidenceIssues(store)).toEqual([]);
    expect(await store.history('event', 'event:acled-mli8101')).toHaveLength(1);
  });

  it('writes nothing when the same file is imported again, even on another day', async () => {
    const store = await world();
    await importAcled(store, `${ACLED}/monadic.csv`, options);
    const before = await versions(store);
    const again = await importAcled(store, `${ACLED}/monadic.csv`, options);
    expect(again).toMatchObject({ inserted: 0, updated: 0 });
    const later = await importAcled(store, `${ACLED}/monadic.csv`, { ...options, clock: () => new Date('2026-03-15T00:00:00Z') });
    expect(later).toMatchObject({ inserted: 0, updated: 0 });
    expect(await versions(store)).toBe(before);
  });

  it('writes one new version of an event whose rows changed, and nothing for the others', async () => {
    const store = await world();
    await importAcled(store, `${ACLED}/monadic.csv`, options);
    const before = await versions(store);
    const file = join(tmp(), 'monadic-later.csv');
    writeFileSync(file, readFileSync(`${ACLED}/monadic.csv`, 'utf8').replaceAll('no one was hurt.,0,', 'two drivers were hurt.,0,'));
    const summary = await importAcled(store, file, options);
    expect(summary).toMatchObject({ inserted: 0, updated: 2 });
    // The source, the event's new version and its claim citing the new file's rows.
    expect(await versions(store)).toBe(before + 3);
    expect(await store.history('event', 'event:acled-mli8103')).toHaveLength(2);
    expect(await store.history('event', 'event:acled-mli8101')).toHaveLength(1);
    expect(await evidenceIssues(store)).toEqual([]);
  });
});

describe('ACLED files written by R, and older exports', () => {
  it('reads NA as empty: no actor named NA, and Trinidad and Tobago is a country', async () => {
    const store = await world();
    const summary = await importAcled(store, `${ACLED}/r-na.csv`, options);
    expect(summary).toMatchObject({ rows: 3, events: 3 });
    expect(summary.proposedActors.map((p) => p.name)).not.toContain('NA');
    expect((await store.get('event', 'event:acled-mli8202'))?.participants).toEqual([]);
    const place = (await store.get('event', 'event:acled-tto8203'))?.place ?? '';
    expect((await store.get('place', place))?.country).toBe('TT');
  });

  it('imports every date shape of older exports behind a BOM and CRLF line ends', async () => {
    const store = await world();
    const summary = await importAcled(store, `${ACLED}/dates-bom-crlf.csv`, options);
    expect(summary).toMatchObject({ rows: 5, events: 5 });
    const dates = (await store.list('event')).filter((e) => e.id.startsWith('event:acled-')).map((e) => [e.id, e.date]);
    expect(dates).toEqual([
      ['event:acled-mli8301', '2019-01-20'],
      ['event:acled-mli8302', '2019-01-20'],
      ['event:acled-mli8303', '2020-05-09'],
      ['event:acled-mli8304', '2019-01-20'],
      ['event:acled-mli8305', '2016-07-03'],
    ]);
    expect(await evidenceIssues(store)).toEqual([]);
  });

  it('imports 2016-era files: allies on their actor’s side, ids by country, "Riots/Protests" by who took part', async () => {
    const store = await world();
    await importAcled(store, `${ACLED}/acled-2016.csv`, options);
    expect((await store.get('event', 'event:acled-mli-4401'))?.participants).toEqual([
      { actor: 'actor:ansar-dine', role: 'participant' },
      { actor: 'actor:katiba-macina', role: 'participant' },
      { actor: 'actor:fama', role: 'participant' },
    ]);
    const types = Object.fromEntries(
      (await store.list('event')).filter((e) => e.id.startsWith('event:acled-mli-44')).map((e) => [e.id.slice(-4), e.type] as const),
    );
    expect(types).toEqual({
      '4401': 'armed_clash',
      '4402': 'mob_violence',
      '4403': 'violent_demonstration',
      '4404': 'excessive_force_against_protesters',
      '4405': 'peaceful_protest',
      '4406': 'protest_with_intervention',
    });
    const [guessed] = await store.claims({ subjects: ['event:acled-mli-4406'] });
    expect(guessed).toMatchObject({ credibility: 3, note: expect.stringContaining('uncertain') });
    const [settled] = await store.claims({ subjects: ['event:acled-mli-4402'] });
    expect(settled).toMatchObject({ credibility: 2, note: expect.stringContaining('Riots/Protests') });
  });
});

describe('UCDP GED layouts', () => {
  it('imports GED 19.1, where -1 and empty mean "not recorded"', async () => {
    const store = await world();
    const summary = await importUcdpEvents(store, `${UCDP}/ged-19-1.csv`, { ...options, mapping: 'data/mappings/ucdp-actors.csv' });
    expect(summary).toMatchObject({ rows: 2, events: 2 });
    const [claim] = await store.claims({ subjects: ['event:ucdp-ged-990001'] });
    expect(claim?.note).not.toMatch(/-1|sources\)/);
    expect(await store.get('event', 'event:ucdp-ged-990002')).toMatchObject({ date: '2012-04-02/2012-04-05', placePrecision: 3 });
    const [unclear] = await store.claims({ subjects: ['event:ucdp-ged-990002'] });
    expect(unclear?.credibility).toBe(3);
  });

  it('imports HDX’s copy, passing over its hashtag row', async () => {
    const store = await world();
    const summary = await importUcdpEvents(store, `${UCDP}/ged-hdx.csv`, { ...options, mapping: 'data/mappings/ucdp-actors.csv' });
    expect(summary).toMatchObject({ rows: 1, events: 1, layout: expect.stringContaining('hashtag row on line 2') });
    expect(await store.get('event', 'event:ucdp-ged-990101')).toMatchObject({ date: '2019-06-01', fatalities: { low: 3, best: 3, high: 4 } });
  });
});

describe('problems of a refused file', () => {
  const written: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    written.length = 0;
  });
  const badFile = (rows: number) => {
    const [header, first = ''] = readFileSync(`${ACLED}/r-na.csv`, 'utf8').split('\n');
    const file = join(tmp(), 'bad.csv');
    writeFileSync(
      file,
      [header, ...Array.from({ length: rows }, (_, i) => first.replace('"MLI8201","2021-02-11"', `"MLI${i}","11th of Feb"`))].join('\n') + '\n',
    );
    return file;
  };

  it('are all in the error, each naming file, line and field', async () => {
    const store = await world();
    const file = badFile(250);
    await expect(importAcled(store, file, options)).rejects.toMatchObject({
      code: 'dataset_invalid',
      issues: expect.arrayContaining([expect.objectContaining({ file, line: 251, path: 'event_date' })]),
    });
    const error = (await importAcled(store, file, options).then(
      () => undefined,
      (e: unknown) => e,
    )) as FaultlineError | undefined;
    expect(error?.issues).toHaveLength(250);
    expect(error?.message).toContain('250 problem(s)');
  });

  it('are printed up to 200 with their total and how many more, and written in full with --problems', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const dir = tmp();
    const file = badFile(250);
    const problems = join(dir, 'problems.txt');
    const code = await main(['import', 'acled', file, '--db', join(dir, 'x.db'), '--by', 'tester', '--problems', problems]);
    expect(code).not.toBe(0);
    const printed = written.join('');
    expect(printed.match(/event_date: expected a date/g)).toHaveLength(200);
    expect(printed).toContain(`250 problem(s); nothing was imported (200 problems printed, 50 more: all 250 are in ${problems})`);
    const lines = readFileSync(problems, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(250);
    expect(lines[249]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:251: event_date: expected a date`));
  });

  it('says how to have them all when no --problems file is given', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => written.push(String(chunk)) > 0);
    const dir = tmp();
    await main(['import', 'acled', badFile(201), '--db', join(dir, 'x.db'), '--by', 'tester']);
    expect(written.join('')).toContain('1 more: --problems FILE writes all 201');
  });
});
