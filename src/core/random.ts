/**
 * mulberry32: a small, fast, seeded generator of numbers in [0, 1). Pure and deterministic: the
 * same seed gives the same sequence, so the local model's test of chance gives the same answer for
 * the same corrections, and the emulator's faults, tests and benches are reproducible.
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
