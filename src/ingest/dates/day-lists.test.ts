import { describe, expect, it } from 'vitest';
import { findDates } from './normalise-dates.js';

const found = (phrase: string) => findDates(phrase, { documentDate: '2020-06' }).map((d) => [d.surface, d.edtf]);

describe('dates: days sharing one month and year', () => {
  it.each([
    [
      'Raids on the 3rd and 9th of May 2019 killed eleven.',
      [
        ['3rd', '2019-05-03'],
        ['9th of May 2019', '2019-05-09'],
      ],
    ],
    [
      'Raids on 3 and 9 May 2019 killed eleven.',
      [
        ['3', '2019-05-03'],
        ['9 May 2019', '2019-05-09'],
      ],
    ],
    [
      'Raids on 3, 5 and 9 May 2019 killed eleven.',
      [
        ['3', '2019-05-03'],
        ['5', '2019-05-05'],
        ['9 May 2019', '2019-05-09'],
      ],
    ],
    [
      'Raids on May 3 and 9, 2019 killed eleven.',
      [
        ['May 3', '2019-05-03'],
        ['9, 2019', '2019-05-09'],
      ],
    ],
    [
      'Des raids les 3 et 9 mai 2019 ont fait onze morts.',
      [
        ['3', '2019-05-03'],
        ['9 mai 2019', '2019-05-09'],
      ],
    ],
    [
      'Des raids le 3 et le 9 mai 2019 ont fait onze morts.',
      [
        ['3', '2019-05-03'],
        ['9 mai 2019', '2019-05-09'],
      ],
    ],
    [
      'Des raids les 2, 4 et 7 mars ont fait onze morts.',
      [
        ['2', '2020-03-02'],
        ['4', '2020-03-04'],
        ['7 mars', '2020-03-07'],
      ],
    ],
  ])('%s', (phrase, expected) => expect(found(phrase)).toEqual(expected));

  it('keeps a span for "between … and …"', () => {
    expect(found('Raids between 3 and 9 May 2019 killed eleven.')).toEqual([['between 3 and 9 May 2019', '2019-05-03/2019-05-09']]);
    expect(found('Des raids entre le 3 et le 9 mai 2019.').map(([, e]) => e)).toEqual(['2019-05-03/2019-05-09']);
  });
  it('leaves counts alone', () => {
    expect(found('Clashes killed 3 and wounded 9 on 12 May 2019.')).toEqual([['12 May 2019', '2019-05-12']]);
  });
});
