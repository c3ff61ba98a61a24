import { describe, expect, it } from 'vitest';
import { AttemptWindow } from './attempt-window.js';

describe('AttemptWindow', () => {
  it('counts attempts in flight, so concurrent ones cannot all pass the check', () => {
    const window = new AttemptWindow(2, 1000);
    expect(window.retryAfter('k', 0)).toBe(0);
    window.take('k');
    window.take('k');
    // Full with nothing counted yet: the attempts in flight settle soon.
    expect(window.retryAfter('k', 0)).toBe(1000);
    window.release('k', 0, false);
    expect(window.retryAfter('k', 0)).toBe(0);
    window.release('k', 10, true);
    expect(window.used('k', 10)).toBe(1);
  });

  it('slides: a counted attempt expires after the window, and the wait says when', () => {
    const window = new AttemptWindow(2, 1000);
    for (const at of [100, 300]) {
      window.take('k');
      window.release('k', at, true);
    }
    expect(window.retryAfter('k', 400)).toBe(700);
    expect(window.retryAfter('k', 1100)).toBe(0);
    expect(window.used('k', 1300)).toBe(0);
    // A smaller allowance asked for one decision.
    window.take('k');
    window.release('k', 1400, true);
    expect(window.retryAfter('k', 1500, 1)).toBe(900);
  });

  it('forgets the least recently counted key beyond its bound, and clears on demand', () => {
    const window = new AttemptWindow(1, 1000, 2);
    for (const key of ['a', 'b', 'c']) {
      window.take(key);
      window.release(key, 0, true);
    }
    expect(['a', 'b', 'c'].map((k) => window.used(k, 1))).toEqual([0, 1, 1]);
    window.clear('b');
    expect(window.used('b', 1)).toBe(0);
  });
});
