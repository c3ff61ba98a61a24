import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../core/model/claim.js';
import { passagesLackValues } from './cited-values.js';
import { mentionsNumber } from './number-words.js';
import { claim, contextOf, event, tie } from './testing.js';

const cite = (start: number): Evidence => ({ source: 'a'.repeat(64), start, end: start + 1, sha256: 'b'.repeat(64) });
const PASSAGES = ['The group split in March 2016 after a quarrel.', 'Fighters attacked the camp on 5 May; twelve soldiers died.', 'In 2014 they were allies.'];
const read = (e: Evidence) => PASSAGES[e.start];

describe('cited values', () => {
  it('C9: a claimed date whose year or month is not in its passages is reported; one that is, is not', () => {
    const r = tie('split_from', 'a', 'b', '2016-03');
    const context = contextOf({
      relations: [r],
      claims: [claim(r.id, 1, { evidence: [cite(0)], value: { valid: '2016-03' } }), claim(r.id, 2, { evidence: [cite(2)], value: { valid: '2015-03' } })],
    });
    const { findings } = passagesLackValues(context, read);
    expect(findings).toMatchObject([{ rule: 'C9', claims: [`${r.id}#2`] }]);
    expect(findings[0]?.message).toContain('year 2015');
  });

  it('C9: a claim without value answers for the recorded date and fatalities, unless a valued claim carries them', () => {
    const e = event('camp', { date: '2017-05-05', fatalities: { low: 12, high: 15 } });
    const context = contextOf({ events: [e], claims: [claim(e.id, 1, { evidence: [cite(1)] })] });
    const message = passagesLackValues(context, read).findings[0]?.message ?? '';
    expect(message).toContain('year 2017');
    expect(message).toContain('fatalities.high 15');
    expect(message).not.toContain('fatalities.low');
    expect(message).not.toContain('day');
    const carried = contextOf({
      events: [e],
      claims: [claim(e.id, 1, { evidence: [cite(1)] }), claim(e.id, 2, { evidence: [cite(1)], value: { date: '2017-05-05' } })],
    });
    expect(passagesLackValues(carried, read).findings.map((f) => f.claims[0])).toEqual([`${e.id}#1`, `${e.id}#2`]);
  });

  it('C9: claims whose texts are missing are counted, not reported', () => {
    const r = tie('allied_with', 'a', 'b', '2014/..');
    const context = contextOf({ relations: [r], claims: [claim(r.id, 1, { evidence: [cite(9)] })] });
    expect(passagesLackValues(context, read)).toEqual({ findings: [], unread: 1 });
  });

  it('C9: numbers are read as digits with separators or as English and French words', () => {
    expect(mentionsNumber('some 1,200 displaced', 1200)).toBe(true);
    expect(mentionsNumber('soixante et onze morts', 71)).toBe(true);
    expect(mentionsNumber('quatre-vingt-dix-neuf', 99)).toBe(true);
    expect(mentionsNumber('seventy-nine were killed', 79)).toBe(true);
    expect(mentionsNumber('a hundred and five', 105)).toBe(true);
    expect(mentionsNumber('in 2012 about 20 died', 12)).toBe(false);
    expect(mentionsNumber('the commander was killed in a raid', 1)).toBe(true);
    expect(mentionsNumber('the commander was arrested', 1)).toBe(false);
  });
});
