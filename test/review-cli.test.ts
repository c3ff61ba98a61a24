// The one-shot review commands never give a grade for the reviewer: accepting needs --credibility.
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { maliCli } from './support/mali-cli.js';
import { FIXTURE_REPORT } from './support/ingest-fixtures.js';

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
