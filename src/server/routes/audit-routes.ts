import { Hono } from 'hono';
import type { AuditLog } from '../../core/store-port.js';
import { count, instant, query, text, words } from '../contract/fields.js';
import { defineRoute, validated } from '../contract/route.js';

const MAX_PAGE = 1000;

/** The audit log (admin only, checked where it is mounted: secure-api.ts). */
export const AUDIT_ROUTES = {
  audit: defineRoute({
    method: 'get',
    path: '/audit',
    summary: 'The append-only audit log, oldest first (admin only)',
    query: query({
      actor: text(500).optional(),
      since: instant.optional(),
      until: instant.optional(),
      kind: words.optional().meta({ description: 'record kind, user, token, session or database' }),
      id: text(500).optional(),
      after: count.optional().meta({ description: "sequence number to continue after (the previous page's next)" }),
      limit: count.optional().meta({ description: 'default 100, at most 1000' }),
    }),
    responses: { 200: '{ entries: AuditEntry[] (src/core/store-port.ts), next? }', 403: 'not an admin' },
  }),
};

/** The handler of AUDIT_ROUTES: pages of the log. */
export function auditRoutes(log: AuditLog) {
  return new Hono().get(AUDIT_ROUTES.audit.path, validated(AUDIT_ROUTES.audit), async (c) => {
    const q = c.req.valid('query');
    const limit = Math.min(MAX_PAGE, q.limit ?? 100);
    const entries = await log.audit({
      ...(q.actor ? { actor: q.actor } : {}),
      ...(q.since ? { since: q.since } : {}),
      ...(q.until ? { until: q.until } : {}),
      ...(q.kind?.[0] ? { kind: q.kind.join(',') } : {}),
      ...(q.id ? { id: q.id } : {}),
      ...(q.after !== undefined ? { afterSeq: q.after } : {}),
      limit,
    });
    const last = entries.at(-1);
    return c.json({ entries, ...(entries.length === limit && last ? { next: last.seq } : {}) });
  });
}
