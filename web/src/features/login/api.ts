// POST /api/login (src/server/routes/auth-routes.ts): a wrong password and a rate limit are answers, not crashes.
import type { SessionUser } from '../../api/session.js';

export type LoginResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: 'wrong' | 'rate_limited' | 'invalid' | 'network' | 'server'; message: string; retryAfterSeconds?: number };

interface ErrorBody {
  error?: { message?: unknown };
}

/** Sends a name and password; on success the server has set the session cookie. */
export async function logIn(name: string, password: string): Promise<LoginResult> {
  let response: Response;
  try {
    response = await fetch('api/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ name, password }),
    });
  } catch {
    return { ok: false, reason: 'network', message: 'the server could not be reached' };
  }
  if (response.ok) {
    const body = (await response.json()) as { user: { name: string; role: SessionUser['role'] } };
    return { ok: true, user: { ...body.user, via: 'session' } };
  }
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  const message = typeof body.error?.message === 'string' ? body.error.message : `request failed with status ${response.status}`;
  if (response.status === 401) return { ok: false, reason: 'wrong', message };
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    return { ok: false, reason: 'rate_limited', message, ...(Number.isFinite(seconds) && seconds > 0 ? { retryAfterSeconds: seconds } : {}) };
  }
  if (response.status === 400) return { ok: false, reason: 'invalid', message };
  return { ok: false, reason: 'server', message };
}

/** The failure in plain words for the login form. */
export function describeFailure(result: Exclude<LoginResult, { ok: true }>): string {
  switch (result.reason) {
    case 'wrong':
      return 'Wrong name or password.';
    case 'rate_limited': {
      const minutes = result.retryAfterSeconds ? Math.ceil(result.retryAfterSeconds / 60) : undefined;
      return `Too many failed sign-ins. Wait ${minutes ? `${minutes} minute${minutes === 1 ? '' : 's'}` : 'a while'} before trying again.`;
    }
    case 'invalid':
      return `The server refused the request: ${result.message}.`;
    case 'network':
      return 'The server could not be reached. Check that Faultline is running, then try again.';
    case 'server':
      return `Signing in failed: ${result.message}.`;
  }
}
