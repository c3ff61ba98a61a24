import { describe, expect, it } from 'vitest';
import type { ClaimSaying, Dispute } from './api.js';
import {
  actorsOf,
  citesSource,
  documentsInWords,
  fatalitiesInWords,
  filterDisputes,
  footnotesOf,
  isQuiet,
  labelInWords,
  linkNames,
  participantsCompared,
  sourcesCited,
  valueInWords,
} from './model.js';

const saying = (claim: string, source: string, extra: Partial<ClaimSaying> = {}): ClaimSaying => ({
  claim,
  stance: 'supports',
  credibility: 2,
  sources: [{ id: source, title: `Title ${source}`, reliability: 'B' }],
  passages: [{ sourceId: source, sourceTitle: `Title ${source}`, reliability: 'B', start: 10, end: 20 }],
  ...extra,
});
const weight = { score: 0.64, sources: 1, independent: 1, strongest: 'B2' };

function buildDispute(subject: string, kind: string, difference: Dispute['properties'][number]['difference'], sources: [string, string]): Dispute {
  return {
    subject,
    kind,
    label: subject,
    weight: 0.64,
    disputedBy: [],
    properties: [
      {
        property: 'valid',
        difference,
        readings: [
          { value: '2017', weight, supports: [saying(`${subject}#1`, sources[0])], disputes: [] },
          { value: '2018', weight, supports: [saying(`${subject}#2`, sources[1])], disputes: [] },
        ],
      },
    ],
  };
}

const tie = buildDispute('rel:a.merged-into.b', 'relation', 'contradiction', ['s1', 's2']);
const event = buildDispute('event:raid', 'event', 'refinement', ['s2', 's3']);

describe('disputes page model', () => {
  it('filters by kind of fact and by a source cited on any side, keeping the order (heaviest first)', () => {
    expect(filterDisputes([tie, event], { kind: 'event' }).map((d) => d.subject)).toEqual(['event:raid']);
    expect(filterDisputes([tie, event], { source: 's2' }).map((d) => d.subject)).toEqual(['rel:a.merged-into.b', 'event:raid']);
    expect(filterDisputes([tie, event], { source: 's1' }).map((d) => d.subject)).toEqual(['rel:a.merged-into.b']);
    expect(citesSource(event, 's1')).toBe(false);
    expect(sourcesCited([tie, event]).map((s) => s.id)).toEqual(['s1', 's2', 's3']);
  });

  it('M5: a claim disputing the whole record is a side too', () => {
    const whole: Dispute = { ...tie, properties: [], disputedBy: [saying('rel:x#2', 's9', { stance: 'disputes' })] };
    expect(citesSource(whole, 's9')).toBe(true);
    expect(isQuiet(whole)).toBe(false);
  });

  it('R1–R5: only refinements and near misses make a dispute quiet', () => {
    expect(isQuiet(tie)).toBe(false);
    expect(isQuiet(event)).toBe(true);
  });

  it('numbers claims once across the page, in order of appearance, with their passages', () => {
    const { numbers, notes } = footnotesOf([tie, event]);
    expect([...numbers]).toEqual([
      ['rel:a.merged-into.b#1', 1],
      ['rel:a.merged-into.b#2', 2],
      ['event:raid#1', 3],
      ['event:raid#2', 4],
    ]);
    expect(notes.get('event:raid')?.[0]).toMatchObject({ n: 3, claimId: 'event:raid#1', credibility: 2, passages: [{ sourceId: 's2', start: 10, end: 20 }] });
  });

  it('W2, W3: says how many documents are independent', () => {
    expect(documentsInWords({ sources: 3, independent: 2 })).toBe('2 independent of 3 documents');
    expect(documentsInWords({ sources: 1, independent: 1 })).toBe('1 independent of 1 document');
  });

  it('writes values for humans: dates in words, names, event types, fatalities', () => {
    const names = new Map([
      ['place:gao', 'Gao'],
      ['actor:msa', 'MSA'],
    ]);
    expect(valueInWords('valid', '2015-05/2021-08', names)).toBe('May 2015 to August 2021');
    expect(valueInWords('existed', '/2017-02?', names)).toBe('until perhaps February 2017');
    expect(valueInWords('place', 'place:gao', names)).toBe('Gao');
    expect(valueInWords('type', 'armed_clash', names)).toBe('armed clash');
    expect(valueInWords('participants', [{ actor: 'actor:msa', role: 'perpetrator', attribution: 'claimed' }], names)).toBe('MSA (perpetrator, claimed)');
    expect(fatalitiesInWords({ low: 30, best: 30, high: 30 })).toBe('30');
    expect(fatalitiesInWords({ low: 70, best: 79, high: 90 })).toBe('79 (70–90)');
    expect(fatalitiesInWords({ low: 20 })).toBe('at least 20');
  });

  it('R3: marks the participants that not every side lists in that role', () => {
    const a = [
      { actor: 'actor:moc', role: 'target' },
      { actor: 'actor:cma', role: 'target' },
    ];
    const b = [
      { actor: 'actor:moc', role: 'target' },
      { actor: 'actor:cma', role: 'victim' },
    ];
    expect(participantsCompared(a, [b]).map((p) => p.differs)).toEqual([false, true]);
  });

  it('puts a label’s date in words and splits it around actor names, longest first', () => {
    expect(labelInWords('A leads B (2017/2021-08)')).toBe('A leads B (2017 to August 2021)');
    expect(labelInWords('A raid (the first one)')).toBe('A raid (the first one)');
    const parts = linkNames('Islamic State in the Greater Sahara pledges allegiance to Islamic State', [
      { id: 'actor:is', name: 'Islamic State' },
      { id: 'actor:isgs', name: 'Islamic State in the Greater Sahara' },
    ]);
    expect(parts).toEqual([
      { text: 'Islamic State in the Greater Sahara', actor: 'actor:isgs' },
      { text: ' pledges allegiance to ' },
      { text: 'Islamic State', actor: 'actor:is' },
    ]);
  });

  it('finds the actors a fact is about: a tie’s ends, an event’s participants', () => {
    const relations = new Map([['rel:a.merged-into.b', { from: 'actor:a', to: 'actor:b' }]]);
    const events = new Map([['event:raid', { participants: [{ actor: 'actor:c' }, { actor: 'actor:c' }] }]]);
    expect(actorsOf(tie, relations, events)).toEqual(['actor:a', 'actor:b']);
    expect(actorsOf(event, relations, events)).toEqual(['actor:c']);
    expect(actorsOf({ subject: 'actor:z', kind: 'actor' }, relations, events)).toEqual(['actor:z']);
  });
});
