// Sanctions told by their measures, and their end. Sentences written for these tests, English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('league', 'Sahel League', 'international_org'),
  actor('council', 'Regional Council', 'international_org'),
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('amadou', 'Amadou Traore', 'person'),
  actor('sahelia', 'Sahelia', 'state'),
];
const PLACES = [place('gao', 'Gao')];
const types = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2021-06-30' }).events.map((e) => e.type);

describe('a sanction told by its measures', () => {
  it.each([
    ['On 4 March 2021 the Sahel League imposed an embargo on Sahelia.', 'en'],
    ['On 4 March 2021 the Sahel League imposed on Sahelia a total embargo and an asset freeze.', 'en'],
    ['Amadou Traore was added to the sanctions list of the Regional Council on 2 May 2021.', 'en'],
    ['Le 4 mars 2021, la Sahel League a imposé à la Sahelia la fermeture des frontières et le gel des avoirs.', 'fr'],
    ['Le 4 mars 2021, la Sahel League a imposé un embargo au pays.', 'fr'],
  ])('%s', (text, language) => {
    expect(types(text, language)).toContain('sanction');
  });

  it('reads no sanction in a measure that is only demanded or threatened, nor in a curfew imposed by a government', () => {
    expect(types('The Sahel League threatened to impose an embargo on Sahelia.')).not.toContain('sanction');
    expect(types('Amadou Traore was added to the delegation of the Regional Council in May 2021.')).not.toContain('sanction');
    expect(types('Le 4 mars 2021, le gouvernement a imposé un couvre-feu à Gao.', 'fr')).not.toContain('sanction');
  });
});

describe('sanctions ended and envoys recalled', () => {
  it.each([
    ['On 3 June 2021 the Sahel League lifted the economic sanctions on Sahelia.', 'en'],
    ['The sanctions regime lapsed on 31 May 2021, when the Regional Council did not renew it.', 'en'],
    ['On 10 January 2021 Sahelia recalled its ambassadors from the member states.', 'en'],
    ['Le 3 juin 2021, la Sahel League a levé les sanctions économiques visant la Sahelia.', 'fr'],
    ['Le 10 janvier 2021, la Sahelia a rappelé ses ambassadeurs.', 'fr'],
  ])('%s', (text, language) => {
    expect(types(text, language)).toEqual(['other_strategic']);
  });

  it('reads no end of sanctions that is only asked for', () => {
    expect(types('Le 3 juin 2021, la Sahelia a demandé la levée des sanctions.', 'fr')).not.toContain('other_strategic');
    expect(types('The Sahel League lifted its ban on public meetings in 2021.')).not.toContain('other_strategic');
  });
});

describe('a siege is no sanction', () => {
  it('reads no sanction in a blockade an armed group imposes on a town', () => {
    expect(types('Depuis le mois de mai, le FLN impose un blocus à Gao.', 'fr')).not.toContain('sanction');
    expect(types('Since May the FLN has imposed a blockade on Gao.')).not.toContain('sanction');
  });
});
