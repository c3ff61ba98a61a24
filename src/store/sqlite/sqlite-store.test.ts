import { runStoreContract } from '../store.contract.js';
import { SqliteStore } from './sqlite-store.js';

runStoreContract('sqlite', async (clock) => new SqliteStore({ path: ':memory:', clock }));
