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

describe('folding the dates of a moment (R1i)', () => {
  const dated = (date: string) => claim(2, { value: { date } });
  it('a split dated between two months by one source and to a year within them by another is agreed', () => {
    const split = { ...event, type: 'split', date: '2016-09/2019-05' };
    expect(foldFact(split, [claim(1), dated('2017')], FACT_PROPERTIES.event).properties['date']?.status).toBe('agreed');
  });
  it('clashes from September 2016 to May 2019 and from 2017 to 2018 are disputed: two spans, not two ranges for one moment', () => {
    const clashes = { ...event, date: '2016-09/2019-05' };
    expect(foldFact(clashes, [claim(1), dated('2017/2018')], FACT_PROPERTIES.event).properties['date']?.status).toBe('disputed');
    const split = { ...event, type: 'split', date: '2016-09/2019-05' };
    expect(foldFact(split, [claim(1), dated('2017/2018')], FACT_PROPERTIES.event).properties['date']?.status).toBe('agreed');
  });
  it('a split_from tie is a moment, an alliance a span', () => {
    const tie = (type: string) => ({ id: 'rel:x', type, from: 'actor:a', to: 'actor:b', valid: '2016-09/2019-05' });
    const valid = (c: number) => claim(c, { subject: 'rel:x', value: { valid: '2017/2018' } });
    expect(foldFact(tie('split_from'), [claim(1, { subject: 'rel:x' }), valid(2)], FACT_PROPERTIES.relation).properties['valid']?.status).toBe('agreed');
    expect(foldFact(tie('allied_with'), [claim(1, { subject: 'rel:x' }), valid(2)], FACT_PROPERTIES.relation).properties['valid']?.status).toBe('disputed');
  });
});
