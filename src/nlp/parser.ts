// Greedy dependency parsing: at each configuration the averaged-perceptron scores every valid
// arc-eager move (labelled arcs are moves of their own) and the best is taken; moves the system
// forces (see arc-eager.ts) are taken without scoring. Labels are only offered in the direction
// the training data used them (no "det" pointing left-to-right), which also saves scoring time.
import { ArcEagerState, DONE, FREE, leftArc, REDUCE, rightArc, SHIFT } from "./arc-eager.ts";
import type { SentenceLexicon } from "./lexical-features.ts";
import { MAX_PARSER_FEATURES, parserFeatures } from "./parser-features.ts";
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

/** Reusable buffers for parsing. */
export class ParserScratch {
  readonly state: ArcEagerState;
  readonly keys = new Uint32Array(MAX_PARSER_FEATURES);
  readonly scores: Int32Array;
  constructor(model: ParserModel) {
    this.state = new ArcEagerState(model.labels.length, model.rootLabel);
    this.scores = new Int32Array(2 + 2 * model.labels.length);
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
  const keys = scratch.keys;
  const scores = scratch.scores;
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
    const nk = parserFeatures(st, lex, tags, keys);
    scores.fill(0);
    model.weights.addScores(keys, nk, scores, !canLeft);
    st.apply(bestMove(model, st, scores));
  }
  for (let i = 0; i < n; i++) {
    const h = st.heads[i]!;
    heads[i] = h === n ? -1 : h;
    labels[i] = st.labels[i]!;
  }
}
