import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { knownActor, knownPlace, namesIn } from './testing.js';

const ACTORS = [
  knownActor('malian-government', 'Government of Mali', 'other_org', [{ name: 'Bamako', kind: 'nickname' }]),
  knownActor('minusma', 'MINUSMA', 'international_force'),
  knownActor('france', 'France', 'state', [{ name: 'the French', kind: 'nickname' }]),
  knownActor('tuareg', 'Tuareg', 'community', [{ name: 'Touareg', kind: 'nickname' }]),
  knownActor('fulani', 'Fulani', 'community', [{ name: 'Peul', kind: 'nickname' }]),
  knownActor('jnim', 'JNIM', 'coalition'),
];
const PLACES = [knownPlace('bamako', 'Bamako'), knownPlace('timbuktu', 'Tombouctou')];

describe('reading known names in context', () => {
  it('reads a capital standing for its government as the government, and a capital where one goes as the town', () => {
    expect(namesIn('Le groupe n’a pas rejoint les négociations ouvertes par Bamako.', 'fr', ACTORS, PLACES)).toEqual([['Bamako', 'actor:malian-government']]);
    expect(namesIn('Bamako’s strategy failed. He lives in Bamako.', 'en', ACTORS, PLACES)).toEqual([
      ['Bamako', 'actor:malian-government'],
      ['Bamako', 'place:bamako'],
    ]);
  });

  it('reads an acronym French writes with one capital ("la Minusma")', () => {
    expect(namesIn('Après le départ de la Minusma, l’armée a repris le camp.', 'fr', ACTORS, PLACES)).toEqual([['Minusma', 'actor:minusma']]);
  });

  it('reads no demonym used as a noun, and "French military" only as the state behind it in relations', () => {
    expect(namesIn('The French left in 2022, and the French military stayed in Niger.', 'en', ACTORS, PLACES)).toEqual([['Niger', 'new:place:niger']]);
    const relations = extract({ text: 'JNIM fighters attacked the French military in 2021.', language: 'en', actors: ACTORS, places: PLACES }).relations;
    expect(relations.map((r) => [r.type, ...[r.from.id, r.to.id].sort()].join(' '))).toContain('hostile_to actor:france actor:jnim');
  });

  it('reads a people’s name written in lower case after its noun, and in the plural', () => {
    expect(namesIn('Les rebelles touareg visent les habitants peuls.', 'fr', ACTORS, PLACES)).toEqual([
      ['touareg', 'actor:tuareg'],
      ['peuls', 'actor:fulani'],
    ]);
  });
});

describe('names across a compound or a wrapped line', () => {
  it('reads each name of a compound ("Tuareg-Fulani"), but no part of a longer acronym', () => {
    const actors = [...ACTORS, knownActor('is', 'Islamic State', 'armed_group', [{ name: 'IS' }])];
    expect(namesIn('A cycle of Tuareg-Fulani violence began, and the IS-GS grew.', 'en', actors, PLACES)).toEqual([
      ['Tuareg', 'actor:tuareg'],
      ['Fulani', 'actor:fulani'],
    ]);
  });

  it('reads a name broken across the lines of a hard-wrapped report', () => {
    const text = 'Context\n\nThe unexpected offensive by the armed groups went into central \n\nMali of January 2013 and stopped.';
    expect(namesIn(text, 'en', ACTORS, [knownPlace('central-mali', 'Central Mali', 'area')])).toEqual([['central \n\nMali', 'place:central-mali']]);
  });
});

describe('names a document defines', () => {
  it('reads a long name before a known acronym in brackets as that actor', () => {
    expect(namesIn('Le Groupe de soutien à l’islam et aux musulmans (JNIM) encercle Tombouctou.', 'fr', ACTORS, PLACES)).toEqual([
      ['Groupe de soutien à l’islam et aux musulmans', 'actor:jnim'],
      ['JNIM', 'actor:jnim'],
      ['Tombouctou', 'place:timbuktu'],
    ]);
  });

  it('proposes a sentence-case or translated definition with an organisational head, but no concept', () => {
    expect(namesIn('Le Mouvement pour le salut de la patrie (MSP) a signé.', 'fr')).toEqual([
      ['Mouvement pour le salut de la patrie', 'new:actor:msp'],
      ['MSP', 'new:actor:msp'],
    ]);
    expect(namesIn('The army and the Volunteers for the Defence of the Homeland (VDP) left.', 'en')).toEqual([
      ['Volunteers for the Defence of the Homeland', 'new:actor:vdp'],
      ['VDP', 'new:actor:vdp'],
    ]);
    expect(namesIn('Security sector reform (SSR) stalled.', 'en')).toEqual([]);
  });
});

describe('a known group’s province', () => {
  it('reads "<known group> <capitalised words> Province" as a new group, not the group and a place', () => {
    const actors = [knownActor('islamic-state', 'Islamic State', 'armed_group')];
    const places = [knownPlace('sahel', 'Sahel', 'area')];
    expect(namesIn('In 2022 the group was renamed Islamic State Sahel Province.', 'en', actors, places)).toEqual([
      ['Islamic State Sahel Province', 'new:actor:islamic-state-sahel-province'],
    ]);
    expect(namesIn('Islamic State fighters moved across the Sahel.', 'en', actors, places)).toEqual([
      ['Islamic State', 'actor:islamic-state'],
      ['Sahel', 'place:sahel'],
    ]);
  });
});

describe('a district noun before a list', () => {
  it('reads each name of "the cercles of A and B" as the cercle, and a lone name as the town', () => {
    const places = [
      knownPlace('koro', 'Koro'),
      { ...knownPlace('koro-cercle', 'Koro Cercle', 'cercle'), aliases: [{ name: 'Cercle de Koro' }] },
      knownPlace('douentza', 'Douentza'),
      { ...knownPlace('douentza-cercle', 'Douentza Cercle', 'cercle'), aliases: [{ name: 'Cercle de Douentza' }] },
    ];
    expect(namesIn('The militia operates in the cercles of Douentza and Koro.', 'en', [], places)).toEqual([
      ['Douentza', 'place:douentza-cercle'],
      ['Koro', 'place:koro-cercle'],
    ]);
    expect(namesIn('The militia entered Koro in May.', 'en', [], places)).toEqual([['Koro', 'place:koro']]);
  });
});
