import { describe, expect, it } from 'vitest';
import { governingVerbAfter } from './governing-verbs.js';

describe('governingVerbAfter', () => {
  it.each([
    ' accused the mission of bias',
    ' will not recall its ambassador',
    ' has also SAID that',
    ' n’a pas confirmé la rencontre',
    " l'a rejeté sans attendre",
    ' ne les a pas expulsés',
    ' Dénonce un complot',
    ' doit signer le texte',
    ' n’a pas l’intention de rester',
    " aurait l'intention de partir",
  ])('reads a state acting in %j', (rest) => expect(governingVerbAfter(rest)).toBe(true));

  it.each([
    ' experienced flooding',
    ' has',
    ' a accueilli le sommet',
    ' se réveille sous la pluie',
    ' saidx',
    ' said2',
    'said',
    ' l’intentionnel',
    ' intention',
  ])('leaves the town in %j', (rest) => expect(governingVerbAfter(rest)).toBe(false));
});
