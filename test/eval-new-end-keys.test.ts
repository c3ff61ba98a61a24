import { describe, expect, it } from 'vitest';
import type { Annotation, Locator } from '../eval/annotation.js';
import type { EvalDocument } from '../eval/eval-documents.js';
import { newEndResolver } from '../eval/new-end-keys.js';
import { labelledSentences } from '../eval/ranker-training.js';
import type { Mention } from '../src/ingest/mentions/find-mentions.js';

const at = (start: number, end: number): Locator => ({ start, end, sha256: '' });
const mention = (id: string, start: number, end: number, via: Mention['via']): Mention => ({
  kind: 'actor',
  id,
  name: id,
  type: 'person',
  start,
  end,
  surface: id,
  via,
});

describe('gold relations whose end is new: for the ranker', () => {
  it('name the actor proposed at a gold mention of the new: id, counting code points', () => {
    // "🙂 " is two UTF-16 units but one code point: the gold mention sits at code points 2–8, the extractor's at units 3–9.
    const text = '🙂 Ag Ali leads the front.';
    const gold: Annotation[] = [{ type: 'mention', id: 'new:ag-ali', ...at(2, 8) }];
    const end = newEndResolver(text, [mention('actor:ag-ali', 3, 9, 'proposed'), mention('actor:jnim', 3, 9, 'alias')], gold);
    expect(end('new:ag-ali')).toBe('actor:ag-ali');
    expect(end('actor:jnim')).toBe('actor:jnim');
    expect(end('new:elsewhere')).toBe('new:elsewhere');
  });

  const text = 'Sedane Ag Hita, a JNIM commander in the Kidal region, promised revenge.';
  const gold: Annotation[] = [
    { type: 'region', ...at(0, text.length) },
    { type: 'mention', id: 'new:sedane-ag-hita', ...at(0, 14) },
    { type: 'mention', id: 'actor:jnim', ...at(18, 22) },
    { type: 'relation', relation: 'commands', from: 'new:sedane-ag-hita', to: 'actor:jnim', evidence: at(0, text.length) },
  ];
  const doc = (newEnds: boolean): EvalDocument => ({ key: 't', group: 'development', text, language: 'en', ...(newEnds ? { newEnds } : {}), gold });

  it('label the candidate pair between the proposed actor and the group in a text marked newEnds', () => {
    const [s] = labelledSentences([doc(true)]);
    expect(s?.gold).toEqual(new Set(['commands|actor:sedane-ag-hita|actor:jnim']));
    expect(s?.candidates.some((c) => c.from.id === 'actor:sedane-ag-hita' && c.to.id === 'actor:jnim')).toBe(true);
  });

  it('leave out pairs with a proposed end in a text that keeps such relations as notes', () => {
    const [s] = labelledSentences([doc(false)]);
    expect(s?.candidates.some((c) => c.from.id === 'actor:sedane-ag-hita' || c.to.id === 'actor:sedane-ag-hita')).toBe(false);
    expect([...(s?.proposed ?? [])].some((k) => k.includes('sedane'))).toBe(false);
  });
});
