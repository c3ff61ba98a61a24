// The store contract's part for the two change marks (ChangeMarks in core/store-port.ts): each audited
// change moves the mark of its part and leaves the other alone; a change refused moves neither. The
// response cache keeps answers by the records mark and authentication what it read by the accounts
// mark, so a mark that failed to move here would serve a stale answer or accept a revoked token there.
// Called from runTeamContract, so every adapter runs it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { ChangeMarks, TeamStore } from '../core/store-port.js';
import { buildActor, buildSource } from '../../test/factories.js';

const at = (second: number) => ({ by: 'root', at: `2026-01-01T00:00:${String(second).padStart(2, '0')}.000Z` });

/** Which marks `change` moved. */
async function moved(store: TeamStore, change: () => Promise<unknown>): Promise<(keyof ChangeMarks)[]> {
  const before = await store.changeMarks();
  await change();
  const after = await store.changeMarks();
  // Read twice: a mark stays put while nothing changes.
  expect(await store.changeMarks()).toEqual(after);
  return (['records', 'accounts'] as const).filter((part) => before[part] !== after[part]);
}

export function runChangeMarksContract(store: () => TeamStore, openFresh: () => Promise<TeamStore>): void {
  it('change marks: records move with record writes, retirements and new source texts, not with accounts', async () => {
    const s = store();
    expect(await moved(s, () => s.write([{ kind: 'actor', record: buildActor('b') }], { by: 'ana' }))).toEqual(['records']);
    expect(await moved(s, () => s.write([{ kind: 'actor', record: buildActor('b') }], { by: 'ana' }))).toEqual([]);
    expect(await moved(s, () => s.write([{ kind: 'actor', record: buildActor('b', { name: 'Renamed' }) }], { by: 'ana' }))).toEqual(['records']);
    expect(await moved(s, () => s.retire('actor', ['actor:b'], { by: 'ana' }))).toEqual(['records']);
    expect(await moved(s, () => s.retire('actor', ['actor:b'], { by: 'ana' }))).toEqual([]);
    const id = buildSource().id;
    expect(await moved(s, () => s.putSourceText(id, 'text'))).toEqual(['records']);
    // A source's text is written once: the second write changes nothing.
    expect(await moved(s, () => s.putSourceText(id, 'other text'))).toEqual([]);
    // The mark the lifespans are kept by moves with records too.
    const mark = await s.changeMark();
    await s.write([{ kind: 'actor', record: buildActor('c') }], { by: 'ana' });
    expect(await s.changeMark()).not.toBe(mark);
  });

  it('change marks: a large series that changes nothing moves nothing', async () => {
    const s = store();
    await s.write([{ kind: 'actor', record: buildActor('q') }], { by: 'ana' });
    // Announced as large, as a re-import of a big file is: every row comes back unchanged.
    expect(await moved(s, () => s.bulk(1_000_000, () => s.write([{ kind: 'actor', record: buildActor('q') }], { by: 'ana' })))).toEqual([]);
    expect(await moved(s, () => s.bulk(1_000_000, () => s.write([{ kind: 'actor', record: buildActor('r') }], { by: 'ana' })))).toEqual(['records']);
  });

  it('change marks: accounts move with users, credentials and saved views, not records; a refused change moves neither', async () => {
    const s = store();
    expect(await moved(s, () => s.putUser({ name: 'ana', role: 'editor', createdAt: '2026-01-01T00:00:00.000Z' }, at(1)))).toEqual(['accounts']);
    const credential = { id: 'tok1', kind: 'token' as const, user: 'ana', name: 'script', secretHash: 'f'.repeat(64), createdAt: '2026-01-02T00:00:00.000Z' };
    expect(await moved(s, () => s.putCredential(credential, at(2)))).toEqual(['accounts']);
    expect(await moved(s, () => expect(s.putCredential(credential, at(3))).rejects.toMatchObject({ code: 'conflict' }))).toEqual([]);
    expect(await moved(s, () => s.revokeCredential('tok1', at(4)))).toEqual(['accounts']);
    expect(await moved(s, () => s.revokeCredential('tok1', at(5)))).toEqual([]);
    const view = { id: 'v1', owner: 'ana', name: 'Kidal', hash: '#/network', note: '', savedAt: '2026-01-03T00:00:00.000Z' };
    expect(await moved(s, () => s.putView(view, { by: 'ana', at: view.savedAt }))).toEqual(['accounts']);
    expect(await moved(s, () => s.deleteView('ana', 'v1', { by: 'ana', at: view.savedAt }))).toEqual(['accounts']);
  });

  it('change marks: a restore moves both; two databases never share a mark', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-marks-'));
    const fresh = await openFresh();
    try {
      await store().write([{ kind: 'actor', record: buildActor('b') }], { by: 'ana' });
      const file = join(dir, 'backup');
      await store().backupTo(file);
      const marks = await fresh.changeMarks();
      expect(marks.records).not.toBe((await store().changeMarks()).records);
      expect(await moved(fresh, () => fresh.restoreFrom(file, at(9)))).toEqual(['records', 'accounts']);
    } finally {
      await fresh.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
