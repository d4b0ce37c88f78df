// Making training trees projective, since arc-eager can only build projective trees and its
// dynamic oracle is only exact for them. Lifting (Kahane et al. 1998; Nivre & Nilsson 2005 without
// the label encoding): while some arc crosses another, the shortest non-projective arc h → d is
// replaced by head(h) → d, keeping d's label. The parser therefore never predicts the few
// non-projective arcs EWT has; evaluation still scores against the original trees.

/** Is the arc into d projective: does its head dominate every word strictly between them? */
function arcIsProjective(heads: readonly number[], d: number): boolean {
  const h = heads[d]!;
  if (h < 0) return true;
  const lo = Math.min(h, d);
  const hi = Math.max(h, d);
  for (let k = lo + 1; k < hi; k++) {
    let a = k;
    // Walk up from k; the tree has no cycles, so this ends at the root (-1) or at h.
    let steps = 0;
    while (a >= 0 && a !== h && steps++ <= heads.length) a = heads[a]!;
    if (a !== h) return false;
  }
  return true;
}

export function isProjective(heads: readonly number[]): boolean {
  for (let d = 0; d < heads.length; d++) if (!arcIsProjective(heads, d)) return false;
  return true;
}

/** A projective copy of heads and how many arcs were lifted. */
export function projectivize(input: readonly number[]): { heads: number[]; lifted: number } {
  const heads = [...input];
  let lifted = 0;
  for (;;) {
    let shortest = -1;
    let shortestLen = Infinity;
    for (let d = 0; d < heads.length; d++) {
      const h = heads[d]!;
      if (h < 0 || arcIsProjective(heads, d)) continue;
      const len = Math.abs(h - d);
      if (len < shortestLen) {
        shortest = d;
        shortestLen = len;
      }
    }
    if (shortest < 0) return { heads, lifted };
    // The root word dominates everything, so a non-projective arc's head always has a head.
    heads[shortest] = heads[heads[shortest]!]!;
    lifted++;
  }
}
