// Place phrases attached to a group's activity, and verbs that inherit their clause's subject. The trigger table alone.
import { describe, expect, it } from 'vitest';
import { testActor as actor, testPlace as place, tableRelations } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('brigade', 'Desert Brigade'),
  actor('army', 'National Army', 'state_force'),
  actor('amadou', 'Amadou Traore', 'person'),
];
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('menaka', 'Menaka'), place('mopti-region', 'Mopti Region')];
const relationsIn = tableRelations(ACTORS, PLACES);

describe('place phrases of a group’s activity', () => {
  it('reads no operating place from a fight or an attack, which is an event there (English and French)', () => {
    const placed = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'operates_in');
    expect(placed('The FLN clashed with the Desert Brigade around Kidal and Gao.')).toEqual([]);
    expect(placed('Le FLN affronte la Desert Brigade près de Menaka.', 'fr')).toEqual([]);
    expect(placed('The FLN attacked a post of the National Army near Gao.')).toEqual([]);
    expect(placed('En mai, le FLN a attaqué un poste de la National Army près de Gao.', 'fr')).toEqual([]);
    expect(placed('FLN fighters ambushed a convoy near Kidal.')).toEqual([]);
  });

  it('places the partner an activity names with "with", "avec", "alongside" there too, but not a supporter', () => {
    expect(relationsIn('The FLN conducted joint operations with the National Army in Gao.')).toContainEqual(['operates_in', 'actor:army', 'place:gao']);
    expect(relationsIn('Le FLN patrouille avec la Desert Brigade autour de Kidal.', 'fr')).toContainEqual(['operates_in', 'actor:brigade', 'place:kidal']);
    expect(relationsIn('The FLN operates with the support of the Desert Brigade around Kidal.')).not.toContainEqual([
      'operates_in',
      'actor:brigade',
      'place:kidal',
    ]);
  });

  it('reads a stronghold or a patrol through the group’s pronoun', () => {
    expect(relationsIn('Northern Liberation Front\n\nIts stronghold lies in the Mopti Region.')).toContainEqual([
      'operates_in',
      'actor:fln',
      'place:mopti-region',
    ]);
    expect(relationsIn('Le FLN patrouille désormais dans la région de Menaka.', 'fr')).toContainEqual(['operates_in', 'actor:fln', 'place:menaka']);
  });

  it('says nothing of a person, of a denied activity, or of a place in another clause', () => {
    expect(relationsIn('Amadou Traore fought near Gao.')).toEqual([]);
    expect(relationsIn('The FLN has never operated around Kidal.')).toEqual([]);
    expect(relationsIn('The FLN attacked the convoy; officials in Gao condemned it.')).toEqual([]);
  });
});

describe('verbs that inherit their clause’s subject', () => {
  it('gives an infinitive or a coordinated verb the subject, not the object named last', () => {
    // hostile_to is symmetric: its ends come in the order of their ids.
    const fr = relationsIn('Le FLN s’est d’abord allié à la Desert Brigade, avant de combattre la National Army.', 'fr');
    expect(fr).toContainEqual(['hostile_to', 'actor:army', 'actor:fln']);
    expect(fr).not.toContainEqual(['hostile_to', 'actor:army', 'actor:brigade']);
    const en = relationsIn('The FLN allied with the Desert Brigade and then fought the National Army.');
    expect(en).toContainEqual(['hostile_to', 'actor:army', 'actor:fln']);
    expect(en).not.toContainEqual(['hostile_to', 'actor:army', 'actor:brigade']);
  });

  it('finds the subject past a participial apposition', () => {
    expect(relationsIn('The FLN, backed by the Desert Brigade, operates in Kidal.')).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
    expect(relationsIn('The FLN, backed by the Desert Brigade, operates in Kidal.')).not.toContainEqual(['operates_in', 'actor:brigade', 'place:kidal']);
  });

  it('says an activity of the clause’s subject when a community only describes the predicate or ends the first verb’s object', () => {
    const withCommunity = tableRelations([...ACTORS, actor('imrad', 'Imrad', 'community')], PLACES);
    const fr = withCommunity('Le FLN est un groupe armé Imrad implanté autour de Gao.', 'fr');
    expect(fr).toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
    const en = withCommunity('The FLN grew out of the Imrad elite and is strongest in the Mopti Region.');
    expect(en).toContainEqual(['operates_in', 'actor:fln', 'place:mopti-region']);
    // The community is the subject of its own clause: nothing is said of the group named before.
    expect(withCommunity('The FLN accused the Imrad of attacks near Gao.')).not.toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
  });

  it('reads a list of places that opens with a name the gazetteer lacks', () => {
    const fr = relationsIn('Le FLN opère dans les cercles de Tinfoulane, de Gao et de Kidal.', 'fr');
    expect(fr).toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
    expect(fr).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
  });

  it('reads « vers » as a place phrase after a word of presence, but no place after a verb of moving', () => {
    expect(relationsIn('Le FLN, présent vers Gao et Kidal, a recruté des jeunes.', 'fr')).toEqual(
      expect.arrayContaining([
        ['operates_in', 'actor:fln', 'place:gao'],
        ['operates_in', 'actor:fln', 'place:kidal'],
      ]),
    );
    expect(relationsIn('Le FLN a fui vers Gao.', 'fr').filter(([type]) => type === 'operates_in')).toEqual([]);
  });
});
