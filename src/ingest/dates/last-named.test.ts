// Dates named from the time of writing ("le 14 février dernier", "last February", "over the weekend") and what looking
// back counts from after a statement's day ("claimed on Monday … the day before"). English and French.
import { describe, expect, it } from 'vitest';
import { findDates } from './normalise-dates.js';

const edtf = (text: string, documentDate: string) => findDates(text, { documentDate }).map((d) => d.edtf);

describe('a day or month named from the time of writing', () => {
  it.each([
    // The narrative has reached 2019; "dernier" and "last" still count from the publication (24 March 2020).
    ['En mars 2019, le village a été attaqué. Le 14 février dernier, il l’a été de nouveau.', ['2019-03', '2020-02-14']],
    ['In March 2019 the village was attacked. Last February it was attacked again.', ['2019-03', '2020-02']],
    ['En mars 2019, X. En février dernier, Y.', ['2019-03', '2020-02']],
    ['Le 30 mars dernier, Y.', ['2019-03-30']],
    ['In March 2019, X. Last March, Y.', ['2019-03', '2019-03']],
    ['On 14 February last year the village was attacked.', ['2019-02-14']],
    ['En février de l’année dernière, le village a été attaqué.', ['2019-02']],
  ])('%s', (text, expected) => expect(edtf(text, '2020-03-24')).toEqual(expected));
});

describe('the weekend', () => {
  it.each([
    ['Gunmen killed 79 civilians in the commune over the weekend, the government said.', ['2022-06-11/2022-06-12']],
    ['Des hommes armés ont tué 79 civils le week-end dernier.', ['2022-06-11/2022-06-12']],
    ['Au cours du week-end, des combats ont eu lieu.', ['2022-06-11/2022-06-12']],
  ])('%s', (text, expected) => expect(edtf(text, '2022-06-14')).toEqual(expected));

  it('reads nothing for a weekend still to come', () => {
    expect(edtf('The vote will take place this weekend.', '2022-06-14')).toEqual([]);
  });
});

describe('looking back after the day of a statement', () => {
  it('reads "the day before" from the incident, not from the day it was claimed', () => {
    expect(edtf('Gunmen attacked the camp on Sunday. JNIM claimed the attack on Monday. The day before, soldiers had arrested two men.', '2019-01-21')).toEqual(
      ['2019-01-20', '2019-01-21', '2019-01-19'],
    );
    expect(
      edtf(
        'Des hommes armés ont attaqué dimanche le camp. L’attaque a été revendiquée lundi par le JNIM. La veille, des soldats avaient arrêté deux suspects.',
        '2019-01-21',
      ),
    ).toEqual(['2019-01-20', '2019-01-21', '2019-01-19']);
  });

  it('goes on from the statement when the text moves forward', () => {
    expect(edtf('Gunmen stormed the camp on Tuesday. JNIM claimed the attack on Wednesday. The next day, aircraft struck a column.', '2021-06-10')).toEqual([
      '2021-06-08',
      '2021-06-09',
      '2021-06-10',
    ]);
  });
});

describe('later the same day, a month of the narrative year, a weekday of last week, a plan', () => {
  it.each([
    ['On 7 September 2023 rockets hit the boat. A few hours later, the camp was stormed.', '2023-09-09', ['2023-09-07', '2023-09-07']],
    [
      'Le 7 septembre 2023, des roquettes ont touché le navire. Quelques heures plus tard, le camp a été pris d’assaut.',
      '2023-09-09',
      ['2023-09-07', '2023-09-07'],
    ],
    ['On 3 May 2019 the army entered Gao. That evening, it left.', '2020-03-24', ['2019-05-03', '2019-05-03']],
    ['Le 3 mai 2019, l’armée est entrée à Gao. Le soir même, elle en est repartie.', '2020-03-24', ['2019-05-03', '2019-05-03']],
    ['The MNLA led the 2012 rebellion before MUJAO drove it out of Gao that June.', '2024-03-15', ['2012', '2012-06']],
    ['En 2012, le MUJAO a chassé le MNLA de Gao ce mois de juin-là.', '2024-03-15', ['2012', '2012-06']],
    ['On Monday of last week, gunmen stopped villagers.', '2021-03-23', ['2021-03-15']],
    ['Lundi de la semaine dernière, des hommes armés ont arrêté des villageois.', '2021-03-23', ['2021-03-15']],
    ['Bazoum, who won the run-off last month, is to be sworn in on 2 April.', '2021-03-23', ['2021-02', '2021-04-02']],
  ])('%s', (text, date, expected) => expect(edtf(text, date)).toEqual(expected));
});
