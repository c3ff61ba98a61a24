import { describe, expect, it } from 'vitest';
import { namesIn } from './testing.js';

describe('acronyms a report uses without spelling them out', () => {
  it('proposes an acronym the database lacks where an article, a number or a preposition makes it a noun, and reads it again', () => {
    expect(namesIn('Un camion escorté par des VDP a sauté ; 4 VDP ont été tués. Le gel des avoirs à la BCEAO a suivi.', 'fr')).toEqual([
      ['VDP', 'new:actor:vdp'],
      ['VDP', 'new:actor:vdp'],
      ['BCEAO', 'new:actor:bceao'],
    ]);
    expect(namesIn('A joint operation with the VDP reopened the road.', 'en')).toEqual([['VDP', 'new:actor:vdp']]);
    expect(namesIn('Selon l’OCHA, le DG et le PDG sont arrivés, et les FDS ont repoussé l’attaque.', 'fr')).toEqual([]);
    expect(namesIn('A CNN report said the road reopened.', 'en')).toEqual([]);
  });

  it('proposes no acronym of a common noun, no heading, no label and no part of a code', () => {
    expect(namesIn('An IED struck the convoy; a suspected NSAG attack followed. Des tirs de GANE ont visé la ville.', 'fr')).toEqual([]);
    expect(namesIn('SECURITY UPDATE FOR THE REGION\nUPDATE: the road is open. Phase III of the plan began. The IS-GS moved.', 'en')).toEqual([]);
  });
});
