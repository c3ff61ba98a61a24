import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('brigade', 'Desert Brigade'),
  actor('amadou', 'Amadou Traore', 'person'),
];
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('tessalit', 'Tessalit'), place('menaka', 'Menaka')];

const relationsIn = (text: string) => extract({ text, language: 'en', actors: ACTORS, places: PLACES }).relations.map((r) => [r.type, r.from.id, r.to.id]);

describe('relations to places', () => {
  it('reads who holds a place, whichever side the place is on', () => {
    expect(relationsIn('In 2012 the FLN took control of Kidal after a short siege.')).toEqual([['controls', 'actor:fln', 'place:kidal']]);
    expect(relationsIn('The Desert Brigade captured Tessalit and Gao within a week.')).toEqual([
      ['controls', 'actor:brigade', 'place:tessalit'],
      ['controls', 'actor:brigade', 'place:gao'],
    ]);
    expect(relationsIn('By March, Menaka was under the control of the FLN.')).toEqual([['controls', 'actor:fln', 'place:menaka']]);
  });

  it('takes every place of a list where an actor operates, a person too, but no person holds a place', () => {
    expect(relationsIn('The FLN operates mainly in Kidal, Gao and Menaka.')).toEqual([
      ['operates_in', 'actor:fln', 'place:kidal'],
      ['operates_in', 'actor:fln', 'place:gao'],
      ['operates_in', 'actor:fln', 'place:menaka'],
    ]);
    expect(relationsIn('Amadou Traore operated in Gao for years.')).toEqual([['operates_in', 'actor:amadou', 'place:gao']]);
    expect(relationsIn('Amadou Traore captured Gao.')).toEqual([]);
  });

  it('does not read an adjective such as "FLN-controlled" as a statement of control by the actor before it', () => {
    expect(relationsIn('The Desert Brigade attacked FLN-controlled Kidal at dawn.')).not.toContainEqual(['controls', 'actor:brigade', 'place:kidal']);
  });
});

describe('relations between actors', () => {
  const more = [...ACTORS, actor('songhai', 'Songhai', 'community'), actor('peul', 'Fulani', 'community'), actor('coalition', 'Sahel Coalition', 'coalition')];
  const between = (text: string) => extract({ text, language: 'en', actors: more, places: PLACES }).relations.map((r) => [r.type, r.from.id, r.to.id]);

  it('reads the communities a group is made of as its base, and a coalition of named groups as allies', () => {
    expect(between('The Desert Brigade is made up of Songhai and Fulani fighters.')).toEqual([
      ['based_on_community', 'actor:brigade', 'actor:songhai'],
      ['based_on_community', 'actor:brigade', 'actor:peul'],
    ]);
    expect(between('Talks broke down between the army and the coalition of the FLN and the Desert Brigade.')).toEqual([
      ['allied_with', 'actor:brigade', 'actor:fln'],
    ]);
    expect(between('The Sahel Coalition, a coalition of the FLN and the Desert Brigade, formed in 2015.')).toEqual([
      ['member_of', 'actor:fln', 'actor:coalition'],
      ['member_of', 'actor:brigade', 'actor:coalition'],
    ]);
  });

  it('reads clashes with communities as hostilities, and skips a nearer actor of the wrong kind', () => {
    expect(between('Songhai militias clashed several times with the FLN.')).toEqual([['hostile_to', 'actor:fln', 'actor:songhai']]);
    expect(between('Amadou Traore founded the Songhai-dominated Desert Brigade.')).toContainEqual(['founded', 'actor:amadou', 'actor:brigade']);
  });
});

describe('denied relations', () => {
  it('reads nothing from a relation the sentence denies', () => {
    expect(relationsIn('The FLN was not at war with the Desert Brigade, whatever the rumours said.')).toEqual([]);
    expect(relationsIn('The Desert Brigade never joined the FLN.')).toEqual([]);
    expect(relationsIn('The Desert Brigade joined the FLN.')).toEqual([['member_of', 'actor:brigade', 'actor:fln']]);
  });
});

describe('support, membership and places read structurally', () => {
  it('reads "X, backed by Y" as X supported by Y', () => {
    expect(relationsIn('The FLN, backed by the Desert Brigade, attacked Gao.')).toContainEqual(['supported_by', 'actor:fln', 'actor:brigade']);
    expect(relationsIn('The FLN, backed by the Desert Brigade, attacked Gao.')).not.toContainEqual(['supported_by', 'actor:brigade', 'actor:fln']);
  });

  it('reads a membership stated in an apposition without an article', () => {
    expect(relationsIn('Amadou Traore, former senior member of the FLN, was arrested.')).toContainEqual(['member_of', 'actor:amadou', 'actor:fln']);
  });

  it('reads headquarters as a place of operation, and a list announced by a description', () => {
    expect(relationsIn('The FLN was headquartered in Kidal.')).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
    expect(relationsIn('The FLN controlled the three largest towns of the north – Kidal, Gao and Menaka – for a year.')).toEqual(
      expect.arrayContaining([
        ['controls', 'actor:fln', 'place:kidal'],
        ['controls', 'actor:fln', 'place:gao'],
        ['controls', 'actor:fln', 'place:menaka'],
      ]),
    );
  });
});

describe('clauses that name their subject elsewhere', () => {
  it('reads a relative pronoun as the actor it follows', () => {
    expect(relationsIn('Fighting spread to Gao, where the FLN, which operates in Kidal, recruited.')).toContainEqual([
      'operates_in',
      'actor:fln',
      'place:kidal',
    ]);
    expect(relationsIn('Le FLN, qui opère dans Kidal, a recruté.')).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
  });

  it('reads the subject of an opening participial phrase after its comma', () => {
    const found = relationsIn('Backed by the Desert Brigade, the FLN captured Gao.');
    expect(found).toContainEqual(['supported_by', 'actor:fln', 'actor:brigade']);
    expect(found).toContainEqual(['controls', 'actor:fln', 'place:gao']);
  });
});
