// Changes prepared ahead of their write (prepare-ahead.ts) must be exactly what the write would
// prepare itself: whether the preparation ended before the write, was cut short by it, or was made
// for another trust than the write's.
import { describe, expect, it } from 'vitest';
import type { Change } from '../../core/store-port.js';
import { buildActor, buildClaim, buildEvent } from '../../../test/factories.js';
import { copyFields } from './copy-rows.js';
import { PreparedAhead } from './prepare-ahead.js';
import { prepareChanges } from './write-plan.js';

const changes = (n: number): Change[] =>
  Array.from({ length: n }, (_, i): Change[] => [
    {
      kind: 'event',
      record: buildEvent(`e${i}`, { date: `2019-0${(i % 9) + 1}`, participants: [{ actor: 'actor:a', role: 'perpetrator' }], fatalities: { best: i } }),
    },
    { kind: 'claim', record: buildClaim(`event:e${i}`, 1, { note: `tab\there, line\nthere, back\\slash ${i}` }) },
    { kind: 'actor', record: buildActor(`a${i}`, { aliases: [{ name: `Àlias ${i}` }] }) },
  ]).flat();

/** What the write would prepare itself, with the COPY fields either write path would send. */
const expected = (batch: readonly Change[], trusted: boolean) => prepareChanges(batch, { trusted }).map((c) => ({ ...c, copied: copyFields(c) }));
const withRows = (prepared: ReturnType<PreparedAhead['take']>) => prepared.map((c) => ({ ...c, copied: c.copied ?? copyFields(c) }));
const turns = (n: number) =>
  new Promise<void>((resolve) =>
    (function next(left: number) {
      if (left === 0) resolve();
      else setImmediate(() => next(left - 1));
    })(n),
  );

describe('changes prepared ahead of their write', () => {
  it('equal what the write prepares, whether preparing ended or not, taken whole or in part', async () => {
    const batch = changes(700);
    const ahead = new PreparedAhead();
    ahead.announce(batch, true);
    await turns(10);
    const taken = ahead.take(batch, true);
    expect(taken.every((c) => c.copied !== undefined)).toBe(true);
    expect(withRows(taken)).toEqual(expected(batch, true));

    const next = changes(700);
    ahead.announce(next, true);
    await turns(1);
    const part = next.filter((c) => c.kind !== 'claim');
    const early = ahead.take(part, true);
    expect(early.some((c) => c.copied === undefined)).toBe(true);
    expect(withRows(early)).toEqual(expected(part, true));
  });

  it('leaves a record it cannot prepare to the write, which refuses it', async () => {
    const batch: Change[] = [...changes(2), { kind: 'event', record: { id: 'event:bad' } as never }];
    const ahead = new PreparedAhead();
    ahead.announce(batch, false);
    await turns(3);
    expect(() => prepareChanges(batch.slice(2), { trusted: false })).toThrow();
    expect(() => ahead.take(batch, false)).toThrow();
  });

  it('prepares again for a write of another trust', async () => {
    const batch = changes(10);
    const ahead = new PreparedAhead();
    ahead.announce(batch, true);
    await turns(3);
    const taken = ahead.take(batch, false);
    expect(taken.every((c) => c.copied === undefined)).toBe(true);
    expect(withRows(taken)).toEqual(expected(batch, false));
  });
});
