import { describe, expect, it } from 'vitest';
import { findDates } from './normalise-dates.js';

const edtf = (phrase: string) => findDates(phrase, { documentDate: '2019-03' }).map((d) => d.edtf);

describe('dates: centuries', () => {
  it.each([
    ['trade routes of the 19th century', ['18XX']],
    ['in the nineteenth century', ['18XX']],
    ['in the late 19th century', ['1867/1899']],
    ['the early 20th century', ['1900/1932']],
    ['the 1800s', ['18XX']],
    ['au XIXe siècle', ['18XX']],
    ['au 19e siècle', ['18XX']],
    ['à la fin du XIXe siècle', ['1867/1899']],
    ['au début du XXe siècle', ['1900/1932']],
    ['le dix-neuvième siècle', ['18XX']],
  ])('%s', (phrase, expected) => expect(edtf(phrase)).toEqual(expected));
});

describe('dates: decades', () => {
  it.each([
    ['in the 1990s', ['1990/1999']],
    ['since the 1990s', ['1990/1999']],
    ['in the ‘90s', ['1990/1999']],
    ["since the '80s", ['1980/1989']],
    ['in the 2010s', ['2010/2019']],
    ['the ’10s', ['2010/2019']],
    ['in the mid-1990s', ['1994/1996']],
    ['dans les années 1990', ['1990/1999']],
    ['dans les années 80', ['1980/1989']],
    ['depuis les années 1990', ['1990/1999']],
  ])('%s', (phrase, expected) => expect(edtf(phrase)).toEqual(expected));
  it('lets no decade lend its year to a date written without one', () => {
    expect(findDates('In the 1990s the rebels rose; in March they signed.', { documentDate: '2019-06' }).map((d) => d.edtf)).toEqual(['1990/1999', '2019-03']);
  });
});

describe('dates: parts of a year and seasons', () => {
  it.each([
    ['early 2013', ['2013-01/2013-04']],
    ['mid-2015', ['2015-05/2015-08']],
    ['fin 2012', ['2012-09/2012-12']],
    ['début 2013', ['2013-01/2013-04']],
    ['the summer of 2012', ['2012-22']],
    ["à l'automne 2016", ['2016-23']],
    ['In 2012 the towns fell. In the summer the rebels split.', ['2012', '2012-22']],
    ['En 2012, les villes sont tombées. Au printemps, les rebelles se sont divisés.', ['2012', '2012-21']],
  ])('%s', (phrase, expected) => expect(edtf(phrase)).toEqual(expected));
});
