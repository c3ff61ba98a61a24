import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { knownActor, namesIn } from './testing.js';

const ACTORS = [
  { ...knownActor('mali', 'Mali', 'state'), country: 'ML' },
  { ...knownActor('niger', 'Niger', 'state'), country: 'NE' },
  { ...knownActor('france', 'France', 'state'), country: 'FR' },
  { ...knownActor('fama', 'Malian Armed Forces', 'state_force', [{ name: 'Malian army', kind: 'nickname' }]), country: 'ML' },
  { ...knownActor('nigerien-armed-forces', 'Nigerien Armed Forces', 'state_force'), country: 'NE' },
  knownActor('cnrdre', 'National Committee for the Recovery of Democracy', 'other_org', [{ name: 'the junta', kind: 'nickname' }]),
  knownActor('jnim', 'JNIM', 'armed_group'),
];
const names = (text: string, language: string) => namesIn(text, language, ACTORS).map(([s, id]) => `${s}=${id}`);
/** Relations as "type end end", the ends sorted, since hostility has no direction. */
const relations = (text: string, language: string) =>
  extract({ text, language, actors: ACTORS, places: [] }).relations.map((r) => [r.type, ...[r.from.id, r.to.id].sort()].join(' '));

describe('a state force named by a common noun and a demonym', () => {
  it('is no mention ("Malian soldiers", « l’armée nigérienne »), in English and French', () => {
    expect(names('JNIM ambushed Malian soldiers near the border, and French troops arrived the next day.', 'en')).toEqual(['JNIM=actor:jnim']);
    expect(names('Le JNIM a attaqué l’armée nigérienne et des soldats maliens.', 'fr')).toEqual(['JNIM=actor:jnim']);
  });

  it('still stands for the force in relations', () => {
    expect(relations('JNIM fighters attacked Malian soldiers on Monday.', 'en')).toContain('hostile_to actor:fama actor:jnim');
    expect(relations('Le JNIM combat l’armée nigérienne depuis 2019.', 'fr')).toContain('hostile_to actor:jnim actor:nigerien-armed-forces');
  });

  it('stays a mention when the dataset records the phrase as a name of the force, or the force is named in full', () => {
    expect(names('The Malian army retook the town.', 'en')).toEqual(['Malian army=actor:fama']);
    expect(names('Les Nigerien Armed Forces ont riposté.', 'fr')).toEqual(['Nigerien Armed Forces=actor:nigerien-armed-forces']);
  });
});

describe('a nickname that is a common noun ("the junta")', () => {
  it('is no mention, but a capitalised nickname or the full name is', () => {
    expect(names('After the coup, the junta suspended political parties.', 'en')).toEqual([]);
    expect(names('The National Committee for the Recovery of Democracy took power.', 'en')).toEqual([
      'National Committee for the Recovery of Democracy=actor:cnrdre',
    ]);
  });
});
