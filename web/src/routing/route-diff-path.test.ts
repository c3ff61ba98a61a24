import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash } from './route.js';

describe('the diff and path pages in the URL', () => {
  it('reads and writes the diff window, ignoring what is not a month', () => {
    expect(parseHash('#/diff?from=2015-06&to=2017-12')).toEqual({ view: 'diff', from: '2015-06', to: '2017-12' });
    expect(parseHash('#/diff?from=June&to=2017')).toEqual({ view: 'diff', to: '2017' });
    expect(hrefOf({ view: 'diff', from: '2015-06', to: '2017-12' })).toBe('#/diff?from=2015-06&to=2017-12');
  });

  it('reads and writes a path with its actor ids readable', () => {
    const route = { view: 'path', from: 'actor:gatia', to: 'actor:cma', date: '2016-09' } as const;
    expect(hrefOf(route)).toBe('#/path?from=actor:gatia&to=actor:cma&date=2016-09');
    expect(parseHash(hrefOf(route))).toEqual(route);
    expect(parseHash('#/path?from=actor%3Agatia')).toEqual({ view: 'path', from: 'actor:gatia' });
  });
});
