// One request reads the store's change mark once: authentication and the response cache both key on
// it, and on PostgreSQL each read is a round trip. Both must also agree on it, so that the principal
// found and the answer served belong to the same state of the data.
import type { Context } from 'hono';
import type { TeamStore } from '../../core/store-port.js';

declare module 'hono' {
  interface ContextVariableMap {
    changeMark: Promise<string>;
  }
}

/** The store's change mark as this request first saw it. */
export function requestChangeMark(c: Context, team: TeamStore): Promise<string> {
  const seen = c.get('changeMark');
  if (seen) return seen;
  const mark = team.changeMark();
  c.set('changeMark', mark);
  return mark;
}
