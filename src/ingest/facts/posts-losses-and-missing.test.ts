// Event types that the words around a violent trigger decide (issue 20, ann5 misses): a post overrun is a battle, men
// lost are no town lost, residents driven out are no territory taken, people missing are not the dead, a second act told
// with "then" is its own, and a dateline's day dates an event only when the sentence gives no other. English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('river', 'River Guard', 'armed_group'),
  actor('army', 'National Army', 'state_force'),
];
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('tessit', 'Tessit'), place('boni', 'Boni')];
const run = (text: string, language = 'en') => extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2021-05-12' }).events;
const types = (text: string, language = 'en') => run(text, language).map((e) => e.type);

describe('a military post overrun', () => {
  it('is a clash, told once with its toll', () => {
    expect(types('On 3 May 2021 FLN fighters overran the army post at Boni and killed nine soldiers.')).toEqual(['armed_clash']);
    expect(types('In April 2021 the FLN overran its positions near Tessit.')).toEqual(['armed_clash']);
  });

  it('leaves a town overrun a capture', () => {
    expect(types('On 3 May 2021 FLN fighters overran Tessit.')).toEqual(['town_captured']);
  });
});

describe('losses and displacement', () => {
  it('reads men lost as no town lost', () => {
    expect(types('In April 2021 the River Guard lost dozens of men to the FLN near Tessit.')).not.toContain('town_captured');
    expect(types("En avril 2021, la River Guard a perdu plusieurs dizaines d'hommes face au FLN près de Tessit.", 'fr')).not.toContain('town_captured');
    expect(types('In April 2021 the River Guard lost Tessit to the FLN.')).toEqual(['town_captured']);
  });

  it('reads residents driven out as no territory overtaken', () => {
    expect(types("En avril 2021, le FLN a chassé des centaines d'habitants des environs de Tessit.", 'fr')).toEqual([]);
    expect(types('In April 2021 the FLN drove hundreds of families out of Tessit.')).toEqual([]);
    expect(types('En avril 2021, le FLN a chassé les troupes gouvernementales de Tessit.', 'fr')).not.toEqual([]);
  });
});

describe('whom an attack killed', () => {
  it('does not count people missing or wounded among the dead', () => {
    expect(types('Seven soldiers were killed and some forty civilians are missing after a convoy was ambushed near Boni on Monday.')).toEqual(['armed_clash']);
    expect(types("Huit militaires ont été tués et une trentaine de civils sont portés disparus après l'embuscade de lundi près de Boni.", 'fr')).toEqual([
      'armed_clash',
    ]);
    expect(types('Gunmen killed twelve villagers and wounded three soldiers in Boni on Monday.')).toEqual(['attack_on_civilians']);
  });
});

describe('a second act told after the first', () => {
  it('keeps an act told with "then" apart', () => {
    expect(types('On 3 May 2021 FLN fighters overran the army camp at Boni and then massacred herders at Tessit.')).toEqual([
      'armed_clash',
      'attack_on_civilians',
    ]);
    expect(types('On 3 May 2021 the FLN attacked the army camp at Boni, killing nine soldiers.')).toEqual(['armed_clash']);
  });
});

describe('the day of a dateline', () => {
  it('dates the event only when the sentence names no other day', () => {
    const [told] = run('GAO, May 12 – Nine soldiers were killed when their convoy was ambushed on Monday near Boni, the army said.');
    expect(told?.date).toBe('2021-05-10');
    const [only] = run('GAO, May 12 – Nine soldiers were killed when their convoy was ambushed near Boni.');
    expect(only?.date).toBe('2021-05-12');
  });
});
