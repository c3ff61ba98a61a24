/** Timing helpers: run a body n times after a warm-up, and report median and 95th percentile in ms. */
export interface Timing {
  n: number;
  median: number;
  p95: number;
}

export async function time(n: number, body: (i: number) => unknown): Promise<Timing> {
  await body(-1);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await body(i);
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}

/** Times several bodies round by round, after a warm-up round, so that drift in the machine's load falls on each alike. */
export async function timeSideBySide<K extends string>(n: number, bodies: Record<K, () => unknown>): Promise<Record<K, Timing>> {
  const names = Object.keys(bodies) as K[];
  const samples = new Map<K, number[]>(names.map((name) => [name, []]));
  for (let i = -1; i < n; i++) {
    for (const name of names) {
      const start = performance.now();
      await bodies[name]();
      if (i >= 0) samples.get(name)?.push(performance.now() - start);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(samples.get(name) ?? [])])) as Record<K, Timing>;
}

/** Median and 95th percentile of samples in ms; sorts them in place. */
export function summarize(samples: number[]): Timing {
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] ?? 0;
  return { n: samples.length, median: at(0.5), p95: at(0.95) };
}
