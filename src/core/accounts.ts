/** Roles in increasing order of power: each role may do everything the ones before it may. */
export const ROLES = ['viewer', 'editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** True when `role` is at least `needed` in the order of ROLES. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** Restricted sources, their text and the passages citing them are visible from this role up (docs/security.md). */
export const RESTRICTED_READER: Role = 'reviewer';

/** True when a role may read restricted sources and the evidence that cites them. */
export function canReadRestricted(role: Role): boolean {
  return hasRole(role, RESTRICTED_READER);
}

/** An account. The password hash is a self-describing KDF string (`scrypt$…`); tokens are credentials. */
export interface User {
  name: string;
  role: Role;
  passwordHash?: string;
  createdAt: string;
  disabledAt?: string;
}

/** A secret that authenticates a user: an API token for scripts or a web session. Only its hash is stored. */
export interface Credential {
  /** Public lookup id, the part of the secret before the dot. */
  id: string;
  kind: 'token' | 'session';
  user: string;
  /** What the token is for (`tokens create NAME`); `login` for sessions. */
  name: string;
  /** SHA-256 hex of the secret part. */
  secretHash: string;
  createdAt: string;
  expiresAt?: string;
  revokedAt?: string;
}

/** Who is making a request or running a command, as the services see it. */
export interface Principal {
  name: string;
  role: Role;
  /** How they proved it: a session cookie, an API token, or the local single-user mode. */
  via: 'session' | 'token' | 'local';
}

/** The implicit account of a single-user installation: loopback only, no users in the database. */
export const LOCAL_ADMIN: Principal = { name: 'local', role: 'admin', via: 'local' };
