import { describe, expect, it } from 'vitest';
import { findDates } from './normalise-dates.js';
import { isPublicationStatement } from './publication-date.js';

const edtf = (text: string, documentDate?: string) => findDates(text, documentDate ? { documentDate } : {}).map((d) => d.edtf);

describe('dates: the date a text states for itself', () => {
  it.each([
    ['Published 12 March 2019\n\nGunmen attacked the post on Sunday. Last month the road was cut.', ['2019-03-12', '2019-03-10', '2019-02']],
    ['Updated: 12 March 2019\n\nLast week convoys were attacked.', ['2019-03-12', '2019-03-04/2019-03-10']],
    ['Mis à jour le 12 mars 2019\n\nLe mois dernier, la route a été coupée.', ['2019-03-12', '2019-02']],
    ['Publié le 12 mars 2019\n\nDimanche, des hommes armés ont attaqué le poste.', ['2019-03-12', '2019-03-10']],
    ['BAMAKO, 12 March 2019 – On Sunday gunmen attacked the post.', ['2019-03-12', '2019-03-10']],
    ['GAO (AFP), 12 March 2019 – Yesterday the road was cut.', ['2019-03-12', '2019-03-11']],
    ['Bamako, le 12 mars 2019 – Hier, la route a été coupée.', ['2019-03-12', '2019-03-11']],
  ])('%s', (text, expected) => expect(edtf(text)).toEqual(expected));

  it('refines the document date it agrees with, and yields to one it contradicts', () => {
    expect(edtf('Published 12 March 2019\n\nYesterday the road was cut.', '2019')).toEqual(['2019-03-12', '2019-03-11']);
    expect(edtf('Published 12 March 2019\n\nYesterday the road was cut.', '2020-01-05')).toEqual(['2019-03-12', '2020-01-04']);
  });
  it('dates a document written without a year', () => {
    expect(edtf('Updated: Mar 12\n\nOn 3 May the convoy was ambushed.', '2019-03-12')).toEqual(['2019-03-12', '2018-05-03']);
  });
  it('is no statement inside a sentence', () => {
    const text = 'A report published on 12 March 2019 counted the dead.';
    expect(isPublicationStatement(text, text.indexOf('12'))).toBe(false);
    const opening = 'In Gao, 12 March 2019 was quiet.';
    expect(isPublicationStatement(opening, opening.indexOf('12'))).toBe(false);
  });
});
