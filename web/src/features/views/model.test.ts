import { describe, expect, it } from 'vitest';
import { describeHash, formatSavedAt, isSavable, suggestedName } from './model.js';

describe('saved views in words', () => {
  it('names a view after the page, without the app name, within the longest name allowed', () => {
    expect(suggestedName('Timeline · Faultline')).toBe('Timeline');
    expect(suggestedName('Faultline')).toBe('Faultline');
    expect(suggestedName(`${'x'.repeat(200)} · Faultline`)).toHaveLength(120);
  });

  it('says what a location shows: the page and its settings, decoded', () => {
    expect(describeHash('#/network?date=2017-06&focus=actor%3Acma&steps=2')).toBe('network · date=2017-06, focus=actor:cma, steps=2');
    expect(describeHash('#/actors/actor%3Agatia')).toBe('actors / actor:gatia');
    expect(describeHash('#/')).toBe('home');
    expect(describeHash('#/sources/%E0%A4%A')).toBe('sources / %E0%A4%A');
  });

  it('saves only in-app locations short enough to keep, and dates them to the minute', () => {
    expect(isSavable('#/timeline?from=2012')).toBe(true);
    expect(isSavable('')).toBe(false);
    expect(isSavable(`#/timeline?x=${'a'.repeat(2000)}`)).toBe(false);
    expect(formatSavedAt('2026-03-01T14:05:09.000Z')).toBe('2026-03-01 14:05 UTC');
  });
});
