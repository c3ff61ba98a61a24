import { describe, expect, it } from 'vitest';
import { MAX_FATALITIES } from '../model/event.js';
import { recordIssues } from './record-issues.js';

const event = { id: 'event:x', type: 'armed_clash', date: '2016', participants: [], description: 'a clash' };
const claim = {
  id: 'event:x#1',
  subject: 'event:x',
  stance: 'supports',
  evidence: [{ source: 'a'.repeat(64), start: 0, end: 5, sha256: 'b'.repeat(64) }],
  credibility: 2,
  method: 'analyst',
  status: 'proposed',
  by: 't',
  at: '2026-01-01',
};

describe('one rule for a valid record', () => {
  it('bounds a death toll the same way for a record and for a claim asserting it', () => {
    expect(recordIssues('event', { ...event, fatalities: { best: MAX_FATALITIES } })).toEqual([]);
    expect(recordIssues('event', { ...event, fatalities: { best: MAX_FATALITIES + 1 } }).map((i) => i.path)).toEqual(['fatalities.best']);
    expect(new Set(recordIssues('claim', { ...claim, value: { fatalities: { best: 1e24 } } }).map((i) => i.path))).toEqual(new Set(['value.fatalities.best']));
  });

  it('refuses a claim value that names another id or a property its subject lacks, with file and line when given', () => {
    const issues = recordIssues('claim', { ...claim, value: { id: 'event:y', colour: 'red' } }, { file: 'claims.jsonl', line: 3 });
    expect(issues.map((i) => [i.file, i.line, i.path])).toEqual([
      ['claims.jsonl', 3, 'value'],
      ['claims.jsonl', 3, 'value.id'],
    ]);
  });
});
