import { describeWithPostgres } from '../../../test/support/postgres-cluster.js';
import { runStoreContract } from '../store.contract.js';
import { PostgresStore } from './postgres-store.js';

// Each test opens a store on a database of its own, so the contract's fresh-store-per-test holds.
describeWithPostgres('postgres store', (cluster) => {
  runStoreContract('postgres', async (clock) => new PostgresStore({ url: await cluster().createDatabase(), clock }).open());
});
