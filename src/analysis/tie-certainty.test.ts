import { describe, expect, it } from 'vitest';
import { buildClaim, buildRelation, evidenceFor, SOURCE_ID } from '../../test/factories.js';
import { tieCertainty } from './tie-certainty.js';
import { tieFact } from './tie-facts.js';

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

  it('D5: an unknown end leaves the tie only possible after its start', () => {
    const fact = tieFact(buildRelation('r', { valid: '2012/' }), [], undated);
    expect(tieCertainty(fact, '2015-01-01')).toBe('possible');
  });

  it('D7: an open end is definite up to the latest supporting source, possible after it', () => {
    const claims = [buildClaim('rel:r', 1)];
    const fact = tieFact(buildRelation('r', { valid: '2015/..' }), claims, (id) => (id === SOURCE_ID ? '2017-08-01' : undefined));
    expect(fact.attestedUntil).toBe('2017-08-01');
    expect(tieCertainty(fact, '2016-06-01')).toBe('definite');
    expect(tieCertainty(fact, '2017-08-01')).toBe('definite');
    expect(tieCertainty(fact, '2017-08-02')).toBe('possible');
    // Without a dated source, D5 stands: still in force as far as the sources know.
    expect(tieCertainty(tieFact(buildRelation('r', { valid: '2015/..' }), claims, undated), '2030-01-01')).toBe('definite');
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
