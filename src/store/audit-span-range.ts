// What both stores' audit spans share (sqlite/audit-spans.ts, postgres/audit-spans.ts): when a write
// logs spans, which part of a span a query reads, and how span entries merge with the log's rows.
import type { AuditEntry } from '../core/store-port.js';

/**
 * Writes adding at least this many versions log them as spans. Below it a row per version costs a
 * write little (one statement), keeps the order of its changes, and reads back without numbering a
 * span's versions; at an import's batch (20,000 versions) the rows and their index entries were a
 * large share of the writer's work. A span's read sorts its versions, so spans stay at batch size.
 */
export const AUDIT_SPAN_FROM = 1000;

/** The sequence numbers of a span that a query after `afterSeq` and before `before` can read, or none. */
export function spanRange(span: { seq: number; count: number }, afterSeq?: number, before?: number): { from: number; to: number } | undefined {
  const from = Math.max(span.seq, (afterSeq ?? Number.MIN_SAFE_INTEGER) + 1);
  const to = Math.min(span.seq + span.count - 1, before === undefined ? Number.MAX_SAFE_INTEGER : before - 1);
  return from > to ? undefined : { from, to };
}

/**
 * The page the log's rows (`logged`, read with `limit`) and the spans' entries make together, in
 * sequence order. When the rows filled a page, no span entry after their last can be on it: `cut`
 * says where the spans' read may stop.
 */
export function mergeBySeq(logged: AuditEntry[], spanned: readonly AuditEntry[], limit: number): AuditEntry[] {
  if (spanned.length === 0) return logged;
  const merged = [...logged, ...spanned].sort((x, y) => x.seq - y.seq);
  return limit >= 0 ? merged.slice(0, limit) : merged;
}

/** Where the spans' read may stop: past the last row of a full page of the log. */
export function cut(logged: readonly AuditEntry[], limit: number): number | undefined {
  return limit >= 0 && logged.length === limit && limit > 0 ? (logged.at(-1)?.seq ?? 0) + 1 : undefined;
}
