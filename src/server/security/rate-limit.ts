/** Counts failures per key in a sliding window; in memory, so per server process. */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (kept.length > 0) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }

  /** Milliseconds until another attempt is allowed, or 0 when it is allowed now. */
  retryAfter(key: string, now: number): number {
    const recent = this.recent(key, now);
    return recent.length < this.max ? 0 : this.windowMs - (now - (recent[0] ?? now));
  }

  fail(key: string, now: number): void {
    this.failures.set(key, [...this.recent(key, now), now]);
    // Bound memory under a spray of distinct keys.
    if (this.failures.size > 10_000) this.failures.delete(this.failures.keys().next().value ?? '');
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}
