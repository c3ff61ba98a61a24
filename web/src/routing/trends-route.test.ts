import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash, type Route } from './route.js';

describe('the Trends page address (its permalink)', () => {
  it('reads back every choice it writes', () => {
    const route: Route = {
      view: 'trends',
      actor: 'actor:jnim',
      components: true,
      coalitions: true,
      period: 'month',
      split: 'attribution',
      place: 'place:kidal',
      type: 'armed_clash',
      attribution: 'claimed',
      from: '2017',
      to: '2019-06',
    };
    expect(parseHash(hrefOf(route))).toEqual(route);
    expect(hrefOf({ view: 'trends' })).toBe('#/trends');
  });

  it('drops what it cannot read rather than guessing', () => {
    expect(parseHash('#/trends?period=week&split=colour&from=June&type=Armed%20clash')).toEqual({ view: 'trends' });
  });
});
