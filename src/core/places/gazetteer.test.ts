import { describe, expect, it } from 'vitest';
import { bareAreaName, Gazetteer, type GazetteerEntry } from './gazetteer.js';

const entry = (
  id: string,
  name: string,
  country: string,
  admin1: [string, string],
  coordinates: [number, number],
  alternates: string[] = [],
): GazetteerEntry => ({
  id,
  name,
  alternates,
  country,
  admin1: { code: admin1[0], name: admin1[1] },
  coordinates,
});

const g = new Gazetteer(
  [
    entry('gn:ML.09:gao', 'Gao', 'ML', ['ML.09', 'Gao'], [-0.04, 16.27]),
    entry('gn:BF.06:gao', 'Gao', 'BF', ['BF.06', 'Centre-Ouest'], [-1.6, 11.6]),
    entry('gn:ML.08:timbuktu', 'Timbuktu', 'ML', ['ML.08', 'Tombouctou'], [-3.0, 16.77], ['Tombouctou']),
    entry('gn:ML.04:kona', 'Kona', 'ML', ['ML.04', 'Mopti'], [-3.9, 14.9]),
    entry('gn:ML.05:kona', 'Kona', 'ML', ['ML.05', 'Ségou'], [-5.9, 13.4]),
  ],
  [],
  new Map([['ML.08', ['Timbuktu']]]),
);

describe('Gazetteer', () => {
  it('tells homonyms apart by country', () => {
    expect(g.find('Gao').map((e) => e.id)).toEqual(['gn:ML.09:gao', 'gn:BF.06:gao']);
    expect(g.resolve('Gao', { country: 'BF' })?.id).toBe('gn:BF.06:gao');
  });

  it('tells homonyms of one country apart by admin area, named in any spelling', () => {
    expect(g.resolve('Kona', { country: 'ML' })).toBeUndefined();
    expect(g.resolve('Kona', { country: 'ML', admin1: 'Mopti Region' })?.id).toBe('gn:ML.04:kona');
    expect(g.resolve('Kona', { country: 'ML', admin1: 'Région de Ségou' })?.id).toBe('gn:ML.05:kona');
  });

  it('finds a place by an alternate spelling, and an admin area by its alternate name', () => {
    expect(g.resolve('tombouctou', { country: 'ML', admin1: 'Timbuktu' })?.id).toBe('gn:ML.08:timbuktu');
  });

  it('keeps an entry that has no admin-2 area when the row names one', () => {
    const withCercle = new Gazetteer(
      [{ id: 'gn:ML.09:gao', name: 'Gao', alternates: [], country: 'ML', admin1: { code: 'ML.09', name: 'Gao' }, coordinates: [0, 16] }],
      [{ code: 'ML.09.1', name: 'Gao Cercle' }],
    );
    expect(withCercle.resolve('Gao', { country: 'ML', admin1: 'Gao', admin2: 'Gao' })?.id).toBe('gn:ML.09:gao');
  });

  it('refuses a name whose only entry lies in another admin area than the row says', () => {
    expect(g.find('Gao', { country: 'ML', admin1: 'Mopti' })).toEqual([]);
  });

  it('leaves the candidates alone when the admin area is one it does not know', () => {
    expect(g.resolve('Gao', { country: 'ML', admin1: 'Azawad' })?.id).toBe('gn:ML.09:gao');
  });

  it('strips the kind of an admin area in English and French', () => {
    expect(['Gao Cercle', 'Cercle de Gao', 'Gao region', 'Province du Soum', 'Soum Province'].map(bareAreaName)).toEqual(['gao', 'gao', 'gao', 'soum', 'soum']);
  });
});
