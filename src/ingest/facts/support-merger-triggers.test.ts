// Support received, mergers into a new group and subsidiaries, in English and French phrasings the trigger table lacked.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, tableRelations, NO_RANKER, TEST_GROUPS } from './testing.js';

const ACTORS = [...TEST_GROUPS, actor('network', 'Global Network', 'armed_group'), actor('army', 'National Army', 'state_force')];
const relationsIn = tableRelations(ACTORS);

describe('support received', () => {
  it('reads receiving, enjoying or benefiting from support as supported_by', () => {
    expect(relationsIn('The Desert Brigade received logistical support from the National Army in 2015.')).toContainEqual([
      'supported_by',
      'actor:brigade',
      'actor:army',
    ]);
    expect(relationsIn('The River Guard has long enjoyed the backing of the National Army.')).toContainEqual(['supported_by', 'actor:guard', 'actor:army']);
    expect(relationsIn('La Desert Brigade a bénéficié du soutien de la National Army en 2015.', 'fr')).toContainEqual([
      'supported_by',
      'actor:brigade',
      'actor:army',
    ]);
    expect(relationsIn('La River Guard reçoit l’appui logistique de la National Army.', 'fr')).toContainEqual(['supported_by', 'actor:guard', 'actor:army']);
  });

  it('not when the support is denied', () => {
    expect(relationsIn('The Desert Brigade never received support from the National Army.')).not.toContainEqual([
      'supported_by',
      'actor:brigade',
      'actor:army',
    ]);
  });
});

describe('mergers into a new group', () => {
  it('reads groups that united or came together to form another as merged into it', () => {
    const en = relationsIn('In 2017 the Desert Brigade and the River Guard united to form the Sahel Union.');
    expect(en).toEqual(
      expect.arrayContaining([
        ['merged_into', 'actor:brigade', 'actor:union'],
        ['merged_into', 'actor:guard', 'actor:union'],
      ]),
    );
    const fr = relationsIn('En 2017, la Desert Brigade et la River Guard se sont unies pour donner naissance à la Sahel Union.', 'fr');
    expect(fr).toEqual(
      expect.arrayContaining([
        ['merged_into', 'actor:brigade', 'actor:union'],
        ['merged_into', 'actor:guard', 'actor:union'],
      ]),
    );
  });
});

describe('subsidiaries', () => {
  it('reads a subsidiary or "filiale" of a group as affiliated with it', () => {
    expect(relationsIn('The FLN is a subsidiary of the Global Network.')).toContainEqual(['affiliated_with', 'actor:fln', 'actor:network']);
    expect(relationsIn('Le FLN est la filiale sahélienne du Global Network.', 'fr')).toContainEqual(['affiliated_with', 'actor:fln', 'actor:network']);
  });
});

describe('succession at the head of a group', () => {
  const people = [...ACTORS, actor('amadou', 'Amadou Traore', 'person'), actor('moussa', 'Moussa Diallo', 'person')];
  const leadsIn = (text: string, language: string) =>
    extract({ text, language, actors: people, places: [], ranker: NO_RANKER }).relations.map((r) => [r.type, r.from.id, r.to.id]);
  it('reads the successor as leading the group', () => {
    expect(leadsIn('Moussa Diallo led the FLN until 2019. Amadou Traore succeeded him at the head of the FLN.', 'en')).toContainEqual([
      'leads',
      'actor:amadou',
      'actor:fln',
    ]);
    expect(leadsIn('Moussa Diallo a dirigé le FLN. En 2019, Amadou Traore lui a succédé à la tête du FLN.', 'fr')).toContainEqual([
      'leads',
      'actor:amadou',
      'actor:fln',
    ]);
    expect(leadsIn('En 2019, Amadou Traore a succédé à Moussa Diallo à la tête du FLN.', 'fr')).toContainEqual(['leads', 'actor:amadou', 'actor:fln']);
  });
});

describe('help and rapprochement', () => {
  it('reads "helped by" as supported_by', () => {
    const helped = relationsIn('The Desert Brigade, helped since 2019 by the National Army, holds the valley.');
    expect(helped).toContainEqual(['supported_by', 'actor:brigade', 'actor:army']);
  });

  it('reads a rapprochement between groups as an alliance (English and French)', () => {
    const ally = ['allied_with', 'actor:brigade', 'actor:fln'];
    expect(relationsIn('Under the River Guard, the rapprochement between the FLN and the Desert Brigade turned into cooperation.')).toContainEqual(ally);
    expect(relationsIn('The FLN sealed its rapprochement with the Desert Brigade in 2019.')).toContainEqual(ally);
    expect(relationsIn('En 2019, le FLN s’est rapproché de la Desert Brigade.', 'fr')).toContainEqual(ally);
  });

  it('gives no alliance for a denied rapprochement', () => {
    expect(relationsIn('The FLN denied any rapprochement with the Desert Brigade.').filter(([type]) => type === 'allied_with')).toEqual([]);
  });
});
