// Hostility read from violence against a named force's people or posts, and from a rival or enemy named in apposition.
import { describe, expect, it } from 'vitest';
import { testActor as actor, testPlace as place, tableRelations, TEST_GROUPS } from './testing.js';

const ACTORS = [...TEST_GROUPS, actor('army', 'National Armed Forces', 'state_force', ['FAN']), actor('imrad', 'Imrad', 'community')];
const relationsIn = tableRelations(ACTORS, [place('gao', 'Gao')]);
const hostile = (text: string, language = 'en') =>
  relationsIn(text, language)
    .filter(([type]) => type === 'hostile_to')
    .map(([, a, b]) => [a, b].sort().join(' '));

describe('attacks on what a force owns', () => {
  it('reads an attack on a force’s post, patrol, convoy or members as hostility to that force', () => {
    expect(hostile('The FLN overran a post of the National Armed Forces near Gao.')).toEqual(['actor:army actor:fln']);
    expect(hostile('The FLN targeted positions of the Desert Brigade.')).toEqual(['actor:brigade actor:fln']);
    expect(hostile('FAN soldiers killed ten FLN fighters near Gao.')).toEqual(['actor:army actor:fln']);
    expect(hostile('Le FLN a pris pour cible une patrouille des FAN près de Gao.', 'fr')).toEqual(['actor:army actor:fln']);
    expect(hostile('La Desert Brigade a tué une dizaine de combattants du FLN.', 'fr')).toEqual(['actor:brigade actor:fln']);
  });

  it('reads nothing from violence against civilians, a community or a place', () => {
    expect(hostile('The FLN killed twelve civilians near Gao.')).toEqual([]);
    expect(hostile('The FLN killed members of the Imrad.')).toEqual([]);
    expect(hostile('The FLN shelled Gao.')).toEqual([]);
  });
});

describe('rivals and enemies named in apposition', () => {
  it('reads "its rival, Y" and "named Y their main enemy"', () => {
    expect(hostile('The FLN fights its rival, the Desert Brigade.')).toEqual(['actor:brigade actor:fln']);
    expect(hostile('In 2020 the FAN named the FLN their main enemy.')).toEqual(['actor:army actor:fln']);
    expect(hostile('Le FLN combat son rival, la Desert Brigade.', 'fr')).toEqual(['actor:brigade actor:fln']);
  });

  it('reads the groups a community only describes as the object of a fight', () => {
    const found = hostile('Le FLN combat les milices Imrad de la Desert Brigade et de la River Guard.', 'fr');
    expect(found).toContainEqual('actor:brigade actor:fln');
    expect(found).toContainEqual('actor:fln actor:guard');
    expect(found).not.toContainEqual('actor:fln actor:imrad');
  });

  it('reads "drove X out of" as hostility', () => {
    expect(hostile('In June the FLN drove the Desert Brigade out of Gao.')).toEqual(['actor:brigade actor:fln']);
    expect(hostile('The FLN drove a truck into Gao.')).toEqual([]);
  });
});

describe('support given in a fight', () => {
  it('reads support in a riposte or under fire as an alliance too, in English and French', () => {
    const fr = relationsIn('Le FLN annonce que ses unités, appuyées par celles de la Desert Brigade, ont repoussé une attaque.', 'fr');
    expect(fr).toContainEqual(['allied_with', 'actor:brigade', 'actor:fln']);
    const en = relationsIn('On 5 October a FAN column supported by the Desert Brigade came under fire near Gao.');
    expect(en).toContainEqual(['allied_with', 'actor:army', 'actor:brigade']);
  });

  it('keeps support outside a fight as support only', () => {
    const found = relationsIn('The FLN, supported by the Desert Brigade, opened talks in Gao.');
    expect(found).toContainEqual(['supported_by', 'actor:fln', 'actor:brigade']);
    expect(found.filter(([type]) => type === 'allied_with')).toEqual([]);
  });
});
