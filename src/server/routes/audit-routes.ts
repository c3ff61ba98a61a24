import { Hono } from 'hono';
import type { AuditLog } from '../../core/store-port.js';

const MAX_PAGE = 1000;

/** GET /api/audit (admin only, checked where it is mounted): the audit log, oldest first, in pages. */
export function auditRoutes(log: AuditLog): Hono {
  const app = new Hono();
  app.get('/audit', async (c) => {
    const q = (name: string) => c.req.query(name);
    const limit = Math.min(MAX_PAGE, Number(q('limit') ?? 100));
    const entries = await log.audit({
      ...(q('actor') ? { actor: q('actor') ?? '' } : {}),
      ...(q('since') ? { since: q('since') ?? '' } : {}),
      ...(q('until') ? { until: q('until') ?? '' } : {}),
      ...(q('kind') ? { kind: q('kind') ?? '' } : {}),
      ...(q('id') ? { id: q('id') ?? '' } : {}),
      ...(q('after') ? { afterSeq: Number(q('after')) } : {}),
      limit,
    });
    const last = entries.at(-1);
    return c.json({ entries, ...(entries.length === limit && last ? { next: last.seq } : {}) });
  });
  return app;
}
