// One request reads the store's change marks once: authentication keys on the accounts mark, the
// response cache on the records mark, and on PostgreSQL each read is a round trip. Both come from one
// read, so that the principal found and the answer served belong to the same state of the data.
import type { Context } from 'hono';
import type { ChangeMarks, TeamStore } from '../../core/store-port.js';

declare module 'hono' {
  interface ContextVariableMap {
    changeMarks: Promise<ChangeMarks>;
  }
}

/** The store's change marks as this request first saw them. */
export function requestChangeMarks(c: Context, team: Pick<TeamStore, 'changeMarks'>): Promise<ChangeMarks> {
  const seen = c.get('changeMarks');
  if (seen) return seen;
  const marks = team.changeMarks();
  c.set('changeMarks', marks);
  return marks;
}
