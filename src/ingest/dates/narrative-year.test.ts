import { describe, expect, it } from 'vitest';
import { findDates } from './normalise-dates.js';

const edtf = (text: string, documentDate?: string) => findDates(text, documentDate ? { documentDate } : {}).map((d) => d.edtf);

// Texts written for these tests; the document is dated January 2016 where a date is given.
describe('dates without a year: a look back in the past perfect does not move the narrative year', () => {
  it.each([
    [
      'In May 2015 the army entered Léré. The district had been lost to the rebels in April 2012. In June the garrison was reinforced.',
      ['2015-05', '2012-04', '2015-06'],
    ],
    [
      'Fighting resumed in March 2015 around villages that had already changed hands in 2013, and in August the front moved south.',
      ['2015-03', '2013', '2015-08'],
    ],
    [
      'En mai 2015, l’armée est entrée à Léré. La localité avait été prise par les rebelles en avril 2012. En juin, la garnison a été renforcée.',
      ['2015-05', '2012-04', '2015-06'],
    ],
  ])('%s', (text, expected) => {
    expect(edtf(text, '2016-01')).toEqual(expected);
  });

  it('a date in the simple past still moves it', () => {
    expect(edtf('The town fell in April 2012. In June the rebels split.', '2016-01')).toEqual(['2012-04', '2012-06']);
  });
});

describe('dates without a year: a plan stated now is read forward from the publication', () => {
  it.each([
    ['After the clashes of October 2015, the mission wants to withdraw two battalions in March.', ['2015-10', '2016-03']],
    ['The government plans to hold local elections in February, after the violence of 2015.', ['2016-02', '2015']],
    ['Following the talks of November 2015, the parties will meet again in December.', ['2015-11', '2016-12']],
    ['Après les combats d’octobre 2015, la mission prévoit de retirer deux bataillons en février.', ['2015-10', '2016-02']],
  ])('%s', (text, expected) => {
    expect(edtf(text, '2016-01')).toEqual(expected);
  });

  it('a plan reported in the past, or a quoted title, keeps the narrative year', () => {
    expect(edtf('In October 2015 the mission was planning to leave in March.', '2016-01')).toEqual(['2015-10', '2015-03']);
    expect(edtf('Smith (2015) ‘What the merger will change’, Daily Report, 14 February.', '2016-01')).toEqual(['2015', '2015-02-14']);
  });
});

// Texts written for these tests: a short news report, dated September 2023, with a background paragraph.
describe('dates without a year: a news report’s new paragraph is read from the time of writing', () => {
  it.each([
    ['The coalition was formed in 2021 by two rival alliances.\n\nFighting resumed in August around the camp.', ['2021', '2023-08']],
    ['La coalition a été créée en 2021 par deux alliances rivales.\n\nLes combats ont repris en août autour du camp.', ['2021', '2023-08']],
  ])('%s', (text, expected) => {
    expect(edtf(text, '2023-09-13')).toEqual(expected);
  });

  it('carries a year given with its day into the next paragraph, as a short chronology runs', () => {
    expect(edtf('On 5 May 2019, the coalition attacked the camp.\n\nOn 7 June, it attacked the town.', '2023-09-13')).toEqual(['2019-05-05', '2019-06-07']);
  });

  it('keeps the year within a paragraph, and in a text with no date of writing', () => {
    expect(edtf('The coalition was formed in 2021. Fighting broke out in August.', '2023-09-13')).toEqual(['2021', '2021-08']);
    expect(edtf('The coalition was formed in 2021.\n\nFighting broke out in August.')).toEqual(['2021', '2021-08']);
  });
});

describe('a count after a day and a month is not a year', () => {
  it('reads "On 2 October, 29 soldiers" as 2 October of the narrative year', () => {
    expect(findDates('On 2 October, 29 soldiers were killed.', { documentDate: '2023-10-07' }).map((d) => [d.surface, d.edtf])).toEqual([
      ['2 October', '2023-10-02'],
    ]);
    expect(edtf('On 2 October, 2023 ended.', '2024-01')).toEqual(['2023-10-02']);
  });
});

// Texts written for these tests: reports dated in the spring after the dates they tell.
describe('dates without a year: a report goes on into the next year', () => {
  it.each([
    ['The camp was attacked on 2 November 2021. On 9 January, a convoy was ambushed near the town.', '2022-03-10', ['2021-11-02', '2022-01-09']],
    ['Le camp a été attaqué en décembre 2021. En février, un convoi est tombé dans une embuscade.', '2022-04-02', ['2021-12', '2022-02']],
  ])('%s', (text, date, expected) => {
    expect(edtf(text, date)).toEqual(expected);
  });

  it('stays in the year when the next one would pass the publication, or when no publication is known', () => {
    expect(edtf('The camp was attacked on 2 November 2021. On 9 January, a convoy was ambushed.', '2021-12-20')).toEqual(['2021-11-02', '2021-01-09']);
    expect(edtf('The camp was attacked in November 2021. In January, a convoy was ambushed.')).toEqual(['2021-11', '2021-01']);
  });
});

describe('dates without a year: a look back in the past perfect does not go on into the next year', () => {
  it.each([
    ['The town fell in November 2021; the militia had occupied it briefly on 3 April.', ['2021-11', '2021-04-03']],
    ['La ville est tombée en novembre 2021 ; la milice l’avait occupée brièvement le 3 avril.', ['2021-11', '2021-04-03']],
  ])('%s', (text, expected) => {
    expect(edtf(text, '2022-06-01')).toEqual(expected);
  });
});
