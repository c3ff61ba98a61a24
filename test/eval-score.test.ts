import { describe, expect, it } from 'vitest';
import type { Annotation, Locator } from '../eval/annotation.js';
import { scoreDocument, type Scored } from '../eval/score.js';
import type { ExtractionReport } from '../src/services/ingest/present-extraction.js';

// "Ag Ali, a commander of JNIM, ..." — Ag Ali is an actor the dataset lacks.
const at = (start: number, end: number): Locator => ({ start, end, sha256: '' });
const sentence = { start: 0, end: 40 };
const goldMentions: Annotation[] = [
  { type: 'region', ...at(0, 40) },
  { type: 'mention', id: 'new:ag-ali', ...at(0, 6) },
  { type: 'mention', id: 'actor:jnim', ...at(21, 25) },
];
const goldCommands: Annotation = { type: 'relation', relation: 'commands', from: 'new:ag-ali', to: 'actor:jnim', evidence: at(0, 40) };

function report(relations: ExtractionReport['relations'], proposedAt = { start: 0, end: 6 }): ExtractionReport {
  return {
    mentions: [
      { kind: 'actor', id: 'actor:ag-ali', proposed: 'Ag Ali', surface: 'Ag Ali', ...proposedAt },
      { kind: 'actor', id: 'actor:jnim', surface: 'JNIM', start: 21, end: 25 },
    ],
    proposedActors: [{ id: 'actor:ag-ali', name: 'Ag Ali', kind: 'person', cue: 'person', ...proposedAt }],
    dates: [],
    relations,
    events: [],
  };
}
const commands = { type: 'commands', from: 'actor:ag-ali', to: 'actor:jnim', sentence };
const relationsOf = (scored: Scored[]) => {
  const r = scored.find((s) => s.task === 'relations') as Scored;
  const t = r.scores.get('commands') ?? { tp: 0, fp: 0, fn: 0 };
  return { ...t, setAside: r.setAside };
};

describe('relations whose end is an actor the dataset lacks', () => {
  it('match a proposed actor whose mention overlaps the gold new: mention, in a text marked newEnds', () => {
    const scored = scoreDocument(report([commands]), [...goldMentions, goldCommands], 't', { newEnds: true });
    expect(relationsOf(scored)).toEqual({ tp: 1, fp: 0, fn: 0, setAside: 0 });
  });

  it('do not match a proposed actor found elsewhere in the text', () => {
    const scored = scoreDocument(report([commands], { start: 30, end: 36 }), [...goldMentions, goldCommands], 't', { newEnds: true });
    expect(relationsOf(scored)).toEqual({ tp: 0, fp: 1, fn: 1, setAside: 0 });
  });

  it('never match a dataset id at the span of the new: mention', () => {
    const wrong = { ...commands, from: 'actor:iyad-ag-ghaly' };
    const r = report([wrong]);
    r.mentions.push({ kind: 'actor', id: 'actor:iyad-ag-ghaly', surface: 'Ag Ali', start: 0, end: 6 });
    expect(relationsOf(scoreDocument(r, [...goldMentions, goldCommands], 't', { newEnds: true }))).toEqual({ tp: 0, fp: 1, fn: 1, setAside: 0 });
  });

  it('are set aside, neither right nor wrong, in a text whose annotation keeps them as notes', () => {
    const scored = scoreDocument(report([commands, { type: 'member_of', from: 'actor:jnim', to: 'actor:jnim', sentence }]), goldMentions, 't');
    expect(relationsOf(scored)).toEqual({ tp: 0, fp: 0, fn: 0, setAside: 1 });
    expect(scored.find((s) => s.task === 'relations')?.scores.get('member_of')).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
});
