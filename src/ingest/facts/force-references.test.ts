// A state's army named by a common noun, read as a reference to that state's national force in relations only.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/model/actor.js';
import type { Place } from '../../core/model/place.js';
import { extract } from '../extract.js';
import { NO_RANKER, testActor as actor, TEST_GROUPS } from './testing.js';

const inCountry = (a: Actor, country: string): Actor => ({ ...a, country });
const ACTORS: Actor[] = [
  ...TEST_GROUPS,
  inCountry(actor('mali', 'Mali', 'state'), 'ML'),
  inCountry(actor('niger', 'Niger', 'state'), 'NE'),
  inCountry(actor('burkina-faso', 'Burkina Faso', 'state'), 'BF'),
  inCountry(actor('chad', 'Chad', 'state'), 'TD'),
  inCountry(actor('france', 'France', 'state'), 'FR'),
  inCountry(actor('mali-army', 'Malian Armed Forces', 'state_force', ['MAF']), 'ML'),
  inCountry(actor('niger-army', 'Nigerien Armed Forces', 'state_force'), 'NE'),
  inCountry(actor('burkina-army', 'Burkinabe Armed Forces', 'state_force'), 'BF'),
  // A foreign operation and a service whose long name mentions the army: neither is a national army.
  inCountry(actor('sand-shield', 'Operation Sand Shield', 'state_force', ['Sand Shield']), 'FR'),
  inCountry(actor('planning', 'Planning centre of the French army', 'state_force'), 'FR'),
  actor('hired', 'Hired Guns Company', 'armed_group', ['HGC']),
];
const town = (slug: string, name: string, country: string): Place => ({ id: `place:${slug}`, kind: 'town', name, country });
const PLACES: Place[] = [
  town('gao', 'Gao', 'ML'),
  town('koro', 'Koro', 'ML'),
  town('tera', 'Téra', 'NE'),
  town('dori', 'Dori', 'BF'),
  { id: 'place:sahel', kind: 'area', name: 'Sahel', country: 'ML' },
  { id: 'place:niger-country', kind: 'country', name: 'Niger', country: 'NE' },
];

// Symmetric ties are written with their ends in order, as the extractor stores them.
const SYMMETRIC = new Set(['hostile_to', 'allied_with']);
const relations = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, ranker: NO_RANKER }).relations.map((r) =>
    SYMMETRIC.has(r.type) ? `${r.type} ${[r.from.id, r.to.id].sort().join(' ')}` : `${r.from.id} ${r.type} ${r.to.id}`,
  );
const hostile = (a: string, b: string) => `hostile_to ${[`actor:${a}`, `actor:${b}`].sort().join(' ')}`;
const mentions = (text: string, language = 'en') => extract({ text, language, actors: ACTORS, places: PLACES }).mentions.map((m) => m.id);

describe('the army named by a common noun, by the country its adjective names', () => {
  it('reads a demonym after or before the noun, in French and English', () => {
    expect(relations('Le FLN a attaqué l’armée burkinabè près de Dori.', 'fr')).toContain(hostile('fln', 'burkina-army'));
    expect(relations('Des combattants du FLN ont tendu une embuscade aux soldats nigériens.', 'fr')).toContain(hostile('fln', 'niger-army'));
    expect(relations('Le FLN a attaqué l’état-major des armées burkinabè.', 'fr')).toContain(hostile('fln', 'burkina-army'));
  });

  it('reads nothing from a demonym of a state whose army the dataset lacks, nor from a foreign qualifier', () => {
    expect(relations('The FLN attacked Chadian troops near Gao.').filter((r) => r.includes('army'))).toEqual([]);
    expect(relations('The FLN attacked foreign troops near Gao.').filter((r) => r.includes('army'))).toEqual([]);
    expect(relations('Le FLN a attaqué des militaires étrangers près de Gao.', 'fr').filter((r) => r.includes('army'))).toEqual([]);
    expect(relations('L’armée supplétive du FLN a attaqué Gao.', 'fr').filter((r) => r.includes('army'))).toEqual([]);
  });
});

describe('the army named by a bare noun, by the sentence’s place or the document’s country', () => {
  it('reads "the army camp at P", "an army post in P" as the army of P’s country', () => {
    expect(relations('The FLN attacked the army camp at Gao.')).toContain(hostile('fln', 'mali-army'));
    expect(relations('The FLN overran an army post in Téra, killing twelve soldiers.')).toContain(hostile('fln', 'niger-army'));
    expect(relations('Le FLN a attaqué le camp militaire de Dori.', 'fr')).toContain(hostile('fln', 'burkina-army'));
  });

  it('reads "the army", "les soldats" with the country the document names most', () => {
    const text = 'Fighting spread around Gao and Koro in March. The Desert Brigade clashed with the army on Tuesday.';
    expect(relations(text)).toContain(hostile('brigade', 'mali-army'));
    const french = 'Les combats se sont étendus autour de Gao et de Koro. Le FLN a affronté les soldats mardi.';
    expect(relations(french, 'fr')).toContain(hostile('fln', 'mali-army'));
  });

  it('reads support and alliance given to the army', () => {
    expect(relations('Near Gao, the army, supported by Sand Shield, repelled the FLN.')).toContain('actor:mali-army supported_by actor:sand-shield');
  });

  it('never gives the document’s country to the army of a sentence that names another country, known or not', () => {
    const text = 'Niger faces the FLN near Téra. Niger is hit again.';
    expect(relations(`${text} In Nigeria, the army clashed with the FLN.`).filter((r) => r.includes('army'))).toEqual([]);
    expect(relations(`${text} Au Tchad, l’armée a combattu le FLN.`, 'fr').filter((r) => r.includes('army'))).toEqual([]);
    expect(relations(`${text} Near the town, the army clashed with the FLN.`)).toContain(hostile('fln', 'niger-army'));
  });

  it('never reads a country across a border, nor an area spanning several states, as the army’s', () => {
    const text = 'Fighting spread around Dori in March. The FLN overran an army post near the border with Niger.';
    expect(relations(text)).toContain(hostile('fln', 'burkina-army'));
    expect(relations('The FLN attacked an army post in the Sahel.').filter((r) => r.includes('army'))).toEqual([]);
  });
});

describe('forces that are not the national army', () => {
  it('leaves alone a possessive, an owner named after, and troops a named group or foreign state owns', () => {
    expect(relations('Near Gao, the FLN said its soldiers clashed with the Desert Brigade.').filter((r) => r.includes('army'))).toEqual([]);
    expect(relations('The FLN attacked the troops of the Desert Brigade near Gao.').filter((r) => r.includes('army'))).toEqual([]);
    expect(relations('The FLN attacked HGC troops near Gao.').filter((r) => r.includes('army'))).toEqual([]);
    expect(relations('The FLN attacked soldiers of Operation Sand Shield near Gao.').filter((r) => r.includes('army'))).toEqual([]);
    expect(relations('Near Gao, Sand Shield conducted patrols with soldiers that the FLN attacked.').filter((r) => r.includes('mali-army'))).toEqual([]);
  });

  it('never takes a service whose long name mentions the army for the national army', () => {
    expect(relations('The FLN attacked French army positions near Gao.').filter((r) => r.includes('planning'))).toEqual([]);
  });

  it('reads "the military" as a noun only, never "the military wing" or "military operations"', () => {
    expect(relations('Near Gao, the military clashed with the FLN.')).toContain(hostile('fln', 'mali-army'));
    expect(relations('Near Gao, the military wing of the FLN clashed with the Desert Brigade.').filter((r) => r.includes('army'))).toEqual([]);
  });
});

describe('references, not mentions', () => {
  it('adds no mention and places the army nowhere', () => {
    expect(mentions('The FLN attacked the army camp at Gao.')).toEqual(['actor:fln', 'place:gao']);
    expect(relations('The army moved into Gao.').filter((r) => r.includes('operates_in'))).toEqual([]);
  });
});
