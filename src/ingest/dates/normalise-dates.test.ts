import { describe, expect, it } from 'vitest';
import { findDates } from './normalise-dates.js';

/** The EDTF of each date found in a phrase, in order. */
const edtf = (phrase: string, documentDate = '2016-08') => findDates(phrase, { documentDate }).map((d) => d.edtf);
const surface = (phrase: string) => findDates(phrase, { documentDate: '2016-08' }).map((d) => d.surface);

describe('dates: plain', () => {
  it.each([
    ['On 11 January 2013 the army moved.', ['2013-01-11']],
    ['signed on June 20, 2015 in Bamako', ['2015-06-20']],
    ['le 11 janvier 2013, les troupes', ['2013-01-11']],
    ['le 1er mars 2014', ['2014-03-01']],
    ['in March 2017 the coalition', ['2017-03']],
    ['en février 2012', ['2012-02']],
    ['au mois d’août 2016', ['2016-08']],
    ['the crisis of 2012', ['2012']],
    ['On July 19 armed attackers struck', ['2016-07-19']],
    ['2016-07-19', ['2016-07-19']],
    ['19/07/2016', ['2016-07-19']],
  ])('%s', (phrase, expected) => expect(edtf(phrase)).toEqual(expected));
});

describe('dates: qualifiers early / mid / late, début / mi- / fin', () => {
  it.each([
    ['in early 2016', ['2016-01/2016-04']],
    ['in late 2012', ['2012-09/2012-12']],
    ['at the end of 2014', ['2014-09/2014-12']],
    ['at the beginning of 2015', ['2015-01/2015-04']],
    ['in early March 2016', ['2016-03-01/2016-03-10']],
    ['in mid-July 2014', ['2014-07-11/2014-07-20']],
    ['late January 2013', ['2013-01-21/2013-01-31']],
    ['début 2013', ['2013-01/2013-04']],
    ['mi-2014', ['2014-05/2014-08']],
    ['fin 2012', ['2012-09/2012-12']],
    ['fin mars 2013', ['2013-03-21/2013-03-31']],
    ['à la mi-juillet 2014', ['2014-07-11/2014-07-20']],
    ['at the end of last year', ['2015-09/2015-12']],
    ['in the early 1990s', ['1990/1993']],
  ])('%s', (phrase, expected) => expect(edtf(phrase)).toEqual(expected));
});

describe('dates: halves and quarters of a year', () => {
  it.each([
    ['recruitment slowed in the first half of 2019', ['2019-01/2019-06']],
    ['the second half of 2015 saw more ambushes', ['2015-07/2015-12']],
    ['talks resumed in the third quarter of 2018', ['2018-07/2018-09']],
    ['by the last quarter of 2017', ['2017-10/2017-12']],
    ['figures for Q2 2020', ['2020-04/2020-06']],
    ['a report on H2 2021', ['2021-07/2021-12']],
    ['au premier semestre 2019', ['2019-01/2019-06']],
    ['au troisième trimestre de 2018', ['2018-07/2018-09']],
  ])('%s', (phrase, expected) => expect(edtf(phrase)).toEqual(expected));
  it('states when within the span the fact happened, not that it lasted the span', () => {
    expect(findDates('in the first half of 2019', { documentDate: '2020' }).map((d) => d.role)).toEqual(['at']);
  });
});

describe('dates: spans, since and until', () => {
  it.each([
    ['between 2012 and 2014', ['2012/2014']],
    ['between March and June 2013', ['2013-03/2013-06']],
    ['from January 2013 to July 2014', ['2013-01/2014-07']],
    ['entre 2012 et 2013', ['2012/2013']],
    ['de 2015 à 2017', ['2015/2017']],
    ['between 5 and 20 March 2013', ['2013-03-05/2013-03-20']],
    ['in 2012-13', ['2012/2013']],
    ['the 2012–2014 period', ['2012/2014']],
    ['11–15 January 2013', ['2013-01-11/2013-01-15']],
    ['du 11 au 15 janvier 2013', ['2013-01-11/2013-01-15']],
    ['January–March 2013', ['2013-01/2013-03']],
    ['since 2014', ['2014']],
    ['since early 2015', ['2015-01/2015-04']],
    ['depuis 2012', ['2012']],
    ['depuis janvier 2013', ['2013-01']],
    ['from 2014 onwards', ['2014']],
    ['until 2013', ['2013']],
    ["jusqu'en 2015", ['2015']],
  ])('%s', (phrase, expected) => expect(edtf(phrase)).toEqual(expected));
});

describe('dates: seasons, decades, approximate, relative', () => {
  it.each([
    ['in the spring of 2018', ['2018-21']],
    ['summer 2012', ['2012-22']],
    ['in autumn 2015', ['2015-23']],
    ['winter 2013', ['2013-24']],
    ["à l'été 2014", ['2014-22']],
    ['au printemps 2013', ['2013-21']],
    ['in the 1990s', ['1990/1999']],
    ['dans les années 1990', ['1990/1999']],
    ['around 2014', ['2014~']],
    ['last year', ['2015']],
    ['this year', ['2016']],
    ["l'année dernière", ['2015']],
    ['cette année', ['2016']],
    ['In March 2015 talks opened; the following June an accord was signed.', ['2015-03', '2015-06']],
    ['In August 2015 they met; the following June they split.', ['2015-08', '2016-06']],
    ['It happened in 2012. The following year it ended.', ['2012', '2013']],
    ['In 2013 the army returned. In January the talks began.', ['2013', '2013-01']],
  ])('%s', (phrase, expected) => expect(edtf(phrase)).toEqual(expected));
});

describe('dates: what is not a date', () => {
  it.each([
    ['Resolution 2100 of the council'],
    ['they may attack'],
    ['the march to the capital'],
    ['sept soldats ont été tués'],
    ['over 2000 troops were sent'],
    ['at 15 km from the town'],
  ])('%s', (phrase) => expect(edtf(phrase)).toEqual([]));
});

describe('dates: surfaces', () => {
  it('leaves out "on", "le" and "in"', () => {
    expect(surface('On 11 January 2013 and in January')).toEqual(['11 January 2013', 'January']);
    expect(surface('since early 2015')).toEqual(['since early 2015']);
  });
});

describe('dates: relative to the document', () => {
  it.each([
    ['In June, talks resumed.', ['2016-06']],
    ['In October the army left.', ['2015-10']],
    ['an interview last month', ['2016-07']],
    ['from the 1970s onwards', ['1970/1979']],
  ])('%s', (phrase, expected) => expect(edtf(phrase)).toEqual(expected));
});

describe('dates: without a year', () => {
  it.each([
    // the year of the closest full date before, however far back
    ['In March 2012 the front rose. In November it stopped.' + ' filler'.repeat(80) + ' In November it ended.', ['2012-03', '2012-11', '2012-11']],
    ['The militia was formed in 2017. On 3 May it raided a market.', ['2017', '2017-05-03']],
    ['La milice est née en 2017. Le 12 mars, elle a attaqué un marché.', ['2017', '2017-03-12']],
    // else the publication's year, or the one before for a day still to come when it was written
    ['On 3 May the convoy was ambushed.', ['2016-05-03']],
    ['On 3 September the convoy was ambushed.', ['2015-09-03']],
    ['Le 12 mars, le convoi est tombé dans une embuscade.', ['2016-03-12']],
    ['Le 20 octobre, le convoi est tombé dans une embuscade.', ['2015-10-20']],
    // not after the publication, even when the closest full date is its year, unless the sentence looks ahead
    ['From late 2015 into 2016 the roads were mined. In October the army cleared them.', ['2015-09/2015-12', '2016', '2015-10']],
    ['In 2016 the parties met. Elections are scheduled for October.', ['2016', '2016-10']],
    ['En 2016, les parties se sont réunies. Le scrutin aura lieu en octobre.', ['2016', '2016-10']],
    // a future seen from the past: the next such month, not the last one
    ["Le président, dont le mandat devait s'achever en octobre, a été renversé.", ['2016-10']],
    ['The president, whose term was to end in October, was ousted.', ['2016-10']],
    ['The president, whose term ended in October, was ousted.', ['2015-10']],
    // a year-less date does not become a written year for the next one
    ['In 2014 the talks opened. On 2 June they stalled; on 9 July they resumed.', ['2014', '2014-06-02', '2014-07-09']],
    // a phrase read from the time of writing sends the next year-less date back to the publication's year
    ['The base was built in 2012. Late last year it was attacked, and in June it was abandoned.', ['2012', '2015-09/2015-12', '2016-06']],
  ])('%s', (phrase, expected) => expect(edtf(phrase)).toEqual(expected));
});

// "By" and "until" name their date, as "since" does; the role (until) carries the bound to relations.
describe('dates: by, until', () => {
  it.each([
    ['by mid-2013', ['2013-05/2013-08']],
    ['By October 2011 the cell had a hundred members.', ['2011-10']],
    ['In 2014 the army left Kidal; by December it had lost the north.', ['2014', '2014-12']],
    ["d'ici 2020 la force sera retirée", ['2020']],
    ['the mission should end by the end of the year', ['2016-09/2016-12']],
    ['reinforced by 1900 troops', []],
  ])('%s', (phrase, expected) => expect(edtf(phrase)).toEqual(expected));
});

describe('dates: citations of other works', () => {
  it('keeps a month and year in brackets, which no author wrote', () => {
    expect(edtf('the operation (which began in January 2013) was replaced')).toEqual(['2013-01']);
  });
  it('leaves out the dates of notes on sources, which date the interview, not the events', () => {
    expect(edtf('The roads were mined in 2015 (Interview, Gao, 3 May 2017).')).toEqual(['2015']);
    expect(edtf('Les routes ont été minées en 2015 (entretien téléphonique, 12 mars 2017).')).toEqual(['2015']);
  });
  it('leaves out the years of author–year citations, which date those works, not events', () => {
    expect(edtf('The front split in June 2014 (Keita, 2016; Diallo and Sow 2017a, pp. 4–9).')).toEqual(['2014-06']);
    expect(edtf('In 2013 (see Traore et al., 2019) the talks began; in June they stalled.')).toEqual(['2013', '2013-06']);
  });
});
