import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { citedNames } from './sources.js';
import { knownActor, namesIn } from './testing.js';

const ACTORS = [
  knownActor('rfi', 'Radio France Internationale', 'other_org', [{ name: 'RFI' }]),
  knownActor('hrw', 'Human Rights Watch', 'other_org', [{ name: 'HRW' }]),
  knownActor('wolfram-lacher', 'Wolfram Lacher', 'person'),
  knownActor('united-nations', 'United Nations', 'international_org', [{ name: 'Nations unies', kind: 'nickname' }]),
  knownActor('mujao', 'MUJAO', 'armed_group'),
];

describe('what a report cites is its source, not an actor', () => {
  it('reads no outlet or monitor, known or not, as a mention or a proposed actor', () => {
    const text =
      'Survivors told Reuters the attackers came at night. Human Rights Watch (HRW) said in a report that MUJAO was to blame, according to RFI and Le Monde.';
    expect(namesIn(text, 'en', ACTORS)).toEqual([['MUJAO', 'actor:mujao']]);
  });

  it('reads no researcher or journalist named as such, known or not', () => {
    expect(namesIn('The specialist Wolfram Lacher has shown how thin the evidence is.', 'en', ACTORS)).toEqual([]);
    expect(namesIn('Pour Ousmane Diallo, chercheur à Amnesty International, le massacre est le pire du conflit.', 'fr', ACTORS)).toEqual([]);
  });

  it('reads an organisation that publishes the report as its source, with no mention inside its name', () => {
    const text = 'Le Haut-Commissariat des Nations unies aux droits de l’homme (HCDH) a publié vendredi un rapport sur le MUJAO.';
    expect(namesIn(text, 'fr', ACTORS)).toEqual([['MUJAO', 'actor:mujao']]);
  });

  it('reads the authors of an author-date citation as sources, even when the database knows them', () => {
    const actors = [...ACTORS, knownActor('bruno-charbonneau', 'Bruno Charbonneau', 'person')];
    const text =
      'Bruno Charbonneau led the study. Rebels took Kidal (Charbonneau 2017; Sears 2017), then MUJAO came (Bencherif, Campana and Stockemer, 2023, pp. 664–665).';
    expect(namesIn(text, 'en', actors)).toEqual([
      ['Bruno Charbonneau', 'actor:bruno-charbonneau'],
      ['Kidal', 'new:place:kidal'],
      ['MUJAO', 'actor:mujao'],
    ]);
  });
});

describe('what a report cites is kept for its source', () => {
  it('lists each cited outlet, monitor and researcher once, in order, whatever the case or line breaks', () => {
    const text =
      'Survivors told Reuters the attackers came at night. Human Rights\nWatch said MUJAO was to blame; the researcher Wolfram Lacher agreed, according to REUTERS and RFI.';
    expect(extract({ text, language: 'en', actors: ACTORS, places: [] }).cited).toEqual(['Reuters', 'Human Rights Watch', 'Wolfram Lacher', 'RFI']);
  });

  it('names in French too, and nothing when the report cites nobody', () => {
    const text = 'Selon Jeune Afrique, le MUJAO a revendiqué l’attaque ; le chercheur Ousmane Diallo en doute.';
    expect(extract({ text, language: 'fr', actors: ACTORS, places: [] }).cited).toEqual(['Jeune Afrique', 'Ousmane Diallo']);
    expect(extract({ text: 'Le MUJAO a attaqué Gao.', language: 'fr', actors: ACTORS, places: [] }).cited).toEqual([]);
  });

  it('reads a span of the text as one name', () => {
    const text = 'AFP and  Agence France-Presse';
    expect(
      citedNames(text, [
        { start: 0, end: 3 },
        { start: 8, end: 29 },
        { start: 0, end: 3 },
      ]),
    ).toEqual(['AFP', 'Agence France-Presse']);
  });
});
