import { describe, expect, it } from 'vitest';
import { compareDates, compareFatalities, compareParticipants, comparePlaces, compareTypes, compareValues, mostPrecise, readingOf, triage } from './triage.js';

const doc2019 = { earliest: '2019-04-01', latest: '2019-06-30' };

describe('triage of differing readings', () => {
  it.each([
    // R1: a point inside the other's is a refinement; a span compares start with start, end with end.
    ['2017-03', '2017', 'refinement'],
    ['2017-03/..', '2017/..', 'refinement'],
    ['2013-01/..', '2013/', 'refinement'],
    ['2016-07/..', '2016-07/2021-05', 'refinement'],
    ['2012/2013', '2012/2015', 'contradiction'],
    ['2014', '2015/2016', 'contradiction'],
    ['2012/2014', '2012/2015-06', 'contradiction'],
    // N1: adjacent months, or days three apart, are a near miss.
    ['2016-06', '2016-07', 'near_miss'],
    ['2017-01-18', '2017-01-20', 'near_miss'],
    ['2016-06', '2016-09', 'contradiction'],
    ['2015', '2016', 'contradiction'],
    ['2015', '2017', 'contradiction'],
  ])('R1: %s against %s is a %s', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });

  it('R1: a start dated by its own document means "by then", refined by an earlier start', () => {
    expect(compareDates('2019-05~/..', '2015/..', [[doc2019], []])).toBe('refinement');
    expect(compareDates('2019-05~/..', '2015/..')).toBe('contradiction');
    // "By 2016" cannot be refined by a start in 2017.
    expect(compareDates('2016/..', '2017-03/..', [[{ earliest: '2016-01-01', latest: '2016-12-31' }], []])).toBe('contradiction');
  });

  it('R1: the most precise reading narrows the start and keeps the most telling end', () => {
    const merged = mostPrecise([readingOf('2013/')!, readingOf('2013-01/..')!]);
    expect(merged?.start).toEqual({ earliest: '2013-01-01', latest: '2013-01-31' });
    expect(merged?.end.earliest).toBe('9999-12-31');
    const ended = mostPrecise([readingOf('2016-07/..')!, readingOf('2016-07/2021-05')!]);
    expect(ended?.end).toEqual({ earliest: '2021-05-01', latest: '2021-05-31' });
    const byThen = mostPrecise([readingOf('2019-05~/..', [doc2019])!, readingOf('2015/..')!]);
    expect(byThen?.start).toEqual({ earliest: '2015-01-01', latest: '2015-12-31' });
  });

  it.each([
    [{ best: 79 }, { low: 60, high: 80 }, 'refinement'],
    [{ low: 20 }, { best: 25 }, 'refinement'],
    [{ high: 30 }, { best: 28 }, 'refinement'],
    [{ best: 15 }, { best: 30 }, 'contradiction'],
    [{ low: 5, high: 9 }, { best: 30 }, 'contradiction'],
  ])('R2: fatalities %j against %j is a %s', (a, b, expected) => {
    expect(compareFatalities(a, b)).toBe(expected);
  });

  it('R3: participants added without changing a role refine; the same actor in another role contradicts', () => {
    const a = [
      { actor: 'actor:jnim', role: 'perpetrator' },
      { actor: 'actor:fama', role: 'target' },
    ];
    expect(compareParticipants(a, [...a, { actor: 'actor:fulani', role: 'victim' }])).toBe('refinement');
    expect(
      compareParticipants(a, [
        { actor: 'actor:jnim', role: 'target' },
        { actor: 'actor:fama', role: 'perpetrator' },
      ]),
    ).toBe('contradiction');
    expect(compareParticipants(a, [{ actor: 'actor:isgs', role: 'perpetrator' }])).toBe('contradiction');
  });

  it.each([
    ['other_strategic', 'armed_clash', 'refinement'],
    ['formation', 'merger', 'refinement'],
    ['armed_clash', 'town_captured', 'refinement'],
    ['armed_clash', 'attack_on_civilians', 'contradiction'],
  ])('R4: type %s against %s is a %s', (a, b, expected) => {
    expect(compareTypes(a, b)).toBe(expected);
  });

  it('R5: a place inside the other refines it; places apart contradict', () => {
    const context = { placeInside: (inner: string, outer: string) => inner === 'place:kidal' && outer === 'place:kidal-region' };
    expect(comparePlaces('place:kidal', 'place:kidal-region', context)).toBe('refinement');
    expect(comparePlaces('place:gao', 'place:kidal-region', context)).toBe('contradiction');
  });

  it('the gravest difference among all readings decides', () => {
    expect(triage('valid', ['2017', '2017-03', '2017-03/..'])).toBe('refinement');
    expect(triage('valid', ['2017', '2017-03', '2019'])).toBe('contradiction');
    expect(triage('role', ['emir', 'founder'])).toBe('contradiction');
  });
});

describe('R1i: readings of a moment', () => {
  it('agree when the days each allows overlap: a split between September 2016 and May 2019, and in 2017', () => {
    expect(compareDates('2016-09/2019-05', '2017', [], true)).toBe('refinement');
    expect(compareValues('valid', '2016-09/2019-05', '2017', { instant: true })).toBe('refinement');
    // Founded by 2012, and by September 2016: both true of a founding in 2011.
    expect(compareDates('/2012', '/2016-09', [], true)).toBe('refinement');
  });

  it('still contradict when the days they allow are apart, and a span is still read as a span', () => {
    expect(compareDates('2014', '2017', [], true)).toBe('contradiction');
    // Between September 2016 and May 2019, and between 2017 and 2018: one moment can fit both, one span cannot.
    expect(compareDates('2016-09/2019-05', '2017/2018', [], true)).toBe('refinement');
    expect(compareDates('2016-09/2019-05', '2017/2018')).toBe('contradiction');
    // A lifespan is never a moment, even on a record that is one.
    expect(compareValues('existed', '2016-09/2019-05', '2017/2018', { instant: true })).toBe('contradiction');
  });
});

describe('R1p: a reading of one time against a span', () => {
  it('refines a span that contains it: commanding in June 2015, and until February 2017', () => {
    expect(compareDates('2015-06', '/2017-02?')).toBe('refinement');
    expect(compareDates('2006', '2006/2009')).toBe('refinement');
  });
  it('contradicts a span that does not: in 2010, and from 2006 to 2009', () => {
    expect(compareDates('2010', '2006/2009')).toBe('contradiction');
  });
});
