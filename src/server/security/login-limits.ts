import { AttemptWindow } from './attempt-window.js';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** The login limits (docs/security.md, "Login limits"): failed attempts per 15-minute window. */
export const LOGIN_LIMITS = {
  windowMs: FIFTEEN_MINUTES,
  /** Failures under one name from one client address. */
  perAddressAndName: 5,
  /** Failures under one name from every address together. */
  perName: 20,
  /** Failures from one address under any names, past which it gets one try per name. */
  perAddress: 30,
} as const;

/** Who is trying: the client's address key (client-view.ts), the name typed, and whether it is an account. */
export interface LoginAttempt {
  address: string;
  name: string;
  account: boolean;
}

/** A reserved login attempt; exactly one of its methods must be called once the password is checked. */
export interface PendingLogin {
  failed(): void;
  succeeded(): void;
  /** Neither: the check could not be made (an internal error), so the attempt does not count. */
  abandoned(): void;
}

/**
 * The login limits, in one object per server. Only failures under a name count against that name,
 * so nobody can lock an account out by failing under other names; an address that sprays many names
 * is slowed to one try per name rather than shut out, so a user sharing its address (a proxy, a
 * NAT) can still log in. Unknown names are limited exactly like accounts, so no answer reveals which
 * names exist, but their counts are kept apart, where a flood of made-up names cannot push an
 * account's count out of memory.
 */
export class LoginLimits {
  private readonly pairs = new AttemptWindow(LOGIN_LIMITS.perAddressAndName, LOGIN_LIMITS.windowMs);
  // Bounded by the number of accounts, so never trimmed.
  private readonly accounts = new AttemptWindow(LOGIN_LIMITS.perName, LOGIN_LIMITS.windowMs, Infinity);
  private readonly unknownNames = new AttemptWindow(LOGIN_LIMITS.perName, LOGIN_LIMITS.windowMs);
  private readonly addresses = new AttemptWindow(LOGIN_LIMITS.perAddress, LOGIN_LIMITS.windowMs);

  /**
   * Reserves an attempt, or says how many milliseconds to wait. Synchronous, so no other request can
   * slip in between the check and the reservation.
   */
  begin(attempt: LoginAttempt, now: number): PendingLogin | { wait: number } {
    const pair = `${attempt.address}\u0000${attempt.name}`;
    const names = attempt.account ? this.accounts : this.unknownNames;
    const spraying = Math.min(this.addresses.retryAfter(attempt.address, now), this.pairs.retryAfter(pair, now, 1));
    const wait = Math.max(this.pairs.retryAfter(pair, now), names.retryAfter(attempt.name, now), spraying);
    if (wait > 0) return { wait };
    const held: [AttemptWindow, string][] = [
      [this.pairs, pair],
      [names, attempt.name],
      [this.addresses, attempt.address],
    ];
    for (const [window, key] of held) window.take(key);
    let settled = false;
    const settle = (counted: boolean) => {
      if (settled) return;
      settled = true;
      for (const [window, key] of held) window.release(key, now, counted);
    };
    return {
      failed: () => settle(true),
      succeeded: () => {
        settle(false);
        this.pairs.clear(pair);
      },
      abandoned: () => settle(false),
    };
  }
}
