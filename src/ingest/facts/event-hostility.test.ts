// An attack told in one sentence and claimed in another: the claimant is hostile to the force struck. Sentences written
// for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { NO_RANKER, TEST_GROUPS, testActor, testPlace, tableRelations } from './testing.js';

const relationsIn = tableRelations([...TEST_GROUPS, testActor('army', 'National Army', 'state_force')], [testPlace('gao', 'Gao')]);
const hostile = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'hostile_to');

describe('an attack claimed in a later sentence', () => {
  it('makes the claimant hostile to the force struck (English)', () => {
    expect(hostile('Gunmen stormed a post of the National Army near Gao on 2 May 2022, killing nine soldiers. The FLN claimed the attack on 3 May.')).toEqual([
      ['hostile_to', 'actor:fln', 'actor:army'],
    ]);
  });

  it('dates the tie by the incident, not by the claim', () => {
    const text = 'Gunmen stormed a post of the National Army near Gao on 2 May 2022, killing nine soldiers. The FLN claimed the attack two days later.';
    const found = extract({
      text,
      language: 'en',
      actors: [...TEST_GROUPS, testActor('army', 'National Army', 'state_force')],
      places: [testPlace('gao', 'Gao')],
      ranker: NO_RANKER,
    });
    expect(found.relations.filter((r) => r.type === 'hostile_to').map((r) => [r.from.id, r.to.id, r.valid])).toEqual([
      ['actor:fln', 'actor:army', '2022-05-02'],
    ]);
  });

  it('makes the claimant hostile to the force struck (French)', () => {
    expect(
      hostile('Des hommes armés ont attaqué un poste de la National Army près de Gao le 2 mai 2022. Le FLN a revendiqué l’attaque le 3 mai.', 'fr'),
    ).toEqual([['hostile_to', 'actor:fln', 'actor:army']]);
  });

  it('reads the claimant, not the group named as its owner in apposition', () => {
    expect(
      hostile(
        'Gunmen stormed a post of the National Army near Gao on 2 May 2022. The FLN, the Sahel Union’s branch in the south, claimed the attack on 3 May.',
      ),
    ).toEqual([['hostile_to', 'actor:fln', 'actor:army']]);
  });

  it('makes the claimant hostile to a force the incident names among its dead, not as a target (English and French)', () => {
    expect(
      hostile('Eleven soldiers of the National Army were killed when a convoy was ambushed near Gao on 2 May 2022. The FLN claimed the ambush on 3 May.'),
    ).toEqual([['hostile_to', 'actor:fln', 'actor:army']]);
    expect(
      hostile('Onze soldats de la National Army ont été tués lundi 2 mai 2022 dans une embuscade près de Gao. Le FLN a revendiqué l’embuscade mardi.', 'fr'),
    ).toEqual([['hostile_to', 'actor:fln', 'actor:army']]);
  });

  it('gives no tie for a group only accused of the attack', () => {
    expect(hostile('Gunmen stormed a post of the National Army near Gao on 2 May 2022. Officials accused the FLN of the attack on 3 May.')).toEqual([]);
  });
});
