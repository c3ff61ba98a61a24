// The one-shot review commands never give a grade for the reviewer: accepting needs --credibility.
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { maliCli } from './support/mali-cli.js';
import { FIXTURE_REPORT, tempFile } from './support/ingest-fixtures.js';

describe('faultline review accept and edit --accept', () => {
  const cli = maliCli();

  const proposals = async (): Promise<string[]> => {
    cli.written.length = 0;
    expect(await main(['review', 'list', '--json', '--db', cli.db])).toBe(0);
    const queue = JSON.parse(cli.written.join('')) as { items: { claim: { id: string } }[] };
    return queue.items.map((i) => i.claim.id);
  };
  const claim = async (id: string) => {
    const store = new SqliteStore({ path: cli.db });
    try {
      return (await store.claims({ ids: [id] }))[0];
    } finally {
      await store.close();
    }
  };

  it('refuses to accept without a grade or with one outside 1–6, and records the grade given', async () => {
    expect(await main(['ingest', FIXTURE_REPORT, '--db', cli.db, '--date', '2018-03-20'])).toBe(0);
    const [first, second] = await proposals();
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    const id = first as string;

    expect(await main(['review', 'accept', id, '--db', cli.db])).not.toBe(0);
    expect(await main(['review', 'accept', id, '--credibility', '9', '--db', cli.db])).not.toBe(0);
    expect(await main(['review', 'accept', id, '--credibility', 'two', '--db', cli.db])).not.toBe(0);
    expect((await claim(id))?.status).toBe('proposed');

    expect(await main(['review', 'edit', second as string, 'note="checked"', '--accept', '--db', cli.db])).not.toBe(0);
    expect((await claim(second as string))?.status).toBe('proposed');

    expect(await main(['review', 'accept', id, '--credibility', '2', '--db', cli.db])).toBe(0);
    expect(await claim(id)).toMatchObject({ status: 'accepted', credibility: 2 });
  });
});

describe('faultline review on a place proposed from the text (issue 20)', () => {
  const cli = maliCli();
  const run = async (...args: string[]) => {
    cli.written.length = 0;
    return main([...args, '--db', cli.db]);
  };
  const statusOf = async (id: string) => {
    const store = new SqliteStore({ path: cli.db });
    try {
      return { claim: (await store.claims({ ids: [id] }))[0], place: await store.get('place', 'place:menaka') };
    } finally {
      await store.close();
    }
  };

  it('lists it with --kind place, refuses to accept it without a country, and merges it into a recorded place', async () => {
    // Invented: a village nobody holds, and no other place to tell its country.
    const note = tempFile('village.md', '# Note\n\nSince 2020 ISGS fighters have been active in the village of Kérémbéli.\n');
    expect(await run('ingest', note)).toBe(0);
    expect(await run('review', 'list', '--kind', 'place', '--json')).toBe(0);
    const queue = JSON.parse(cli.written.join('')) as { items: { claim: { id: string } }[] };
    expect(queue.items.map((i) => i.claim.id)).toEqual(['place:kerembeli#1']);
    expect(await run('review', 'accept', 'place:kerembeli#1', '--credibility', '3')).not.toBe(0);
    expect((await statusOf('place:kerembeli#1')).claim?.status).toBe('proposed');
    expect(await run('review', 'merge', 'place:kerembeli#1', 'place:menaka', '--credibility', '3')).toBe(0);
    expect(cli.written.join('')).toMatch(/merged place:kerembeli#1 into place:menaka; 1 proposals now point at it/);
    const after = await statusOf('place:kerembeli#1');
    expect(after.claim?.status).toBe('rejected');
    expect(after.place?.aliases?.map((a) => a.name)).toContain('Kérémbéli');
  });
});
