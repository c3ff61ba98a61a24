import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { areaForms } from './area-forms.js';
import { namesIn } from './testing.js';

const PLACES: Place[] = [
  { id: 'place:tri-border', kind: 'area', name: 'Kessa-Doumba', aliases: [{ name: 'three borders area', kind: 'spelling' }], country: 'ML' },
  { id: 'place:doumba', kind: 'area', name: 'Doumba', country: 'ML' },
];
const known = (f: string) => PLACES.some((p) => p.name === f);

describe('forms of an area', () => {
  it('renders a lower-case English alias in French, head noun first', () => {
    expect(areaForms('area', ['three borders area'], known)).toEqual(['zone des trois frontières']);
    expect(areaForms('area', ['tri-border area', 'tri-border region'], known)).toEqual(['zone des trois frontières', 'région des trois frontières']);
  });

  it('gives no French to a name, a word the table lacks, or a town', () => {
    expect(areaForms('area', ['Mali–Niger border area', 'remote desert area'], known)).toEqual([]);
    expect(areaForms('town', ['three borders area'], known)).toEqual([]);
  });

  it('gives the first part of a compound name, unless it names a place of its own', () => {
    expect(areaForms('area', ['Kessa-Doumba'], known)).toEqual(['Kessa']);
    expect(areaForms('area', ['Doumba-Kessa'], known)).toEqual([]);
  });

  it('reads the French form and the part in a report', () => {
    const found = namesIn('L’EIGS est implanté dans la zone des trois frontières et frappe aussi le Kessa.', 'fr', [], PLACES);
    expect(found).toContainEqual(['zone des trois frontières', 'place:tri-border']);
    expect(found).toContainEqual(['Kessa', 'place:tri-border']);
  });
});
