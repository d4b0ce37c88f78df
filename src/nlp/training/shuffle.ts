// Seeded shuffling for the trainers: the caller passes the project's one seeded generator
// (src/seeded-random.ts, mulberry32), so a training run is a pure function of its data and seed.

/** A Fisher–Yates shuffled copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out;
}
