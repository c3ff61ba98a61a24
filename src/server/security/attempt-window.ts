/**
 * Counts attempts per key in a sliding window, in memory (so per server process). An attempt holds
 * its place from `take` until `release`, so requests running at the same time cannot all pass the
 * check before any of them has failed: the check and the reservation happen in one synchronous step.
 */
export class AttemptWindow {
  private readonly counted = new Map<string, number[]>();
  private readonly inFlight = new Map<string, number>();

  /**
   * @param max attempts allowed per key in the window
   * @param maxKeys keys kept at most; beyond it the least recently counted is forgotten, so a spray of
   *   distinct keys cannot exhaust memory (pass Infinity for a key set that is bounded already)
   */
  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  private recent(key: string, now: number): number[] {
    const all = this.counted.get(key);
    if (!all) return [];
    const kept = all.filter((t) => now - t < this.windowMs);
    if (kept.length === 0) this.counted.delete(key);
    else if (kept.length < all.length) this.counted.set(key, kept);
    return kept;
  }

  /** Attempts counted in the window plus those still in flight. */
  used(key: string, now: number): number {
    return this.recent(key, now).length + (this.inFlight.get(key) ?? 0);
  }

  /** Milliseconds until one more attempt fits under `max` (default: this window's), 0 when it fits now. */
  retryAfter(key: string, now: number, max = this.max): number {
    const recent = this.recent(key, now);
    const excess = recent.length + (this.inFlight.get(key) ?? 0) - max + 1;
    if (excess <= 0) return 0;
    // Full only because of attempts in flight: they settle within a password derivation or so.
    if (excess > recent.length) return 1000;
    return this.windowMs - (now - (recent[excess - 1] ?? now));
  }

  /** Reserves a place for an attempt; `release` must follow. */
  take(key: string): void {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
  }

  /** Ends a reserved attempt; a counted one stays in the window, an uncounted one frees its place. */
  release(key: string, now: number, counted: boolean): void {
    const left = (this.inFlight.get(key) ?? 1) - 1;
    if (left > 0) this.inFlight.set(key, left);
    else this.inFlight.delete(key);
    if (!counted) return;
    // Only the newest `max` matter for the decision, which bounds each key's memory.
    const times = [...this.recent(key, now), now].slice(-this.max);
    this.counted.delete(key);
    this.counted.set(key, times);
    if (this.counted.size > this.maxKeys) this.counted.delete(this.counted.keys().next().value ?? key);
  }

  /** Forgets the attempts counted for a key (not those in flight). */
  clear(key: string): void {
    this.counted.delete(key);
  }
}
