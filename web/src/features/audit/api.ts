// GET /api/audit (src/server/routes/audit-routes.ts), typed from the store port.
import { apiPath } from '../../api/client.js';
import type { AuditEntry } from '../../../../src/core/store-port.js';

export type { AuditEntry };

/** One page of the log, oldest first; `next` continues after it. */
export interface AuditPage {
  entries: AuditEntry[];
  next?: number;
}

/** The filters a reader sets; kept in the URL. */
export interface AuditFilter {
  user?: string;
  kind?: string;
  id?: string;
  /** YYYY-MM-DD, read as the start of that day in UTC. */
  since?: string;
}

export const PAGE_SIZE = 100;

/** The API path of the page after `after` (or the first page) for a filter. */
export function auditPath(filter: AuditFilter, after?: number): string {
  const query: Record<string, string> = { limit: String(PAGE_SIZE) };
  if (filter.user) query['actor'] = filter.user;
  if (filter.kind) query['kind'] = filter.kind;
  if (filter.id) query['id'] = filter.id;
  if (filter.since) query['since'] = filter.since;
  if (after !== undefined) query['after'] = String(after);
  return apiPath(['audit'], query);
}
