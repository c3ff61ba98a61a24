/**
 * Binary logistic regression over string features, trained by full-batch gradient descent with L2
 * regularisation and AdaGrad step sizes (rare words learn as fast as common ones). No installed package does this (the project has no machine-learning dependency and
 * the ranker needs only a weighted sum at run time), so these few lines are ours. Deterministic: the
 * same examples in the same order give the same weights, which is what makes training reproducible.
 */
export interface Example {
  features: readonly string[];
  label: 0 | 1;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Features seen in fewer examples are left out: a word met once teaches only its sentence. */
  minCount: number;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability a weight table gives an example. */
export function probability(weights: Readonly<Record<string, number>>, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += weights[f] ?? 0;
  return sigmoid(z);
}

/** Weights, rounded to four decimals and without those that round to zero, keyed in sorted order. */
export function trainLogistic(examples: readonly Example[], options: TrainOptions): Record<string, number> {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const f of [...counts.keys()].sort()) if ((counts.get(f) as number) >= options.minCount) index.set(f, index.size);
  const rows = examples.map((e) => Int32Array.from(e.features.filter((f) => index.has(f)).map((f) => index.get(f) as number)));
  const w = new Float64Array(index.size);
  const grad = new Float64Array(index.size);
  const squared = new Float64Array(index.size);
  const n = Math.max(1, examples.length);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    grad.fill(0);
    rows.forEach((row, i) => {
      let z = 0;
      for (const k of row) z += w[k] as number;
      const err = sigmoid(z) - (examples[i] as Example).label;
      for (const k of row) grad[k] = (grad[k] as number) + err;
    });
    for (let k = 0; k < w.length; k++) {
      const g = (grad[k] as number) / n + options.l2 * (w[k] as number);
      squared[k] = (squared[k] as number) + g * g;
      w[k] = (w[k] as number) - (options.rate * g) / (Math.sqrt(squared[k] as number) + 1e-8);
    }
  }
  const out: Record<string, number> = {};
  for (const [f, k] of index) {
    const v = Math.round((w[k] as number) * 1e4) / 1e4;
    if (v !== 0) out[f] = v;
  }
  return out;
}
