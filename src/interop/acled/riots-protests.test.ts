import { describe, expect, it } from 'vitest';
import { readRiotsProtests } from './riots-protests.js';

describe('pre-2019 "Riots/Protests"', () => {
  it('tells the current types apart by who acted and who faced them', () => {
    const read = (first: Parameters<typeof readRiotsProtests>[0]['first'], second: Parameters<typeof readRiotsProtests>[0]['second'], fatalities = 0) =>
      readRiotsProtests({ first, second, fatalities });
    expect(read(['rioters'], ['civilians'])).toMatchObject({ type: 'mob_violence', certain: true });
    expect(read(['rioters'], ['state_forces'])).toMatchObject({ type: 'violent_demonstration', certain: true });
    expect(read(['rioters'], [])).toMatchObject({ type: 'violent_demonstration', certain: true });
    expect(read(['protesters'], ['state_forces'], 2)).toMatchObject({ type: 'excessive_force_against_protesters', certain: true });
    expect(read(['protesters'], ['state_forces'])).toMatchObject({ type: 'protest_with_intervention', certain: true });
    expect(read(['protesters'], [])).toMatchObject({ type: 'peaceful_protest', certain: true });
  });

  it('falls back on deaths and notes, and says the reading is uncertain', () => {
    expect(readRiotsProtests({ first: ['civilians'], second: [], fatalities: 1 })).toMatchObject({ type: 'violent_demonstration', certain: false });
    expect(readRiotsProtests({ first: [undefined], second: [], fatalities: 0, notes: 'The crowd looted shops.' })).toMatchObject({
      type: 'violent_demonstration',
      certain: false,
    });
    expect(readRiotsProtests({ first: [], second: [], fatalities: 0, notes: 'Gendarmes dispersed them with tear gas.' })).toMatchObject({
      type: 'protest_with_intervention',
      certain: false,
    });
    expect(readRiotsProtests({ first: [], second: [], fatalities: 0, notes: 'A gathering.' })).toMatchObject({ type: 'peaceful_protest', certain: false });
  });
});
