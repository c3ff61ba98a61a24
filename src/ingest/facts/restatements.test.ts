// An incident told again later in a report: "the battle", "the fighting", "Sunday's raids", a reaction to "the attack".
// Each adds to the incident first told instead of becoming an event of its own. English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']), actor('army', 'National Army', 'state_force')];
const PLACES = [place('gao', 'Gao'), place('boni', 'Boni'), place('niamey', 'Niamey')];
const run = (text: string, language = 'en') => extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2024-07-30' }).events;

describe('a definite restatement', () => {
  it('folds "the battle" and "the fighting" into the incident told first, even dated a few days earlier', () => {
    const events = run(
      'GAO, 30 July 2024 — The FLN attacked the National Army near Boni on Saturday. The battle began on Thursday, when a column came under fire. The fighting killed 47 soldiers, the FLN said.',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.fatalities).toBeDefined();
    const fr = run(
      'GAO, 30 juillet 2024 — Le FLN a attaqué la National Army près de Boni samedi. Les combats ont commencé jeudi. Les affrontements ont tué 47 soldats.',
      'fr',
    );
    expect(fr).toHaveLength(1);
  });

  it('folds "Sunday’s raids" into the raids told first', () => {
    expect(run('The FLN raided Boni on Sunday, killing 12 villagers. Nobody has claimed Sunday’s raids.')).toHaveLength(1);
  });

  it('keeps a noun dated by its own complement a new incident ("l’embuscade du 26 juillet")', () => {
    const fr = run(
      'Le FLN a attaqué Boni le 28 juillet 2024, tuant dix soldats. La colère grondait depuis l’embuscade du 26 juillet à Gao : onze soldats y ont été tués.',
      'fr',
    );
    expect(fr).toHaveLength(2);
  });
});

describe('a reaction to an incident', () => {
  it('tells no incident of its own', () => {
    expect(run('In Niamey, the government condemned the attack and offered help.')).toEqual([]);
    expect(run('À Niamey, le gouvernement a condamné l’attaque et offert son aide.', 'fr')).toEqual([]);
  });
});

describe('another act told beside the first', () => {
  it('keeps a toll by other attackers as an act of its own', () => {
    const lead = 'On 3 July 2024 FLN fighters attacked the National Army camp at Gao.';
    expect(run(`${lead} While the soldiers held the camp, other gunmen killed 20 civilians.`)).toHaveLength(2);
    expect(run(`${lead} Pendant que les soldats tenaient le camp, d’autres assaillants ont tué 20 civils.`, 'fr')).toHaveLength(2);
    // The same toll told again with no other attackers is the first act's.
    expect(run(`${lead} Twenty soldiers were killed.`)).toHaveLength(1);
  });

  // English only: French tells the earlier attack with a definite noun (« deux jours après l’attaque »), which stays a restatement.
  it('keeps an attack told as days before a restated raid', () => {
    const lead = 'On 3 July 2024 FLN fighters raided the market of Boni, killing 30 civilians.';
    expect(run(`${lead} The raid came two days after an attack on the army post at Boni killed 11 soldiers.`)).toHaveLength(2);
    expect(run(`${lead} The raid, two days after the coup, killed 30 people.`)).toHaveLength(1);
  });
});
