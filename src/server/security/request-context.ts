import { AsyncLocalStorage } from 'node:async_hooks';
import type { Principal } from '../../core/accounts.js';

const context = new AsyncLocalStorage<Principal>();

// Outside a request nobody is authenticated: the least privileged role, never the local admin.
const NOBODY: Principal = { name: 'anonymous', role: 'viewer', via: 'session' };

/** Runs a request's handling as `principal`; `currentPrincipal` answers from inside it. */
export function runAs<T>(principal: Principal, body: () => T): T {
  return context.run(principal, body);
}

/** Who the current request acts as. */
export function currentPrincipal(): Principal {
  return context.getStore() ?? NOBODY;
}

/** The name to record for a change: the authenticated user, or in local single-user mode the name given. */
export function actorName(given: string): string {
  const principal = currentPrincipal();
  return principal.via === 'local' ? given : principal.name;
}
