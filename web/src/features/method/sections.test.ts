import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlinePieces, methodSections } from './sections.js';

// The anchors the analytics page links to (MetricSection's `method`): each must be a method in docs/queries.md.
const LINKED = ['brokerage', 'blocs', 'balance', 'fragmentation', 'fluidity', 'communal'];

describe('methods read from docs/queries.md', () => {
  const sections = methodSections(readFileSync('docs/queries.md', 'utf8'));

  it('has every method the analytics page links to, each with its text and heading', () => {
    for (const id of LINKED) {
      const found = sections.find((s) => s.id === id);
      expect(found, id).toBeDefined();
      expect(found?.heading).toBe('The graph and its metrics');
      expect(found?.text.length).toBeGreaterThan(80);
      expect(found?.text).not.toContain('<a id');
    }
    expect(sections.find((s) => s.id === 'fluidity')?.text).toContain('first attested');
    expect(sections.find((s) => s.id === 'communal')?.text).toContain('inside');
  });

  it('cuts a method at the end of its list item', () => {
    const [only] = methodSections('## H\n- <a id="x"></a>**X** is `y`,\n  and *z*.\n- next item\n');
    expect(only).toEqual({ id: 'x', heading: 'H', text: '**X** is `y`, and *z*.' });
    expect(inlinePieces(only?.text ?? '')).toEqual([
      { kind: 'strong', text: 'X' },
      { kind: 'text', text: ' is ' },
      { kind: 'code', text: 'y' },
      { kind: 'text', text: ', and ' },
      { kind: 'em', text: 'z' },
      { kind: 'text', text: '.' },
    ]);
  });
});
