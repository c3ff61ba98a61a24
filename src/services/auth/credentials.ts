import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Credential } from '../../core/accounts.js';

/** A secret handed out once: `flt_<id>.<secret>` for tokens, `<id>.<secret>` in the session cookie. */
export interface IssuedSecret {
  credential: Credential;
  secret: string;
}

const TOKEN_PREFIX = 'flt_';
const SHAPE = /^([0-9a-f]{24})\.([A-Za-z0-9_-]{43})$/;

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Makes a new credential and its secret; only the SHA-256 of the secret is stored (it has 256 random bits, so no KDF is needed). */
export function issueCredential(kind: Credential['kind'], user: string, name: string, now: Date, lifetimeMs: number | undefined): IssuedSecret {
  const id = randomBytes(12).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const credential: Credential = {
    id,
    kind,
    user,
    name,
    secretHash: sha256(secret),
    createdAt: now.toISOString(),
    ...(lifetimeMs !== undefined ? { expiresAt: new Date(now.getTime() + lifetimeMs).toISOString() } : {}),
  };
  return { credential, secret: `${kind === 'token' ? TOKEN_PREFIX : ''}${id}.${secret}` };
}

/** Splits a presented secret into id and secret part, or undefined when it has the wrong shape. */
export function parseSecret(kind: Credential['kind'], presented: string): { id: string; secret: string } | undefined {
  const body = kind === 'token' ? (presented.startsWith(TOKEN_PREFIX) ? presented.slice(TOKEN_PREFIX.length) : undefined) : presented;
  const match = body === undefined ? null : SHAPE.exec(body);
  return match?.[1] && match[2] ? { id: match[1], secret: match[2] } : undefined;
}

/** True when the secret matches the credential and it is neither revoked nor expired at `now`. */
export function isValidCredential(credential: Credential, kind: Credential['kind'], secret: string, now: Date): boolean {
  const expected = Buffer.from(credential.secretHash, 'hex');
  const actual = Buffer.from(sha256(secret), 'hex');
  const matches = expected.length === actual.length && timingSafeEqual(expected, actual);
  const live = !credential.revokedAt && (!credential.expiresAt || Date.parse(credential.expiresAt) > now.getTime());
  return matches && live && credential.kind === kind;
}
