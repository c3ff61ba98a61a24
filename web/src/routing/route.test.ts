import { describe, expect, it } from 'vitest';
import { hrefOf, parseHash, type Route } from './route.js';

describe('network routes', () => {
  it('keep a focus, its depth and dragged actors in the link, and read them back', () => {
    const route: Route = {
      view: 'network',
      date: '2017-06',
      focus: 'actor:cma',
      steps: 2,
      pins: [
        { id: 'actor:mnla', x: 12.34, y: -3.06 },
        { id: 'actor:gatia', x: 0, y: 150 },
      ],
    };
    const href = hrefOf(route);
    expect(href).toBe('#/network?date=2017-06&focus=actor%3Acma&steps=2&pins=actor%3Amnla%7E12.3%7E-3.1%2Cactor%3Agatia%7E0%7E150');
    expect(parseHash(href)).toEqual({ ...route, pins: [{ id: 'actor:mnla', x: 12.3, y: -3.1 }, route.pins?.[1]] });
  });

  it('read a focus without a depth as one step, and drop pins that are not id~x~y', () => {
    expect(parseHash('#/network?focus=actor:cma&pins=actor:x~1~2,broken,actor:y~a~3')).toEqual({
      view: 'network',
      focus: 'actor:cma',
      steps: 1,
      pins: [{ id: 'actor:x', x: 1, y: 2 }],
    });
    expect(parseHash('#/network?steps=2')).toEqual({ view: 'network' });
  });
});
