import { describe, expect, it } from 'vitest';
import { probability, trainLogistic, type Example } from './logistic.js';

const OPTIONS = { epochs: 200, rate: 0.1, l2: 1e-3, minCount: 1 };
// A toy task: "join" between two groups states a membership, "near" does not; "bias" is on every example.
const EXAMPLES: Example[] = [
  ...Array.from({ length: 6 }, () => ({ features: ['bias', 'w=join'], label: 1 as const })),
  ...Array.from({ length: 6 }, () => ({ features: ['bias', 'w=near'], label: 0 as const })),
  { features: ['bias', 'w=join', 'neg'], label: 0 },
];

describe('logistic regression', () => {
  it('learns which features raise and lower the probability', () => {
    const w = trainLogistic(EXAMPLES, OPTIONS);
    expect(probability(w, ['bias', 'w=join'])).toBeGreaterThan(0.7);
    expect(probability(w, ['bias', 'w=near'])).toBeLessThan(0.3);
    expect(w['neg']).toBeLessThan(0);
  });

  it('gives the same weights for the same data, whatever the order features are listed in', () => {
    const a = trainLogistic(EXAMPLES, OPTIONS);
    const b = trainLogistic(
      EXAMPLES.map((e) => ({ ...e, features: [...e.features].reverse() })),
      OPTIONS,
    );
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('leaves out features seen in fewer examples than asked', () => {
    const w = trainLogistic(EXAMPLES, { ...OPTIONS, minCount: 2 });
    expect(w['neg']).toBeUndefined();
    expect(w['w=join']).toBeGreaterThan(0);
  });
});
