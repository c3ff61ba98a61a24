// A capture alone is an event, not `controls`; holding stays `controls`. Sentences written for the tests.
import { describe, expect, it } from 'vitest';
import { tellsCapture } from './capture-triggers.js';
import { TEST_GROUPS, tableRelations, testPlace } from './testing.js';

const relationsIn = tableRelations(TEST_GROUPS, [testPlace('gao', 'Gao'), testPlace('kidal', 'Kidal')]);
const controls = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'controls');

describe('a capture', () => {
  it('gives no controls (English)', () => {
    expect(controls('On 3 May the FLN overran Gao after a short fight.')).toEqual([]);
    expect(controls('The Desert Brigade retook Kidal in the spring.')).toEqual([]);
    expect(controls('Gao fell to the FLN on 2 April.')).toEqual([]);
  });

  it('gives no controls (French)', () => {
    expect(controls('La Desert Brigade reprend Kidal au printemps.', 'fr')).toEqual([]);
    expect(controls('Le FLN a repris mardi le contrôle de Kidal.', 'fr')).toEqual([]);
    expect(controls('Gao est tombée aux mains du FLN le 2 avril.', 'fr')).toEqual([]);
  });
});

describe('a hold or a taking of possession', () => {
  it('still gives controls (English and French)', () => {
    expect(controls('In April the FLN seized Gao, which it ruled for a year.')).toContainEqual(['controls', 'actor:fln', 'place:gao']);
    expect(controls('En juin, le FLN s’empare de Gao.', 'fr')).toContainEqual(['controls', 'actor:fln', 'place:gao']);
    expect(controls('The FLN holds Gao and Kidal.')).toContainEqual(['controls', 'actor:fln', 'place:gao']);
    expect(controls('Le FLN contrôle Kidal depuis 2014.', 'fr')).toContainEqual(['controls', 'actor:fln', 'place:kidal']);
    expect(controls('Le FLN tient la ville de Gao.', 'fr')).toContainEqual(['controls', 'actor:fln', 'place:gao']);
  });
});

describe('tellsCapture', () => {
  it('tells verbs and nouns of taking from verbs of holding', () => {
    for (const w of ['overran', 'fell to', 'retook', 'recaptured', 'ont repris', 'reprennent', 'tombée aux mains']) expect(tellsCapture(w), w).toBe(true);
    for (const w of ['holds', 'controlled', 'seized', 'captured', 's’est emparé de', 'tiennent', 'contrôle', 'a longtemps tenu', 'occupied'])
      expect(tellsCapture(w), w).toBe(false);
  });
});
