import { describe, expect, it } from 'vitest';
import { nearestDate } from './nearest-date.js';
import { findDates } from './normalise-dates.js';

const dateNear = (sentence: string, trigger: string) => {
  const start = sentence.indexOf(trigger);
  return nearestDate(findDates(sentence, { documentDate: '2020' }), { start, end: start + trigger.length })?.edtf;
};

describe('dates: the date nearest a trigger', () => {
  it.each([
    ['On 3 May 2019 the militia raided Ogossagou, a month after the ambush of 2 April 2019 near Bankass.', 'raided', '2019-05-03'],
    ['On 3 May 2019 the militia raided Ogossagou, a month after the ambush of 2 April 2019 near Bankass.', 'ambush', '2019-04-02'],
    ['Signed in June 2015, the accord was broken when the rebels attacked Anefis in August 2015.', 'attacked', '2015-08'],
    ['Le 3 mai 2019, la milice a attaqué Ogossagou, un mois après l’embuscade du 2 avril 2019.', 'embuscade', '2019-04-02'],
  ])('%s (%s)', (sentence, trigger, expected) => expect(dateNear(sentence, trigger)).toBe(expected));

  it('prefers the date before the trigger on a tie, and has none without dates', () => {
    expect(
      nearestDate(
        [
          { start: 0, end: 4, surface: '', edtf: '2019', role: 'at' },
          { start: 10, end: 14, surface: '', edtf: '2020', role: 'at' },
        ],
        { start: 6, end: 8 },
      )?.edtf,
    ).toBe('2019');
    expect(nearestDate([], { start: 0, end: 1 })).toBeUndefined();
  });
});

describe('dates: the date nearest a trigger in its own clause', () => {
  const inClause = (sentence: string, trigger: string) => {
    const start = sentence.indexOf(trigger);
    return nearestDate(findDates(sentence, { documentDate: '2020' }), { start, end: start + trigger.length }, { start: 0, text: sentence })?.edtf;
  };
  it.each([
    ['Fighters returned after the fall of the regime in October 2011, as well as the overthrow of the government in March 2012.', 'overthrow', '2012-03'],
    ['Les combattants sont rentrés après la chute du régime en octobre 2011, puis le renversement du gouvernement en mars 2012.', 'renversement', '2012-03'],
  ])('%s (%s)', (sentence, trigger, expected) => expect(inClause(sentence, trigger)).toBe(expected));
});
