import type pg from 'pg';
import { describeWithPostgres } from '../../../test/support/postgres-cluster.js';
import { runStoreContract } from '../store.contract.js';
import { runAuditSpanContract } from '../audit-spans.contract.js';
import { PostgresStore } from './postgres-store.js';

// Each test opens a store on a database of its own, so the contract's fresh-store-per-test holds.
describeWithPostgres('postgres store', (cluster) => {
  runStoreContract('postgres', async (clock) => new PostgresStore({ url: await cluster().createDatabase(), clock }).open());
  runAuditSpanContract('postgres', async (clock) => new PostgresStore({ url: await cluster().createDatabase(), clock }).open(), {
    spans: async (store) =>
      (await (store as unknown as { pool: pg.Pool }).pool.query<{ n: number }>('SELECT count(*)::integer AS n FROM audit_spans')).rows[0]?.n ?? 0,
  });
});
