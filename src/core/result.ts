import type { Issue } from './errors.js';

/** Validation returns data rather than throwing; callers pick the throwing twin when they want it. */
export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(issues: Issue[]): Result<T> => ({ ok: false, issues });
