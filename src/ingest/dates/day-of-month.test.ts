// A day of the month named alone ("le 12", "lundi 11", "on the 12th"): in a dispatch the latest such day on or before
// the time of writing; after a full date, that date's month. English and French.
import { describe, expect, it } from 'vitest';
import { findDates } from './normalise-dates.js';

const edtf = (text: string, documentDate = '2024-03-14') => findDates(text, { documentDate }).map((d) => d.edtf);

describe('a day of the month alone', () => {
  it.each([
    ['Des combats ont eu lieu à Léré le 12, faisant dix morts.', ['2024-03-12']],
    ['Lundi 11, des hommes armés ont attaqué le camp.', ['2024-03-11']],
    ['Fighting broke out near Léré on the 12th, killing ten.', ['2024-03-12']],
    // A day later in the month than the time of writing is the previous month's.
    ['Le 20, des combats ont fait dix morts.', ['2024-02-20']],
    // After a full date the narrative's month holds, even for a later day.
    ['Le 3 mars 2019, le camp a été attaqué. Le 12, il l’a été de nouveau.', ['2019-03-03', '2019-03-12']],
  ])('%s', (text, expected) => expect(edtf(text)).toEqual(expected));

  it('reads no date in a number that names something else', () => {
    expect(edtf('Le 12e régiment a quitté la ville.')).toEqual([]);
    expect(edtf('Le 12 heures de route séparent les deux villes.')).toEqual([]);
  });

  it('reads a bare number after English "the" as a count, not a day; "the 12th" and French "le 12" stay days', () => {
    expect(edtf('On 3 March 2019 rebels took 30 hostages. Of the 30 hostages, the 12 in Kidal were freed.')).toEqual(['2019-03-03']);
    expect(edtf('On 3 March 2019 talks opened. One of the 13 at the talks left.')).toEqual(['2019-03-03']);
    expect(edtf('On 3 March 2019 rebels took 30 hostages. The 12 held in Kidal were freed on the 12th.')).toEqual(['2019-03-03', '2019-03-12']);
    expect(edtf('Le 3 mars 2019, des rebelles ont pris 30 otages. Le 12, ceux de Kidal ont été libérés.')).toEqual(['2019-03-03', '2019-03-12']);
  });
});
