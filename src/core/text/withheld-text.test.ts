import { describe, expect, it } from 'vitest';
import type { Source } from '../model/source.js';
import { textScrubber, WITHHELD_TEXT, withheldStrings } from './withheld-text.js';

const source = (over: Partial<Source>): Source => ({
  id: 'a'.repeat(64),
  title: 'Notes from the river',
  reliability: 'C',
  reliabilityReason: 'unknown informant',
  ...over,
});

describe('withheld text', () => {
  it('withholds the strings of restricted sources only, longest first, never short ones', () => {
    const strings = withheldStrings([
      source({ restricted: true, authors: ['Ann', 'Bea Sellers'], url: 'https://example.org/x' }),
      source({ id: 'b'.repeat(64), title: 'A public report' }),
    ]);
    expect(strings).toContain('Notes from the river');
    expect(strings).toContain('Bea Sellers');
    expect(strings).not.toContain('Ann');
    expect(strings).not.toContain('A public report');
    expect(strings[0]).toBe('a'.repeat(64));
  });

  it('replaces them in free text at any depth, in any case, and leaves names and ids alone', () => {
    const scrub = textScrubber(['Notes from the river']);
    const actor = { id: 'actor:x', name: 'Notes From The River', description: 'Named in notes from the river.', aliases: [{ name: 'X' }] };
    expect(scrub?.(actor)).toEqual({ ...actor, description: `Named in ${WITHHELD_TEXT}.` });
    const claim = { id: 'c#1', value: { description: 'see Notes from the river' }, note: 'ok' };
    expect(scrub?.(claim)).toEqual({ id: 'c#1', value: { description: `see ${WITHHELD_TEXT}` }, note: 'ok' });
    const untouched = { id: 'actor:y', description: 'nothing to hide' };
    expect(scrub?.(untouched)).toBe(untouched);
  });

  it('is absent when nothing is withheld, so readers skip the walk', () => {
    expect(textScrubber([])).toBeUndefined();
  });
});
