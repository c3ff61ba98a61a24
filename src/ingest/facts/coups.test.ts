// Coups told through the arrest or the forced departure they began with, and resignations handed in. English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('traore', 'Amadou Traore', 'person'),
  actor('keita', 'Moussa Keita', 'person'),
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
];
const run = (text: string, language: string) =>
  extract({ text, language, actors: ACTORS, places: [place('kati', 'Kati')], documentDate: '2021-05-26' }).events.map((e) => e.type);

// [what the case shows, language, sentence, event types read]
const CASES: [string, string, string, string[]][] = [
  ['soldiers arresting a head of state', 'en', 'On 24 May 2021 President Amadou Traore was arrested by soldiers and driven to Kati.', ['coup']],
  ['des militaires arrêtant le président', 'fr', 'Le président Amadou Traore a été arrêté lundi par des militaires et conduit à Kati.', ['coup']],
  [
    'des militaires arrêtant le président de la Transition',
    'fr',
    'Le 24 mai 2021, des militaires ont arrêté le président de la Transition Amadou Traore à Kati.',
    ['coup'],
  ],
  [
    'soldiers arresting the president of an association',
    'fr',
    'Le 24 mai 2021, des militaires ont arrêté le président de l’association des éleveurs à Kati.',
    ['arrests'],
  ],
  [
    'soldiers arresting suspects, as the president’s office said',
    'en',
    'On 24 May 2021 soldiers arrested 12 suspects in Kati, the president’s office said.',
    ['arrests'],
  ],
  ['the police arresting a trader', 'en', 'On 24 May 2021 the police arrested Moussa Keita, a trader, in Kati.', ['arrests']],
  ['officers forcing a president to resign', 'en', 'On 18 August 2020 mutinous officers forced President Amadou Traore to resign.', ['coup']],
  ['contraint à quitter le pouvoir', 'fr', 'Le 18 août 2020, des officiers ont contraint Amadou Traore à quitter le pouvoir.', ['coup']],
  [
    'ont remis leur démission',
    'fr',
    'Le président Amadou Traore et son Premier ministre Moussa Keita ont remis mercredi leur démission.',
    ['leadership_change'],
  ],
];

describe('coups told through an arrest or a forced departure, and resignations', () => {
  it.each(CASES)('%s (%s)', (_, language, text, expected) => expect(run(text, language)).toEqual(expected));
});
