// Hostility read from a count of a force's soldiers killed, and from a claimed attack a relative clause stands for.
// Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/model/actor.js';
import { NO_RANKER, testActor as actor, testPlace, TEST_GROUPS } from './testing.js';
import { extract } from '../extract.js';

const inCountry = (a: Actor, country: string): Actor => ({ ...a, country });
const ACTORS: Actor[] = [
  ...TEST_GROUPS,
  inCountry(actor('niger', 'Niger', 'state'), 'NE'),
  inCountry(actor('mali', 'Mali', 'state'), 'ML'),
  inCountry(actor('niger-army', 'Nigerien Armed Forces', 'state_force'), 'NE'),
  inCountry(actor('mali-army', 'Malian Armed Forces', 'state_force', ['MAF']), 'ML'),
];
const hostile = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: [testPlace('gao', 'Gao')], ranker: NO_RANKER })
    .relations.filter((r) => r.type === 'hostile_to')
    .map((r) => [r.from.id, r.to.id].sort().join(' '));

describe('a count of a force’s soldiers killed', () => {
  it('makes the killer hostile to the force (English and French)', () => {
    expect(hostile('The FLN killed twelve Nigerien soldiers near Gao on Monday.')).toContain('actor:fln actor:niger-army');
    expect(hostile('Le FLN a tué au moins douze soldats nigériens près de Gao.', 'fr')).toContain('actor:fln actor:niger-army');
  });

  it('reads no force from soldiers named without whose they are', () => {
    expect(hostile('The FLN killed six soldiers near Gao on Monday.')).toEqual([]);
  });
});

describe('a claimed attack standing for the agent of a relative clause', () => {
  it('makes the claimant hostile to the force the attack hit (English and French)', () => {
    expect(hostile('The Desert Brigade claimed the ambush that killed 14 Malian soldiers near Gao.')).toContain('actor:brigade actor:mali-army');
    expect(hostile('La Desert Brigade a revendiqué l’embuscade qui a tué 14 soldats maliens près de Gao.', 'fr')).toContain('actor:brigade actor:mali-army');
  });

  it('gives no hostility when the relative stands for something other than an attack', () => {
    expect(hostile('The Desert Brigade claimed the village that sheltered 14 Malian soldiers near Gao.')).toEqual([]);
  });
});
