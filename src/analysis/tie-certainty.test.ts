import { describe, expect, it } from 'vitest';
import { buildActor, buildClaim, buildRelation, evidenceFor, SOURCE_ID } from '../../test/factories.js';
import { deriveLifespans } from '../core/ties/lifespans.js';
import { tieCertainty, tieCertaintyDuring } from './tie-certainty.js';
import { tieFact } from '../core/ties/tie-facts.js';

const undated = () => undefined;

describe('tie certainty on a day', () => {
  it('D3: a tie dated only to the year is possible inside it and definite on no day', () => {
    const fact = tieFact(buildRelation('r', { valid: '2016' }), [], undated);
    expect(tieCertainty(fact, '2016-03-01')).toBe('possible');
    expect(tieCertainty(fact, '2017-01-01')).toBe('none');
  });

  it('D3: month precision makes a tie possible within its first month and definite after it', () => {
    const fact = tieFact(buildRelation('r', { valid: '2017-03/2018' }), [], undated);
    expect(tieCertainty(fact, '2017-03-15')).toBe('possible');
    expect(tieCertainty(fact, '2017-06-01')).toBe('definite');
    expect(tieCertainty(fact, '2018-06-01')).toBe('possible');
    expect(tieCertainty(fact, '2019-01-01')).toBe('none');
  });

  it('D5, D8: an unknown end is possible after its start, presumed for the horizon after it, and not known beyond', () => {
    const fact = tieFact(buildRelation('r', { valid: '2012-06/' }), [buildClaim('rel:r', 1)], () => '2019-05-01');
    expect(tieCertainty(fact, '2012-06-15')).toBe('possible');
    expect(tieCertainty(fact, '2013-06-01')).toBe('presumed');
    expect(tieCertainty(fact, '2014-06-30')).toBe('presumed');
    expect(tieCertainty(fact, '2014-07-01')).toBe('none');
    // No dated source: nothing dates a presumption, and D5 stands.
    expect(tieCertainty(tieFact(buildRelation('r', { valid: '2012-06/' }), [], undated), '2030-01-01')).toBe('possible');
  });

  it('D7, D8: an open end is definite up to the latest supporting source, presumed for 24 months after it, then not known', () => {
    const claims = [buildClaim('rel:r', 1)];
    const dated = (id: string) => (id === SOURCE_ID ? '2017-08-01' : undefined);
    const fact = tieFact(buildRelation('r', { valid: '2015/..' }), claims, dated);
    expect(fact.attestedUntil).toBe('2017-08-01');
    expect(tieCertainty(fact, '2016-06-01')).toBe('definite');
    expect(tieCertainty(fact, '2017-08-01')).toBe('definite');
    expect(tieCertainty(fact, '2017-08-02')).toBe('presumed');
    expect(tieCertainty(fact, '2019-08-01')).toBe('presumed');
    expect(tieCertainty(fact, '2019-08-02')).toBe('none');
    // The horizon is the query's to choose.
    const longer = tieFact(buildRelation('r', { valid: '2015/..' }), claims, dated, { horizonMonths: 60 });
    expect(tieCertainty(longer, '2022-06-01')).toBe('presumed');
    // Without a dated source, D5 stands: still in force as far as the sources know.
    expect(tieCertainty(tieFact(buildRelation('r', { valid: '2015/..' }), claims, undated), '2030-01-01')).toBe('definite');
  });

  it('D10: an unknown start is possible only for the horizon before the latest day it may have begun', () => {
    const fact = tieFact(buildRelation('r', { valid: '/2016-12' }), [buildClaim('rel:r', 1)], () => '2019-05-01');
    expect(tieCertainty(fact, '2016-12-01')).toBe('definite');
    expect(tieCertainty(fact, '2015-06-01')).toBe('possible');
    expect(tieCertainty(fact, '2014-12-01')).toBe('possible');
    expect(tieCertainty(fact, '2014-11-30')).toBe('none');
    expect(tieCertainty(fact, '2012-06-01')).toBe('none');
    // The horizon is the query's, both ways.
    const longer = tieFact(buildRelation('r', { valid: '/2016-12' }), [], undated, { horizonMonths: 60 });
    expect(tieCertainty(longer, '2012-06-01')).toBe('possible');
    // An open start is stated to reach back without limit; a start nothing dates (`/..`) keeps D4.
    expect(tieCertainty(tieFact(buildRelation('r', { valid: '../2016-12' }), [], undated), '1990-01-01')).toBe('definite');
    expect(tieCertainty(tieFact(buildRelation('r', { valid: '/..' }), [], undated), '1990-01-01')).toBe('possible');
  });

  it('D8: a later source that dates only the start or the end of a tie does not attest it later', () => {
    const claims = [buildClaim('rel:r', 1, { value: { valid: '2013/' } })];
    const fact = tieFact(buildRelation('r', { valid: '2013/' }), claims, () => '2024-03-22');
    expect(fact.attestedUntil).toBeUndefined();
    expect(tieCertainty(fact, '2016-01-01')).toBe('none');
  });

  it('L3: a tie is cut to the lifespans of both ends', () => {
    const lifespans = deriveLifespans([buildActor('a', { existed: '2014/..' }), buildActor('b', { existed: '2010/2017-03', ended: 'merged' })], []);
    const fact = tieFact(buildRelation('r', { from: 'actor:a', to: 'actor:b', valid: '2012/..' }), [buildClaim('rel:r', 1)], () => '2019-05-01', { lifespans });
    expect(tieCertainty(fact, '2013-06-01')).toBe('none');
    expect(tieCertainty(fact, '2015-06-01')).toBe('definite');
    expect(tieCertainty(fact, '2017-03-15')).toBe('possible');
    expect(tieCertainty(fact, '2017-04-01')).toBe('none');
  });

  it('D9: over a period, a tie is as certain as on its most certain day', () => {
    const fact = tieFact(buildRelation('r', { valid: '2016-09/2016-10' }), [], undated);
    expect(tieCertainty(fact, '2016-09-01')).toBe('possible');
    expect(tieCertaintyDuring(fact, '2016-09-01', '2016-09-30')).toBe('definite');
    expect(tieCertaintyDuring(fact, '2016-11-01', '2016-11-30')).toBe('none');
  });

  it('M4: a disputed valid time makes the tie possible wherever one reading allows it', () => {
    const claims = [
      buildClaim('rel:r', 1),
      buildClaim('rel:r', 2, { value: { valid: '2016-06~/2018' }, evidence: evidenceFor('Group A and Group B fought near Kidal in 2016') }),
    ];
    const fact = tieFact(buildRelation('r', { valid: '2016-01/2018' }), claims, undated);
    expect(fact.readings.map((r) => r.text)).toEqual(['2016-01/2018', '2016-06~/2018']);
    expect(fact.status).toBe('disputed');
    expect(tieCertainty(fact, '2016-03-01')).toBe('possible');
    expect(tieCertainty(fact, '2017-01-01')).toBe('definite');
  });

  it('a rejected competing claim does not count', () => {
    const claims = [buildClaim('rel:r', 1), buildClaim('rel:r', 2, { value: { valid: '2010/2011' }, status: 'rejected' })];
    const fact = tieFact(buildRelation('r', { valid: '2016-01/2018' }), claims, undated);
    expect(fact.readings).toHaveLength(1);
    expect(tieCertainty(fact, '2010-06-01')).toBe('none');
  });
});
