// A bomb as the subject of its own verb (issue 20, session 22): the device acts, so the act is a bombing, and gunmen
// attacking beside it are a second act. Sentences written for these tests, English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';
import { blastKind } from './device-blasts.js';

const ACTORS = [actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']), actor('army', 'National Army', 'state_force')];
const PLACES = [place('gao', 'Gao'), place('ber', 'Ber'), place('kidal', 'Kidal')];
const types = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2019-06-30' }).events.map((e) => e.type);

describe('a device as the subject of its verb', () => {
  it.each([
    ['On 3 May 2019 a car bomb exploded at the gate of the camp in Gao.', 'en'],
    ['On 3 May 2019 a roadside bomb tore through a National Army truck near Ber.', 'en'],
    ['On 3 May 2019 an improvised explosive device hit a water tanker on the road to Kidal.', 'en'],
    ['Le 3 mai 2019, un véhicule piégé a explosé devant le camp de Gao.', 'fr'],
    ['Le 3 mai 2019, une bombe artisanale a touché un camion près de Ber.', 'fr'],
  ])('%s', (text, language) => {
    expect(types(text, language)).toEqual(['remote_explosive']);
  });

  it('reads a suicide bombing when the bomber is named with the device', () => {
    expect(types('On 3 May 2019 an FLN suicide car bomb hit the National Army camp at Gao.')).toEqual(['suicide_bomb']);
    expect(blastKind('le 3 mai, un kamikaze au volant d’un véhicule ')).toBe('suicide_bomb');
    expect(blastKind('On Sunday a ')).toBe('remote_explosive');
  });

  it('keeps gunmen attacking beside the blast as an act of their own', () => {
    expect(types('On 3 May 2019 gunmen attacked the town hall of Gao and a car bomb tore through the army headquarters in Kidal.').sort()).toEqual([
      'armed_clash',
      'remote_explosive',
    ]);
    expect(types('Le 3 mai 2019, des hommes armés ont attaqué la mairie de Gao et un véhicule piégé a explosé devant le camp de Kidal.', 'fr').sort()).toEqual([
      'armed_clash',
      'remote_explosive',
    ]);
  });

  it('reads no blast where no device acts', () => {
    expect(types('On 3 May 2019 the Gao gold mine struck a deal with the state.')).not.toContain('remote_explosive');
    expect(types('On 3 May 2019 the army cleared the mines laid on the road to Ber.')).not.toContain('remote_explosive');
    expect(types('Le 3 mai 2019, le camion a heurté un arbre près de Ber.', 'fr')).toEqual([]);
  });
});
