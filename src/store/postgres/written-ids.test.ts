import { describe, expect, it } from 'vitest';
import { WrittenIds } from './written-ids.js';

describe('WrittenIds', () => {
  it('knows every record noted, of the kinds it knows, through the growth of its table', () => {
    const written = new WrittenIds(new Set(['event', 'claim'] as const));
    const events = Array.from({ length: 200_000 }, (_, n) => ({ kind: 'event' as const, id: `event:acled-mli${n}` }));
    expect(written.allNew(events)).toBe(true);
    written.note(events.slice(0, 100_000));
    for (let n = 0; n < 100_000; n += 997) expect(written.allNew([events[n] as (typeof events)[number]])).toBe(false);
    // The same id of another kind is another record.
    expect(written.allNew([{ kind: 'claim', id: 'event:acled-mli5' }])).toBe(true);
    expect(written.allNew(events.slice(100_000))).toBe(true);
    expect(written.allNew(events.slice(99_999, 100_001))).toBe(false);
  });

  it('never calls a record of a kind it does not know new', () => {
    const written = new WrittenIds(new Set(['event'] as const));
    expect(written.allNew([{ kind: 'claim', id: 'claim:x' }])).toBe(false);
    written.note([{ kind: 'claim', id: 'claim:x' }]);
    expect(written.allNew([{ kind: 'event', id: 'event:x' }])).toBe(true);
  });
});

describe('WrittenIds.note', () => {
  it('tells whether every record was new, once each', () => {
    const written = new WrittenIds(new Set(['event'] as const));
    expect(written.note([{ kind: 'event', id: 'a' }])).toBe(true);
    expect(
      written.note([
        { kind: 'event', id: 'b' },
        { kind: 'event', id: 'a' },
      ]),
    ).toBe(false);
    expect(
      written.note([
        { kind: 'event', id: 'c' },
        { kind: 'event', id: 'c' },
      ]),
    ).toBe(false);
    expect(written.note([{ kind: 'claim', id: 'd' }])).toBe(false);
    expect(written.allNew([{ kind: 'event', id: 'b' }])).toBe(false);
    expect(written.note([{ kind: 'event', id: 'd' }])).toBe(true);
  });
});
