// Date phrases read for issue 20 (events and dates): days and weekdays told as one span, counted weeks, decades in
// French, weekdays still to come, and dates that things are counted from, which anchor nothing.
import { describe, expect, it } from 'vitest';
import { findDates } from './normalise-dates.js';

const found = (text: string, documentDate?: string) => findDates(text, documentDate ? { documentDate } : {}).map((d) => [d.surface, d.edtf]);

// 2022-06-20 is a Monday; 2023-07-28 a Friday.
describe('dates: spans of days', () => {
  it.each([
    ['Les 9 et 10 janvier 2020, un camp a été attaqué.', [['9 et 10 janvier 2020', '2020-01-09/2020-01-10']]],
    ['On the 9th and 10th of January 2020 a camp was attacked.', [['9th and 10th of January 2020', '2020-01-09/2020-01-10']]],
    ['On 3 and 4 May 2019 fighting raged.', [['3 and 4 May 2019', '2019-05-03/2019-05-04']]],
  ])('%s', (text, expected) => expect(found(text, '2020-06')).toEqual(expected));

  it('keeps days that are not in a row apart', () => {
    expect(found('Les 3 et 9 octobre 2023, des affrontements ont eu lieu.', '2023-11-16')).toEqual([
      ['3', '2023-10-03'],
      ['9 octobre 2023', '2023-10-09'],
    ]);
  });

  it.each([
    ['KIDAL, 20 juin 2022 — Samedi soir et dimanche, des combats ont opposé les deux camps.', 'Samedi soir et dimanche', '2022-06-18/2022-06-19'],
    ['Dans la nuit de samedi à dimanche, des hommes armés ont attaqué le village.', 'la nuit de samedi à dimanche', '2022-06-18/2022-06-19'],
    ['Gunmen struck on Saturday and Sunday.', 'Saturday and Sunday', '2022-06-18/2022-06-19'],
  ])('%s', (text, surface, edtf) => expect(found(text, '2022-06-20')).toContainEqual([surface, edtf]));
});

describe('dates: counted weeks, weekdays to come, French decades', () => {
  it('lands a counted week on a day', () => {
    expect(found('Konna fell on 10 January 2013. A week later the army retook it.')).toEqual([
      ['10 January 2013', '2013-01-10'],
      ['A week later', '2013-01-17'],
    ]);
    expect(found('Konna est tombée le 10 janvier 2013. Deux semaines plus tard, l’armée l’a reprise.')).toContainEqual([
      'Deux semaines plus tard',
      '2013-01-24',
    ]);
  });

  it('reads a weekday in a sentence about the future forward', () => {
    expect(found('NIAMEY, 28 July 2023 — Leaders will meet in Abuja on Sunday.', '2023-07-28')).toContainEqual(['Sunday', '2023-07-30']);
    expect(found('NIAMEY, 28 July 2023 — Leaders met in Abuja on Sunday.', '2023-07-28')).toContainEqual(['Sunday', '2023-07-23']);
  });

  it('reads the start, middle and end of a decade in French', () => {
    expect(found('Au début des années 2010, le prédicateur prêchait déjà.')).toEqual([['Au début des années 2010', '2010/2013']]);
    expect(found('À la fin des années 1990, la rébellion avait cessé.')).toEqual([['À la fin des années 1990', '1997/1999']]);
  });
});

describe('dates: a date things are counted from is no anchor', () => {
  it('reads a year-less month from the publication, not from "since"', () => {
    expect(found('MOPTI, 10 June 2021 — The raid was the deadliest since 2019. In March, the army set up a base.', '2021-06-10')).toContainEqual([
      'March',
      '2021-03',
    ]);
  });

  it('reads "la veille" from the day told before "depuis"', () => {
    const text = 'KIDAL, 16 novembre 2023 — L’armée a repris mardi Kidal, bastion des rebelles depuis 2012. Les rebelles avaient quitté la ville la veille.';
    expect(found(text, '2023-11-16')).toContainEqual(['la veille', '2023-11-13']);
  });
});
