import { describe, expect, it } from 'vitest';
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
