import { describe, expect, it } from 'vitest';
import { foldFact, FACT_PROPERTIES } from './fold.js';
import type { Claim } from './model/claim.js';

const evidence = [{ source: 'a'.repeat(64), start: 0, end: 10, sha256: 'b'.repeat(64) }];
const claim = (n: number, extra: Partial<Claim> = {}): Claim => ({
  id: `event:x#${n}`,
  subject: 'event:x',
  stance: 'supports',
  evidence,
  credibility: 2,
  method: 'analyst',
  status: 'accepted',
  by: 'test',
  at: '2026-01-01',
  ...extra,
});
const event = { id: 'event:x', type: 'armed_clash', date: '2016-07-21', participants: [], fatalities: { high: 30 }, description: 'a clash' };

describe('folding claims (M2–M5)', () => {
  it('M2: a record backed by one claim is supported and every value agreed', () => {
    const fact = foldFact(event, [claim(1)], FACT_PROPERTIES.event);
    expect(fact.status).toBe('supported');
    expect(fact.properties['fatalities']?.status).toBe('agreed');
  });
  it('M4: two claims giving different tolls make the property disputed and keep both sides', () => {
    const fact = foldFact(event, [claim(1), claim(2, { value: { fatalities: { best: 79 } } })], FACT_PROPERTIES.event);
    expect(fact.status).toBe('disputed');
    const versions = fact.properties['fatalities']!.versions;
    expect(versions.map((v) => v.value)).toEqual([{ high: 30 }, { best: 79 }]);
    expect(versions.map((v) => v.supports.map((c) => c.id))).toEqual([['event:x#1'], ['event:x#2']]);
  });
  it('M5: a disputing claim marks the record disputed without removing its support', () => {
    const fact = foldFact(event, [claim(1), claim(2, { stance: 'disputes' })], FACT_PROPERTIES.event);
    expect(fact.status).toBe('disputed');
    expect(fact.supports).toHaveLength(1);
    expect(fact.disputes).toHaveLength(1);
  });
  it('M3: proposed and rejected claims do not count', () => {
    const fact = foldFact(event, [claim(1, { status: 'proposed' }), claim(2, { status: 'rejected' })], FACT_PROPERTIES.event);
    expect(fact.status).toBe('unsupported');
  });
  it('a claim agreeing on a value adds support rather than a dispute', () => {
    const fact = foldFact(event, [claim(1), claim(2, { value: { fatalities: { high: 30 } } })], FACT_PROPERTIES.event);
    expect(fact.properties['fatalities']?.status).toBe('agreed');
    expect(fact.properties['fatalities']?.versions[0]?.supports).toHaveLength(2);
  });
});
