// The shipped Mali dataset: it round-trips byte for byte and every citation matches the seed documents.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_FILES, RECORD_KINDS } from '../src/core/dataset/kinds.js';
import { checkReferences } from '../src/core/dataset/check-references.js';
import type { Claim } from '../src/core/model/claim.js';
import { dumpDataset } from '../src/services/dataset/dump-dataset.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { readDataset } from '../src/services/dataset/read-dataset.js';
import { readDocuments, validateEvidence } from '../src/services/validate-evidence.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { main } from '../src/cli/main.js';

const DATA = 'data/mali';
const SEEDS = '../shared/seeds';

describe('the Mali dataset', () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = new SqliteStore({ path: ':memory:' });
    await loadDataset(store, DATA, { by: 'test' });
  });

  it('is valid and every fact has an accepted claim', () => {
    const { records, issues } = readDataset(DATA);
    expect([...issues, ...checkReferences(records)]).toEqual([]);
  });

  it('load then dump reproduces every file byte for byte', async () => {
    const out = mkdtempSync(join(tmpdir(), 'faultline-dump-'));
    await dumpDataset(store, out);
    for (const kind of RECORD_KINDS) {
      const file = DATASET_FILES[kind];
      const original = existsSync(join(DATA, file)) ? readFileSync(join(DATA, file), 'utf8') : '';
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(original);
    }
  });

  it.skipIf(!existsSync(SEEDS))('E1: every evidence passage resolves in its seed document and matches its hash', () => {
    const documents = readDocuments(SEEDS);
    const { records } = readDataset(DATA);
    const claims = records.claim.map((at) => at.record as Claim);
    const result = validateEvidence(claims, (id) => documents.get(id)?.index);
    expect(result.issues).toEqual([]);
    expect(result.checked).toBeGreaterThan(claims.length - 1);
  });

  it.skipIf(!existsSync(SEEDS))('`faultline validate data/mali --sources ../shared/seeds` exits 0', async () => {
    expect(await main(['validate', DATA, '--sources', SEEDS, '--json'])).toBe(0);
  });
});
