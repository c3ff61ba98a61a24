// A court's verdict or sentence told by its verb is an adjudication (issue 20, session 22); French « condamner » is a
// verdict only with a penalty or a court, since it also means to condemn an attack. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']), actor('amadou', 'Amadou Traore', 'person')];
const PLACES = [place('gao', 'Gao'), place('bamako', 'Bamako')];
const types = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2021-06-30' }).events.map((e) => e.type);

describe('verdicts and sentences', () => {
  it.each([
    ['On 4 May 2021 a court in Bamako found Amadou Traore guilty of the attack on the Gao market.', 'en'],
    ['On 4 May 2021 the judges sentenced an FLN commander to twelve years in prison.', 'en'],
    ['The sentence was pronounced on 4 May 2021: twelve years of prison.', 'en'],
    ['Amadou Traore was acquitted on 4 May 2021.', 'en'],
    ['Le 4 mai 2021, la cour d’assises de Bamako a condamné à mort un cadre du FLN.', 'fr'],
    ['Le 4 mai 2021, Amadou Traore a été condamné à douze ans de prison.', 'fr'],
    ['Le 4 mai 2021, Amadou Traore a été reconnu coupable de l’attaque.', 'fr'],
  ])('%s', (text, language) => {
    expect(types(text, language)).toContain('adjudication');
  });

  it('reads no verdict in a condemnation, an undated conviction, or a sentence of words', () => {
    expect(types('Le 4 mai 2021, le gouvernement a condamné l’attaque du FLN contre Gao.', 'fr')).not.toContain('adjudication');
    expect(types('Le 4 mai 2021, l’Union africaine a condamné fermement le coup d’État.', 'fr')).not.toContain('adjudication');
    expect(types('Amadou Traore, who was convicted of smuggling, leads the FLN.')).not.toContain('adjudication');
    expect(types('On 4 May 2021 the FLN spokesman said a sentence in Arabic.')).toEqual([]);
  });

  it('dates a verdict by its own day, not by the crimes it tried', () => {
    const text = 'On 4 May 2021, a court in Bamako found Amadou Traore guilty of crimes committed in Gao between April 2012 and January 2013.';
    const events = extract({ text, language: 'en', actors: ACTORS, places: PLACES, documentDate: '2021-06-30' }).events;
    expect(events.find((e) => e.type === 'adjudication')?.date).toBe('2021-05-04');
  });
});
