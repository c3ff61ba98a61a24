import { describe, expect, it } from 'vitest';
import { acledActorType, acledFromEdtf, edtfFromAcled, eventTypeFromAcled, placePrecisionFromAcled } from './acled-vocab.js';

describe('ACLED vocabularies', () => {
  it('maps time_precision onto EDTF and back', () => {
    expect(edtfFromAcled('2017-06-18', 1)).toBe('2017-06-18');
    expect(edtfFromAcled('2017-06-18', 2)).toBe('2017-06-15/2017-06-21');
    expect(edtfFromAcled('2017-06-18', 3)).toBe('2017-06');
    for (const [day, precision] of [
      ['2017-06-18', 1],
      ['2017-06-18', 2],
    ] as const)
      expect(acledFromEdtf(edtfFromAcled(day, precision))).toEqual({ day, precision });
    expect(acledFromEdtf('2017-06')?.precision).toBe(3);
    expect(acledFromEdtf('2017-03/..')).toBeUndefined();
  });

  it('maps geo_precision onto event place precision and coordinate precision', () => {
    expect(placePrecisionFromAcled(1)).toEqual({ event: 1, coordinates: 'exact' });
    expect(placePrecisionFromAcled(3)).toEqual({ event: 3, coordinates: 'centroid' });
  });

  it('maps current and pre-2019 event types, and numeric and labelled inter codes', () => {
    expect(eventTypeFromAcled('Battles', 'Armed clash')).toBe('armed_clash');
    expect(eventTypeFromAcled('Explosions/Remote violence', 'Remote explosive/landmine/IED')).toBe('remote_explosive');
    expect(eventTypeFromAcled('Battle-No change of territory', undefined)).toBe('armed_clash');
    expect(eventTypeFromAcled('Battles', 'Dance-off')).toBeUndefined();
    expect(acledActorType('3')).toBe('political_militia');
    expect(acledActorType('External/Other forces')).toBe('external_force');
  });
});
