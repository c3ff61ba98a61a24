import { describe, expect, it } from 'vitest';
import { knownPlace, namesIn } from './testing.js';

const PLACES = [knownPlace('mali', 'Mali', 'country'), knownPlace('gao', 'Gao', 'town')];

describe('an acronym made of the first syllables of a name', () => {
  it('is read as the acronym of the name before its bracket, and found again alone (French and English)', () => {
    expect(namesIn('Le bac de la Société malienne de transport (Somatra) a coulé. La Somatra a suspendu ses rotations.', 'fr', [], PLACES)).toEqual([
      ['Société malienne de transport', 'new:actor:somatra'],
      ['Somatra', 'new:actor:somatra'],
      ['Somatra', 'new:actor:somatra'],
    ]);
    expect(namesIn('Trucks of the National Transport Company (Natraco) were burned; Natraco blamed bandits.', 'en', [], PLACES)).toEqual([
      ['National Transport Company', 'new:actor:natraco'],
      ['Natraco', 'new:actor:natraco'],
      ['Natraco', 'new:actor:natraco'],
    ]);
  });

  it('leaves a capitalised word in brackets that is not made of the name’s syllables', () => {
    expect(namesIn('Un marché régional (Gao) a brûlé ; le Comité local de soutien (Mali) a protesté.', 'fr', [], PLACES)).toEqual([
      ['Gao', 'place:gao'],
      ['Mali', 'place:mali'],
    ]);
  });
});
