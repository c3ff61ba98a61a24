import { describe, expect, it } from 'vitest';
import { findDates } from './normalise-dates.js';

const edtf = (phrase: string, documentDate?: string) => findDates(phrase, documentDate ? { documentDate } : {}).map((d) => d.edtf);

// 2019-03-14 is a Thursday.
describe('dates: relative to the time of writing (deictic), read from the publication date', () => {
  it.each([
    ['Gunmen attacked the post on Tuesday.', ['2019-03-12']],
    ['On Thursday the mayor resigned.', ['2019-03-14']],
    ['Last Thursday the mayor resigned.', ['2019-03-07']],
    ['Talks open next Monday.', ['2019-03-18']],
    ['Three soldiers died this week.', ['2019-03-11/2019-03-17']],
    ['Convoys were attacked last week.', ['2019-03-04/2019-03-10']],
    ['The council met last month.', ['2019-02']],
    ['Elections are planned for next month.', ['2019-04']],
    ['Yesterday the road was cut.', ['2019-03-13']],
    ['Two years ago the town fell.', ['2017']],
    ['The base was hit earlier this year.', ['2019']],
    ['Des hommes armés ont attaqué le poste mardi.', ['2019-03-12']],
    ['Mardi dernier, la route a été coupée.', ['2019-03-12']],
    ['La semaine dernière, trois convois ont été attaqués.', ['2019-03-04/2019-03-10']],
    ['Cette semaine, deux soldats ont été tués.', ['2019-03-11/2019-03-17']],
    ['Le mois dernier, le conseil s’est réuni.', ['2019-02']],
    ['Hier, la route a été coupée.', ['2019-03-13']],
    ['Il y a deux ans, la ville est tombée.', ['2017']],
    ["L'an dernier, la ville est tombée.", ['2018']],
  ])('%s', (phrase, expected) => expect(edtf(phrase, '2019-03-14')).toEqual(expected));

  it('needs the publication date to the precision the phrase names', () => {
    expect(edtf('The council met last month.', '2019')).toEqual([]);
    expect(edtf('Gunmen attacked the post on Tuesday.', '2019-03')).toEqual([]);
  });
  it('falls back on the closest date before when the document has no date', () => {
    expect(edtf('On 14 March 2019 the governor visited Gao. On Tuesday gunmen attacked the post.')).toEqual(['2019-03-14', '2019-03-12']);
  });
  it('reads a lower-case English weekday as no date', () => {
    expect(edtf('the friday prayers', '2019-03-14')).toEqual([]);
  });
});

describe('dates: relative to the date before (anaphoric)', () => {
  it.each([
    ['The column left on 4 June 2018. The following day it reached the river.', ['2018-06-04', '2018-06-05']],
    ['The column left on 4 June 2018 and arrived the next day.', ['2018-06-04', '2018-06-05']],
    ['The truce was signed on 4 June 2018; the day before, shells had fallen.', ['2018-06-04', '2018-06-03']],
    ['The truce was signed on 4 June 2018. A month later it was broken.', ['2018-06-04', '2018-07']],
    ['The truce was signed on 4 June 2018. Two weeks later it was broken.', ['2018-06-04', '2018-06-18']],
    ['The truce was signed on 4 June 2018. Three days later it was broken.', ['2018-06-04', '2018-06-07']],
    ['The front was founded in 2011. The next year it split.', ['2011', '2012']],
    ['The front was founded in 2011. A year later it split.', ['2011', '2012']],
    ['The front was founded in 2011. Later that year it split.', ['2011', '2011']],
    ['The front was founded in 2011; it split the same year.', ['2011', '2011']],
    ['The front was founded in 2011 and split at the end of the year.', ['2011', '2011-09/2011-12']],
    ['The front was founded in 2011. The previous year its leader had fled.', ['2011', '2010']],
    ['The truce was signed in June 2018. The following month it was broken.', ['2018-06', '2018-07']],
    ['La colonne est partie le 4 juin 2018. Le lendemain, elle a atteint le fleuve.', ['2018-06-04', '2018-06-05']],
    ['La trêve a été signée le 4 juin 2018 ; la veille, des obus étaient tombés.', ['2018-06-04', '2018-06-03']],
    ['La trêve a été signée le 4 juin 2018. Un mois plus tard, elle a été rompue.', ['2018-06-04', '2018-07']],
    ['La trêve a été signée le 4 juin 2018. Trois jours plus tard, elle a été rompue.', ['2018-06-04', '2018-06-07']],
    ['Le front est né en 2011. L’année suivante, il s’est scindé.', ['2011', '2012']],
    ['Le front est né en 2011. Cette année-là, il a recruté.', ['2011', '2011']],
    ['Le front est né en 2011 et s’est scindé à la fin de l’année.', ['2011', '2011-09/2011-12']],
    ['La trêve a été signée en juin 2018. Le mois suivant, elle a été rompue.', ['2018-06', '2018-07']],
    ['La trêve a été signée le 4 juin 2018. La semaine suivante, elle a été rompue.', ['2018-06-04', '2018-06-11/2018-06-17']],
  ])('%s', (phrase, expected) => expect(edtf(phrase, '2019-03-14')).toEqual(expected));

  it('reads the publication date when no date comes before', () => {
    expect(edtf('The following day the road reopened.', '2019-03-14')).toEqual(['2019-03-15']);
  });
  it('is not read when the phrase counts from an event rather than a date', () => {
    expect(edtf('On 4 June 2018 the truce was signed, the day after the vote.', '2019-03-14')).toEqual(['2018-06-04']);
    expect(edtf('Le 4 juin 2018, la trêve a été signée, la veille du scrutin.', '2019-03-14')).toEqual(['2018-06-04']);
    expect(edtf('On 4 June 2018 the truce was signed, two days after the vote.', '2019-03-14')).toEqual(['2018-06-04']);
  });
  it('says no day when the date before has none', () => {
    expect(edtf('The front was founded in 2011. Two days later it split.', '2019-03-14')).toEqual(['2011']);
  });
});
