// Part-of-speech tagging: a greedy left-to-right averaged perceptron over one joint class per
// (UPOS, XPOS) pair seen in training, so the two tag sets never disagree ("that" as PRON|WDT or
// SCONJ|IN is one decision, not two). Features are Honnibal-style (word, affixes, shape,
// neighbouring words, the two previous tags) plus the ambiguity class of the word and of the next
// two words (the set of tags the training data gave them), which lets the tagger look right
// without a second pass. Frequent words that the training data tags one way only skip scoring.
import { put1, put2, put3 } from "./feature-hash.ts";
import type { SentenceLexicon } from "./lexical-features.ts";
import type { SparseWeights } from "./sparse-weights.ts";

export interface TagClass {
  upos: string;
  xpos: string;
}

/** A word of the tag dictionary: its ambiguity class and, when unambiguous and frequent, its tag. */
export interface TagDictionaryEntry {
  ambiguity: number;
  /** The class the word always takes, or -1. */
  fixed: number;
}

export interface TaggerModel {
  classes: TagClass[];
  weights: SparseWeights;
  dictionary: Map<string, TagDictionaryEntry>;
}

/** Upper bound on features per token; the key buffer is sized by it. */
export const MAX_TAGGER_FEATURES = 40;

/** Fills in the ambiguity classes of a sentence's words (0 = not in the dictionary). */
export function ambiguityClasses(lex: SentenceLexicon, dictionary: Map<string, TagDictionaryEntry>): void {
  for (let i = 0; i < lex.n; i++) lex.amb[i] = dictionary.get(lex.lowerText[i]!)?.ambiguity ?? 0;
}

const NONE = 0x1f3759df;
const START1 = 0x13579bdf;
const START2 = 0x2468ace0;

/**
 * Writes the feature keys of token i into keys and returns how many. p1 and p2 are the classes
 * of the two previous tokens (or -1, -2 before the start).
 */
export function taggerFeatures(lex: SentenceLexicon, i: number, p1: number, p2: number, keys: Uint32Array): number {
  return contextFeatures(lex, i, p1, p2, keys, wordFeatures(lex, i, keys, 0));
}

/**
 * The features of the word by itself (its forms, affixes, shape and ambiguity class), the same
 * wherever it occurs: inference sums their scores once per word form (WordCache). From keys[k].
 */
export function wordFeatures(lex: SentenceLexicon, i: number, keys: Uint32Array, k: number): number {
  put1(keys, k++, 1, 0);
  put1(keys, k++, 2, lex.lower[i]!);
  put1(keys, k++, 3, lex.form[i]!);
  put1(keys, k++, 4, lex.suf1[i]!);
  put1(keys, k++, 5, lex.suf2[i]!);
  put1(keys, k++, 6, lex.suf3[i]!);
  put1(keys, k++, 7, lex.suf4[i]!);
  put1(keys, k++, 8, lex.pre1[i]!);
  put1(keys, k++, 9, lex.pre2[i]!);
  put1(keys, k++, 10, lex.pre3[i]!);
  put1(keys, k++, 11, lex.shape[i]!);
  put1(keys, k++, 24, lex.amb[i]!);
  put2(keys, k++, 36, lex.amb[i]!, lex.suf3[i]!);
  return k;
}

/** The features of the word in its sentence: neighbours and the previous tags. From keys[k]. */
export function contextFeatures(lex: SentenceLexicon, i: number, p1: number, p2: number, keys: Uint32Array, k: number): number {
  const n = lex.n;
  const amb = lex.amb;
  const w = lex.lower[i]!;
  const wPrev = i > 0 ? lex.lower[i - 1]! : START1;
  const wPrev2 = i > 1 ? lex.lower[i - 2]! : i > 0 ? START1 : START2;
  const wNext = i + 1 < n ? lex.lower[i + 1]! : START1;
  const wNext2 = i + 2 < n ? lex.lower[i + 2]! : i + 1 < n ? START1 : START2;
  const aNext = i + 1 < n ? amb[i + 1]! : START1;
  const aNext2 = i + 2 < n ? amb[i + 2]! : START2;
  const aPrev = i > 0 ? amb[i - 1]! : START1;
  put1(keys, k++, 12, p1);
  put2(keys, k++, 13, p1, p2);
  put2(keys, k++, 14, p1, w);
  put1(keys, k++, 15, wPrev);
  put1(keys, k++, 16, i > 0 ? lex.suf3[i - 1]! : NONE);
  put1(keys, k++, 17, wPrev2);
  put1(keys, k++, 18, wNext);
  put1(keys, k++, 19, i + 1 < n ? lex.suf3[i + 1]! : NONE);
  put1(keys, k++, 20, wNext2);
  put2(keys, k++, 21, wPrev, w);
  put2(keys, k++, 22, w, wNext);
  put2(keys, k++, 23, p1, wNext);
  put1(keys, k++, 25, aNext);
  put1(keys, k++, 26, aNext2);
  put2(keys, k++, 27, aNext, aNext2);
  put2(keys, k++, 28, p1, aNext);
  put2(keys, k++, 29, amb[i]!, aNext);
  put2(keys, k++, 30, aPrev, amb[i]!);
  put2(keys, k++, 31, i === 0 ? 1 : 0, lex.shape[i]!);
  put1(keys, k++, 32, i + 1 < n ? lex.shape[i + 1]! : NONE);
  put1(keys, k++, 33, i > 0 ? lex.shape[i - 1]! : NONE);
  put2(keys, k++, 34, p1, lex.suf3[i]!);
  put3(keys, k++, 35, p1, w, wNext);
  return k;
}

/**
 * Greedy tagging of one sentence; writes class ids into out. With `words` (the words' cached
 * dictionary entries and word-feature scores, see word-cache.ts) the dictionary is not consulted
 * and the word features are not scored again; the tags are the same either way.
 */
export function tagSentence(
  model: TaggerModel,
  lex: SentenceLexicon,
  out: Uint8Array,
  scratch: TaggerScratch,
  words?: ReadonlyArray<{ fixed: number; tagScores: Int32Array }>,
): void {
  const n = lex.n;
  if (!words) ambiguityClasses(lex, model.dictionary);
  const scores = scratch.scores;
  const keys = scratch.keys;
  const nClasses = model.classes.length;
  let p1 = -1;
  let p2 = -2;
  for (let i = 0; i < n; i++) {
    const word = words?.[i];
    const fixed = word ? word.fixed : (model.dictionary.get(lex.lowerText[i]!)?.fixed ?? -1);
    let best: number;
    if (fixed >= 0) best = fixed;
    else {
      let nk: number;
      if (word) {
        scores.set(word.tagScores);
        nk = contextFeatures(lex, i, p1, p2, keys, 0);
      } else {
        scores.fill(0, 0, nClasses);
        nk = taggerFeatures(lex, i, p1, p2, keys);
      }
      model.weights.addScores(keys, nk, scores);
      best = 0;
      for (let c = 1; c < nClasses; c++) if (scores[c]! > scores[best]!) best = c;
    }
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
}

/** Reusable buffers, so tagging allocates nothing per token. */
export class TaggerScratch {
  readonly keys = new Uint32Array(MAX_TAGGER_FEATURES);
  readonly scores: Int32Array;
  constructor(nClasses: number) {
    this.scores = new Int32Array(nClasses);
  }
}
