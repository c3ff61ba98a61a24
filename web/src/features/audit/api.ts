// GET /api/audit (src/server/routes/audit-routes.ts), typed from the store port.
import { apiGet } from '../../api/contract.js';
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
export function auditPath(filter: AuditFilter, after?: number) {
  return apiGet('/audit', {
    query: {
      limit: String(PAGE_SIZE),
      ...(filter.user ? { actor: filter.user } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.id ? { id: filter.id } : {}),
      ...(filter.since ? { since: filter.since } : {}),
      ...(after !== undefined ? { after: String(after) } : {}),
    },
  });
}
