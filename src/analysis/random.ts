/** A seeded pseudo-random generator (mulberry32), so community detection and layouts give the same answer each run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit hash of a string (FNV-1a), to seed what belongs to one id, such as a node's first position. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A node's first layout position in a 100 × 100 square, seeded by its id, so every load starts the layout alike. */
export function seededPosition(id: string): { x: number; y: number } {
  const rnd = seededRandom(hashOf(id));
  return { x: rnd() * 100, y: rnd() * 100 };
}
