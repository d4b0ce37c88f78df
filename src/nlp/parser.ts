// Greedy dependency parsing: at each configuration the averaged-perceptron scores every valid
// arc-eager move (labelled arcs are moves of their own) and the best is taken; moves the system
// forces (see arc-eager.ts) are taken without scoring. Labels are only offered in the direction
// the training data used them (no "det" pointing left-to-right), which also saves scoring time.
import { ArcEagerState, DONE, FREE, leftArc, REDUCE, rightArc, SHIFT } from "./arc-eager.ts";
import type { SentenceLexicon } from "./lexical-features.ts";
import { changingFeatures, MAX_PARSER_FEATURES, stackTopFeatures } from "./parser-features.ts";
import type { SparseWeights } from "./sparse-weights.ts";

export interface ParserModel {
  labels: string[];
  rootLabel: number;
  /** 1 where the label may be built by LEFT-ARC (head to the right of its dependent). */
  leftLabels: Uint8Array;
  /** 1 where the label may be built by RIGHT-ARC. */
  rightLabels: Uint8Array;
  weights: SparseWeights;
}

/** The best valid move under the given scores. */
export function bestMove(model: ParserModel, st: ArcEagerState, scores: ArrayLike<number>): number {
  const nLabels = model.labels.length;
  let best = -1;
  let bestScore = -Infinity;
  if (st.canShift()) {
    best = SHIFT;
    bestScore = scores[SHIFT]!;
  }
  if (st.canReduce() && scores[REDUCE]! > bestScore) {
    best = REDUCE;
    bestScore = scores[REDUCE]!;
  }
  if (st.canLeft()) {
    for (let l = 0; l < nLabels; l++) {
      if (!model.leftLabels[l]) continue;
      const a = leftArc(l);
      if (scores[a]! > bestScore) {
        best = a;
        bestScore = scores[a]!;
      }
    }
  }
  if (st.canRight()) {
    for (let l = 0; l < nLabels; l++) {
      if (!model.rightLabels[l]) continue;
      const a = rightArc(nLabels, l);
      if (scores[a]! > bestScore) {
        best = a;
        bestScore = scores[a]!;
      }
    }
  }
  return best;
}

/**
 * Reusable buffers for parsing, and the scores of the stack-top features (stackTopFeatures) of
 * each word, summed the first time the word is the stack top: a word is the top of several
 * configurations (again after each of its right dependents is reduced), and those features are
 * over a third of the additions.
 */
export class ParserScratch {
  readonly state: ArcEagerState;
  readonly keys = new Uint32Array(MAX_PARSER_FEATURES);
  readonly scores: Int32Array;
  readonly nClasses: number;
  /** Per word: its stack-top scores (nClasses each). */
  topScores = new Int32Array(0);
  /** Per word: the S1 the cached scores were computed with, or -2 for none cached. */
  topS1 = new Int32Array(0);
  constructor(model: ParserModel) {
    this.state = new ArcEagerState(model.labels.length, model.rootLabel);
    this.nClasses = 2 + 2 * model.labels.length;
    this.scores = new Int32Array(this.nClasses);
  }

  reset(n: number): void {
    if (this.topS1.length < n) {
      const size = Math.max(n, this.topS1.length * 2, 64);
      this.topScores = new Int32Array(size * this.nClasses);
      this.topS1 = new Int32Array(size);
    }
    this.topS1.fill(-2, 0, n);
  }
}

/**
 * Parses one tagged sentence. Writes each word's head (0-based word index, -1 for the root)
 * and label id into heads and labels.
 */
export function parseTagged(
  model: ParserModel,
  lex: SentenceLexicon,
  tags: Uint8Array,
  heads: Int32Array,
  labels: Int32Array,
  scratch: ParserScratch,
): void {
  const n = lex.n;
  const st = scratch.state;
  st.reset(n);
  scratch.reset(n);
  const keys = scratch.keys;
  const scores = scratch.scores;
  const nClasses = scratch.nClasses;
  const weights = model.weights;
  for (;;) {
    const forced = st.forcedMove();
    if (forced === DONE) break;
    if (forced !== FREE) {
      st.apply(forced);
      continue;
    }
    const canLeft = st.canLeft();
    // With an empty stack SHIFT is the only move: no need to score.
    if (!canLeft && !st.canReduce() && !st.canRight()) {
      st.apply(SHIFT);
      continue;
    }
    const s0 = st.stack[st.sp - 1]!;
    const s1 = st.sp > 1 ? st.stack[st.sp - 2]! : -1;
    if (st.unshifted) {
      // Only at the very end of a sentence, and the cached scores assumed it was not.
      scores.fill(0);
      weights.addScores(keys, stackTopFeatures(st, lex, tags, keys, 0), scores, false);
    } else {
      // Everything stackTopFeatures reads is fixed while s0 is on top of the same s1 (see there).
      const top = scratch.topScores.subarray(s0 * nClasses, (s0 + 1) * nClasses);
      if (scratch.topS1[s0] !== s1) {
        top.fill(0);
        weights.addScores(keys, stackTopFeatures(st, lex, tags, keys, 0), top, false);
        scratch.topS1[s0] = s1;
      }
      scores.set(top);
    }
    weights.addScores(keys, changingFeatures(st, lex, tags, keys, 0), scores, !canLeft);
    st.apply(bestMove(model, st, scores));
  }
  for (let i = 0; i < n; i++) {
    const h = st.heads[i]!;
    heads[i] = h === n ? -1 : h;
    labels[i] = st.labels[i]!;
  }
}
