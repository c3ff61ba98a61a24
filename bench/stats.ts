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
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] ?? 0;
  return { n, median: at(0.5), p95: at(0.95) };
}
