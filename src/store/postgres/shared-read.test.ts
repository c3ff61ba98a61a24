import { describe, expect, it } from 'vitest';
import { sharedRead } from './shared-read.js';

/** A read whose answers the test settles one by one; it records the time on the test's clock when each began. */
function controlledRead() {
  const begun: number[] = [];
  const settlers: { resolve: (value: number) => void; reject: (error: Error) => void }[] = [];
  let clock = 0;
  const read = () => {
    begun.push(clock);
    return new Promise<number>((resolve, reject) => settlers.push({ resolve, reject }));
  };
  return { read, begun, settlers, tick: () => ++clock };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('sharedRead', () => {
  it('gives callers that arrive during a read the next read, begun after they arrived, and shares it', async () => {
    const c = controlledRead();
    const shared = sharedRead(c.read);
    const first = shared();
    c.tick();
    const second = shared();
    const third = shared();
    expect(c.begun).toEqual([0]);
    c.settlers[0]?.resolve(1);
    await settle();
    // The second and third callers arrived at time 1, after the first read began: they share a new one.
    expect(c.begun).toEqual([0, 1]);
    c.settlers[1]?.resolve(2);
    expect(await first).toBe(1);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  it('starts at once when no read is under way, and a failed read fails only its own callers', async () => {
    const c = controlledRead();
    const shared = sharedRead(c.read);
    const failing = shared();
    const waiting = shared();
    c.settlers[0]?.reject(new Error('connection lost'));
    await expect(failing).rejects.toThrow('connection lost');
    await settle();
    expect(c.begun).toEqual([0, 0]);
    c.settlers[1]?.resolve(7);
    expect(await waiting).toBe(7);
    const later = shared();
    expect(c.begun).toHaveLength(3);
    c.settlers[2]?.resolve(8);
    expect(await later).toBe(8);
  });
});
