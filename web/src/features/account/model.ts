// Display helpers shared by the account and users pages.
import type { TokenSummary } from './api.js';

/** An instant as its UTC day, `2026-03-01`; anything else as given. */
export const formatDay = (at: string | null): string => (at && /^\d{4}-\d{2}-\d{2}/.test(at) ? at.slice(0, 10) : (at ?? ''));

/** A token's state in words: `active`, `expired 2026-04-01`, `revoked 2026-03-02`. */
export function describeStatus(token: TokenSummary): string {
  if (token.status === 'revoked') return `revoked ${formatDay(token.revokedAt)}`;
  if (token.status === 'expired') return `expired ${formatDay(token.expiresAt)}`;
  return 'active';
}

/** What each role may do, from docs/security.md, for the role pickers. */
export const ROLE_HELP = {
  viewer: 'reads everything except restricted sources',
  editor: 'also records facts and registers source texts',
  reviewer: 'also reviews proposals and reads restricted sources',
  admin: 'also manages users and reads the audit log',
} as const;

/** Choices for a new token's lifetime, in days; undefined never expires. */
export const EXPIRY_CHOICES: { label: string; days: number | undefined }[] = [
  { label: '30 days', days: 30 },
  { label: '90 days', days: 90 },
  { label: '1 year', days: 365 },
  { label: 'Never', days: undefined },
];
