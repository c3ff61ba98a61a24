// The review queue's endpoints (src/server/routes/review-routes.ts), typed from the server's own types.
import { ApiError, noticeStatus } from '../../api/client.js';
import type { Claim } from '../../../../src/core/model/claim.js';
import type { GetAnswer } from '../../api/contract.js';

export type { Claim };
/** A proposal as GET /api/review/claims lists it. */
export type ReviewItem = GetAnswer<'/review/claims'>['items'][number];
export type ReviewKind = ReviewItem['kind'];

/** What a decision sends besides the reviewer's name. */
export type Decision =
  { action: 'accept' } | { action: 'reject' } | { action: 'edit'; value: Record<string, unknown>; accept: boolean } | { action: 'merge'; into: string };

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; issues?: { path?: string; message?: string }[] };
}

async function sendJson<T>(method: 'POST' | 'PATCH', path: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method, headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) });
  } catch (error) {
    throw new ApiError(0, 'network', 'the server could not be reached', { cause: error });
  }
  if (!response.ok) {
    noticeStatus(response.status);
    const parsed = (await response.json().catch(() => ({}))) as ErrorBody;
    const code = typeof parsed.error?.code === 'string' ? parsed.error.code : 'http_error';
    const issues = (parsed.error?.issues ?? []).map((i) => `${i.path ?? ''}: ${i.message ?? ''}`).join('; ');
    const message = typeof parsed.error?.message === 'string' ? parsed.error.message : `request failed with status ${response.status}`;
    throw new ApiError(response.status, code, issues ? `${message} (${issues})` : message);
  }
  return (await response.json()) as T;
}

const claimPath = (id: string, action?: string) => `api/review/claims/${encodeURIComponent(id)}${action ? `/${action}` : ''}`;

/** Sends one decision on a proposed claim; resolves with the claim as it now stands. */
export async function decide(id: string, by: string, decision: Decision): Promise<Claim> {
  switch (decision.action) {
    case 'accept':
      return sendJson<Claim>('POST', claimPath(id, 'accept'), { by });
    case 'reject':
      return sendJson<Claim>('POST', claimPath(id, 'reject'), { by });
    case 'edit':
      return sendJson<Claim>('PATCH', claimPath(id), { by, value: decision.value, accept: decision.accept });
    case 'merge': {
      const merged = await sendJson<{ claims: Claim[] }>('POST', claimPath(id, 'merge'), { by, into: decision.into });
      // The merge answers with the claims it wrote; the first is the accepted support on the kept actor.
      const support = merged.claims[0];
      if (!support) throw new ApiError(500, 'internal', 'the merge wrote no claim');
      return support;
    }
  }
}
