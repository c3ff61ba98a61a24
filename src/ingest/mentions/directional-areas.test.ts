import { describe, expect, it } from 'vitest';
import { knownActor, knownPlace, namesIn } from './testing.js';

const ACTORS = [knownActor('jnim', 'JNIM', 'coalition')];
const PLACES = [
  knownPlace('mali', 'Mali', 'country'),
  knownPlace('burkina-faso', 'Burkina Faso', 'country', 'BF'),
  { ...knownPlace('northern-mali', 'Northern Mali', 'area'), aliases: [{ name: 'the north', lang: 'en', kind: 'short_name' as const }] },
  knownPlace('central-mali', 'Central Mali', 'area'),
  knownPlace('northern-burkina-faso', 'Northern Burkina Faso', 'area', 'BF'),
  knownPlace('eastern-burkina-faso', 'Eastern Burkina Faso', 'area', 'BF'),
];
const names = (text: string, language = 'en') => namesIn(text, language, ACTORS, PLACES).map(([, id]) => id);

describe('parts of a country named by a direction', () => {
  it('reads each direction of a coordination as that part of the country', () => {
    expect(names('JNIM operates in northern and central Mali.')).toEqual(['actor:jnim', 'place:northern-mali', 'place:central-mali']);
    expect(names('Le JNIM est présent dans le nord et l’est du Burkina Faso.', 'fr')).toEqual([
      'actor:jnim',
      'place:northern-burkina-faso',
      'place:eastern-burkina-faso',
    ]);
  });

  it('reads "the north of" another country as that country’s north, not as the alias of Mali’s', () => {
    expect(names('JNIM is active in the north of Burkina Faso.')).toEqual(['actor:jnim', 'place:northern-burkina-faso']);
  });

  it('reads "the country" as the country the document names most', () => {
    expect(names('Mali lost Kidal. In Mali, JNIM is active in the centre of the country.')).toContain('place:central-mali');
    expect(names('Le Burkina Faso vote. Au Burkina Faso, le JNIM tient l’est du pays.', 'fr')).toContain('place:eastern-burkina-faso');
  });

  it('reads no direction in a verb or without a country', () => {
    expect(names('L’objectif est de prendre le contrôle.', 'fr')).toEqual([]);
    expect(names('JNIM moved east of the river.')).toEqual(['actor:jnim']);
  });
});
