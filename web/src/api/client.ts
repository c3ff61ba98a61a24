/** A failed API call, with the server's stable error code (`not_found`, `internal`, `network` …). */
export class ApiError extends Error {
  /** Seconds the server asked to wait (429 with Retry-After), when it said. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options?: ErrorOptions & { retryAfterSeconds?: number },
  ) {
    super(message, options);
    this.name = 'ApiError';
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown };
}

const unauthorizedListeners = new Set<() => void>();

/** Calls `listener` whenever an API call answers 401 (no session, or it expired); returns an unsubscribe. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** Tells the app about an answer's status; a 401 anywhere means the user must log in (again). */
export function noticeStatus(status: number): void {
  if (status === 401) for (const listener of unauthorizedListeners) listener();
}

/** Fetches JSON from the API; paths are relative (`api/stats`) so the app works under any prefix. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', 'the server could not be reached', { cause: error });
  }
  if (!response.ok) {
    noticeStatus(response.status);
    const body = (await response.json().catch(() => ({}))) as ErrorBody;
    const code = typeof body.error?.code === 'string' ? body.error.code : 'http_error';
    const message = typeof body.error?.message === 'string' ? body.error.message : `request failed with status ${response.status}`;
    throw new ApiError(response.status, code, message);
  }
  return (await response.json()) as T;
}

interface ErrorIssues {
  error?: { issues?: { path?: unknown; message?: unknown }[] };
}

/** Sends a write (JSON body or none) and reads the JSON answer; failures are `ApiError`s whose message names the fields at fault. */
export async function sendJson<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ApiError(0, 'network', 'the server could not be reached', { cause: error });
  }
  if (!response.ok) {
    noticeStatus(response.status);
    const parsed = (await response.json().catch(() => ({}))) as ErrorBody & ErrorIssues;
    const code = typeof parsed.error?.code === 'string' ? parsed.error.code : 'http_error';
    const message = typeof parsed.error?.message === 'string' ? parsed.error.message : `request failed with status ${response.status}`;
    const issues = (parsed.error?.issues ?? [])
      .filter((i) => typeof i.message === 'string')
      .map((i) => (typeof i.path === 'string' && i.path ? `${i.path}: ${String(i.message)}` : String(i.message)))
      .join('; ');
    const retry = Number(response.headers.get('retry-after'));
    throw new ApiError(
      response.status,
      code,
      issues ? `${message} (${issues})` : message,
      Number.isFinite(retry) && retry > 0 ? { retryAfterSeconds: retry } : {},
    );
  }
  return (await response.json()) as T;
}
