import { describe, expect, it } from 'vitest';
import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Change } from '../../core/store-port.js';
import { canonicalLine } from '../../core/dataset/canonical.js';
import { ImportedEvents } from './imported-events.js';
import { fromWire, toWire } from './row-job.js';

const SOURCE = 'a'.repeat(64);
const common = { source: SOURCE, method: 'import:acled', by: 'importer', at: '2026-11-21' };

const event = (n: number): ConflictEvent => ({
  id: `event:acled-mli${n}`,
  type: 'armed_clash',
  date: '2019-03-10',
  participants: [{ actor: 'actor:a', role: 'participant' }],
  description: `clash ${n}`,
});

const claimFor = (e: ConflictEvent, over: Partial<Claim> = {}): Claim => ({
  id: `${e.id}#1`,
  subject: e.id,
  stance: 'supports',
  evidence: [{ source: SOURCE, start: 10, end: 20, sha256: 'b'.repeat(64) }],
  credibility: 3,
  method: 'import:acled',
  status: 'accepted',
  by: 'importer',
  at: '2026-11-21',
  note: 'ACLED event 1',
  ...over,
});

describe('events held for an import', () => {
  it('gives back each event followed by a claim equal to the one it was given', () => {
    const held = new ImportedEvents(common);
    const given = [1, 2, 3].map((n) => {
      const e = event(n);
      const c = claimFor(e, { evidence: [{ source: SOURCE, start: n * 100, end: n * 100 + 50, sha256: String(n).repeat(64) }], note: `row ${n}` });
      held.add(e, c);
      return [e, c] as const;
    });
    expect([held.count, held.length]).toEqual([3, 6]);
    expect(held.slice(0, 6).map(({ kind, record }) => ({ kind, record }))).toEqual(
      given.flatMap(([e, c]) => [
        { kind: 'event', record: e },
        { kind: 'claim', record: c },
      ]),
    );
    // A slice may start on a claim and end past the end.
    expect(held.slice(3, 99).map((c) => c.record.id)).toEqual(['event:acled-mli2#1', 'event:acled-mli3', 'event:acled-mli3#1']);
  });

  it('keeps a claim of another shape as it was given, and leaves out a note that was not there', () => {
    const held = new ImportedEvents(common);
    const e = event(1);
    const odd = claimFor(e, { status: 'proposed', value: { type: 'armed_clash' } });
    const plain = claimFor(event(2));
    delete plain.note;
    held.add(e, odd);
    held.add(event(2), plain);
    expect(held.slice(1, 2)[0]?.record).toBe(odd);
    expect(held.slice(3, 4)[0]?.record).toEqual(plain);
    expect('note' in (held.slice(3, 4)[0]?.record ?? {})).toBe(false);
  });

  it('passes between threads as plain data and comes back the same', () => {
    const held = new ImportedEvents(common);
    const odd = { ...claimFor(event(1)), credibility: 3 as const, stance: 'disputes' as const };
    held.add(event(1), odd);
    held.add(event(2), claimFor(event(2)));
    const copy = ImportedEvents.of(structuredClone(held.data()));
    // The copy carries each change's canonical line too (the next test).
    const plain = (changes: Change[]) => changes.map(({ kind, record }) => ({ kind, record }));
    expect(plain(copy.slice(0, copy.length))).toEqual(plain(held.slice(0, held.length)));
  });

  it('carries the canonical line of each event across threads, byte for byte what the writer would have serialised', () => {
    const held = new ImportedEvents(common);
    held.add({ ...event(1), description: 'line\nbreak, "quoted" \u2028 é' }, claimFor(event(1)));
    held.add(event(2), { ...claimFor(event(2)), stance: 'disputes' as const });
    const plain = claimFor(event(3));
    delete plain.note;
    held.add(event(3), plain);
    const wire = structuredClone(toWire({ type: 'batch', places: [], events: held.data(), end: 0 }));
    const back = fromWire(wire);
    if (back.type !== 'batch') throw new Error('expected a batch');
    const copy = ImportedEvents.of(back.events);
    const expected = held.slice(0, held.length).map(({ kind, record }) => ({ kind, record }));
    const changes = copy.slice(0, copy.length);
    expect(changes.map(({ kind, record }) => ({ kind, record }))).toEqual(expected);
    // Events come with their lines; standard claims, rebuilt from their fields, with lines written from
    // them; a claim of another shape is serialised by the writer.
    expect(changes.map((c) => c.line)).toEqual(
      expected.map(({ kind, record }) =>
        kind === 'event' || (record as Claim).stance === 'supports' ? canonicalLine(kind, record, { trusted: true }) : undefined,
      ),
    );
    // A batch appended to an empty one keeps its lines; a row added afterwards leaves them to the writer.
    const all = new ImportedEvents(common);
    all.append(copy);
    expect(all.slice(0, 2).map((c) => c.line)).toEqual(changes.slice(0, 2).map((c) => c.line));
    all.add(event(4), claimFor(event(4)));
    expect(
      all
        .slice(0, all.length)
        .filter((c) => c.kind === 'event')
        .every((c) => c.line === undefined),
    ).toBe(true);
  });

  it("writes each standard claim's line byte for byte as canonicalLine would", () => {
    const held = new ImportedEvents({ ...common, by: 'an "importer"', at: '2026-11-21T10:00:00Z' });
    const ids = ['event:acled-mli1', 'event:acled-mli-9001-x.x4d4c4920', 'event:ucdp-ged-12'];
    ids.forEach((id, n) => {
      const e = { ...event(n), id };
      const c = claimFor(e, {
        by: 'an "importer"',
        at: '2026-11-21T10:00:00Z',
        credibility: ([1, 4, 6] as const)[n] ?? 2,
        evidence: [{ source: SOURCE, start: n, end: n + 1234567, sha256: String(n).repeat(64) }],
        note: ['quote " backslash \\ tab \t \u2028 é', 'plain', 'x'][n] ?? '',
      });
      if (n === 2) delete c.note;
      held.add(e, c);
    });
    const claims = held.slice(0, held.length).filter((c) => c.kind === 'claim');
    expect(claims).toHaveLength(3);
    // The writer serialises a trusted claim as canonicalLine does with { trusted: true }; the claims are valid, so checked alike.
    for (const c of claims) expect([c.line, c.line]).toEqual([canonicalLine('claim', c.record, { trusted: true }), canonicalLine('claim', c.record)]);
  });

  it('appends one batch after another, keeping each odd claim with its row', () => {
    const first = new ImportedEvents(common);
    first.add(event(1), claimFor(event(1)));
    const second = new ImportedEvents(common);
    const odd = { ...claimFor(event(2)), stance: 'disputes' as const };
    second.add(event(2), odd);
    first.append(second);
    expect(first.slice(0, first.length).map((c) => c.record.id)).toEqual(['event:acled-mli1', 'event:acled-mli1#1', 'event:acled-mli2', 'event:acled-mli2#1']);
    expect(first.slice(3, 4)[0]?.record).toBe(odd);
  });
});
