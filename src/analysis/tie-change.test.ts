import { describe, expect, it } from 'vitest';
import { buildActor, buildClaim, buildRelation } from '../../test/factories.js';
import { deriveLifespans } from '../core/ties/lifespans.js';
import { tieChange } from './tie-change.js';
import { tieFact } from '../core/ties/tie-facts.js';

const window = { earliest: '2015-06-01', latest: '2017-12-31' };
const fact = (valid: string, type: 'allied_with' | 'merged_into' = 'allied_with') =>
  tieFact(buildRelation('r', { type, valid }), [buildClaim('rel:r', 1)], () => '2019-05-01');

describe('how a tie changed between two dates', () => {
  it('a start a later document dates is a beginning; a closed end in the window is an end', () => {
    expect(tieChange(fact('2016-07/2017-03'), { window, latestSourceDay: '2019-05-01' })).toEqual({
      began: { earliest: '2016-07-01', latest: '2016-07-31' },
      ended: { earliest: '2017-03-01', latest: '2017-03-31' },
    });
  });

  it('a start no earlier than every document behind the tie is only its first attestation', () => {
    expect(tieChange(fact('2016-05/..'), { window, latestSourceDay: '2016-01-01' })).toEqual({
      firstAttested: { earliest: '2016-05-01', latest: '2016-05-31' },
    });
  });

  it('D8: a presumption running out is no end, and an unknown start is no beginning', () => {
    expect(tieChange(fact('2012/..'), { window, latestSourceDay: '2014-01-01' })).toEqual({});
    expect(tieChange(fact('/2019'), { window, latestSourceDay: '2019-05-01' })).toEqual({});
    // A claim that names the tie at a date does not date the start the record leaves unknown.
    const named = tieFact(
      buildRelation('r', { type: 'leads', valid: '/2017-03' }),
      [buildClaim('rel:r', 1), buildClaim('rel:r', 2, { value: { valid: '2016-06/..' } })],
      () => '2017-08-01',
    );
    expect(tieChange(named, { window, latestSourceDay: '2017-08-01' }).began).toBeUndefined();
  });

  it('a tie stated for one date is an episode, neither begun nor ended; an instant tie happened', () => {
    expect(tieChange(fact('2017-04'), { window })).toEqual({ episode: { earliest: '2017-04-01', latest: '2017-04-30' } });
    expect(tieChange(fact('2017-03', 'merged_into'), { window })).toEqual({ happened: { earliest: '2017-03-01', latest: '2017-03-31' } });
    expect(tieChange(fact('2014-04'), { window })).toEqual({});
  });

  it('L3: a tie that outlives neither end ends with the end whose lifespan closes it', () => {
    const lifespans = deriveLifespans([buildActor('a'), buildActor('b', { existed: '2010/2017-03', ended: 'merged' })], []);
    const tie = tieFact(buildRelation('r', { from: 'actor:a', to: 'actor:b', valid: '2012/2019' }), [buildClaim('rel:r', 1)], () => '2019-05-01', {
      lifespans,
    });
    expect(tieChange(tie, { window, lifespans })).toEqual({ ended: { earliest: '2017-03-01', latest: '2017-03-31' }, endedWith: 'actor:b' });
  });
});
