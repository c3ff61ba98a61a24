import type { AuditQuery } from '../../core/store-port.js';

/**
 * The conditions an audit query puts on who and when, for the log's rows and for its spans alike (both carry actor,
 * at and kind), on the table aliased `alias`; every value is a bound parameter.
 */
export function whoAndWhen(alias: string, query: AuditQuery): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (query.actor !== undefined) add(`${alias}.actor = ?`, query.actor);
  if (query.since !== undefined) add(`${alias}.at >= ?`, query.since);
  if (query.until !== undefined) add(`${alias}.at <= ?`, query.until);
  if (query.kind !== undefined) add(`${alias}.kind = ?`, query.kind);
  return { where, params };
}
