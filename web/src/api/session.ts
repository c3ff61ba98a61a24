// Who the app acts as (GET /api/session), shared by the shell, the header and the login page.
import { useSyncExternalStore } from 'react';
import { ApiError, getJson, onUnauthorized } from './client.js';

export type Role = 'viewer' | 'editor' | 'reviewer' | 'admin';

/** The signed-in user; in local mode the implicit administrator `local`. */
export interface SessionUser {
  name: string;
  role: Role;
  via: 'session' | 'token' | 'local';
}

/** GET /api/session */
export interface SessionInfo {
  mode: 'local' | 'accounts';
  user: SessionUser | null;
}

export type SessionState = { state: 'loading' } | { state: 'failed'; error: ApiError } | ({ state: 'ready' } & SessionInfo);

let current: SessionState = { state: 'loading' };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  current = next;
  for (const listener of listeners) listener();
}

// Any 401 means the session is gone (expired, revoked, or never opened): the shell then shows the login page.
onUnauthorized(() => set({ state: 'ready', mode: 'accounts', user: null }));

/** Asks the server whether logins are needed and who we are. */
export async function loadSession(): Promise<void> {
  try {
    const info = await getJson<SessionInfo>('api/session');
    set({ state: 'ready', ...info });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return; // already handled by onUnauthorized
    set({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, 'client', 'the session could not be read', { cause: error }) });
  }
}

/** Records a successful login without another round trip. */
export function signedIn(user: SessionUser): void {
  set({ state: 'ready', mode: 'accounts', user });
}

/** Ends the session on the server (POST /api/logout), then forgets the user here. */
export async function signOut(): Promise<void> {
  try {
    await fetch('api/logout', { method: 'POST', headers: { accept: 'application/json' } });
  } finally {
    set({ state: 'ready', mode: 'accounts', user: null });
  }
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The current session, re-rendered whenever it changes. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => current);
}

/** True when the session's user may read the audit log. */
export const isAdmin = (session: SessionState): boolean => session.state === 'ready' && session.user?.role === 'admin';
