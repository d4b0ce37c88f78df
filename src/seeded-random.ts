// The one seeded random generator (mulberry32: tiny, fast, deterministic): the same seed gives
// the same sequence on every run and machine, so generated corpora, benchmark graphs and
// property-test inputs reproduce. Plain arithmetic, no Node APIs: the explorer's browser bundle
// imports it as well as the scripts and tests.

/** A generator of numbers in [0, 1), like Math.random, fixed by `seed` (taken as a 32-bit integer). */
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
