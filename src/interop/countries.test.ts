import { describe, expect, it } from 'vitest';
import { countryCode, countryOfRow } from './countries.js';

describe('country names and codes', () => {
  it('resolves names in English and French, with accents, brackets and the datasets’ own spellings', () => {
    expect(countryCode('Trinidad and Tobago')).toBe('TT');
    expect(countryCode('Mali')).toBe('ML');
    expect(countryCode('Côte d’Ivoire')).toBe('CI');
    expect(countryCode('Ivory Coast')).toBe('CI');
    expect(countryCode('DR Congo (Zaire)')).toBe('CD');
    expect(countryCode('Yemen (North Yemen)')).toBe('YE');
    expect(countryCode('Kingdom of eSwatini (Swaziland)')).toBe('SZ');
    expect(countryCode('Bosnia-Herzegovina')).toBe('BA');
    expect(countryCode('Sénégal')).toBe('SN');
    expect(countryCode('Atlantis')).toBeUndefined();
  });

  it('reads a row’s country from its name, ISO numeric or alpha-3 code, or Gleditsch–Ward number', () => {
    expect(countryOfRow({ name: 'Niger', isoNumeric: '562' })).toBe('NE');
    expect(countryOfRow({ isoNumeric: '466' })).toBe('ML');
    expect(countryOfRow({ iso3: 'bfa' })).toBe('BF');
    // GW 432 is Mali; ISO numeric 432 is not a country.
    expect(countryOfRow({ gwno: '432' })).toBe('ML');
    expect(countryOfRow({ name: 'Atlantis', isoNumeric: '0' })).toBeUndefined();
  });
});
