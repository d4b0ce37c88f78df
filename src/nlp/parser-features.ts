// The parser's feature templates: Zhang & Nivre (2011)'s rich non-local features for arc-eager
// (words and tags of the stack top S0, the buffer front N0 and the next two N1 N2, their pairs and
// triples, the S0–N0 distance, valencies, heads and grandheads, the leftmost and rightmost
// dependents two deep, the label sets of dependents), plus S1 (the second stack item), which
// helps with the attachments UNSHIFT re-opens, and the surface neighbours of S0 and N0 with
// suffixes for words the training data never showed. Every template is one integer hash of a template
// id and a few ids: word hashes, joint tag ids, label ids.
import type { ArcEagerState } from "./arc-eager.ts";
import { mixPair, put1, put2, put3, put4 } from "./feature-hash.ts";
import type { SentenceLexicon } from "./lexical-features.ts";

export const MAX_PARSER_FEATURES = 88;

const NONE_WORD = 0x1b873593;
const ROOT_WORD = 0x2545f491;
const NONE_TAG = 250;
const ROOT_TAG = 251;
const NONE_LABEL = 254;

function distanceBucket(d: number): number {
  if (d <= 5) return d;
  if (d <= 7) return 6;
  if (d <= 10) return 7;
  return 8;
}

function wordOf(lex: SentenceLexicon, n: number, x: number): number {
  return x < 0 ? NONE_WORD : x === n ? ROOT_WORD : lex.lower[x]!;
}
function tagOf(tags: Uint8Array, n: number, x: number): number {
  return x < 0 ? NONE_TAG : x === n ? ROOT_TAG : tags[x]!;
}
function labelOf(labels: Int32Array, x: number): number {
  return x < 0 || labels[x]! < 0 ? NONE_LABEL : labels[x]!;
}

/** Writes the features of the current configuration into keys; returns how many. */
export function parserFeatures(st: ArcEagerState, lex: SentenceLexicon, tags: Uint8Array, keys: Uint32Array): number {
  return changingFeatures(st, lex, tags, keys, stackTopFeatures(st, lex, tags, keys, 0));
}

/**
 * The features that look only at the stack top S0 and what cannot change while it stays on top:
 * its word and tag, its head and grandhead, its left dependents (all attached before it was
 * pushed), and S1 below it. Written from keys[k]; returns the new count. Inference sums these
 * once per stack top (parser.ts) instead of once per configuration; the state must not be
 * UNSHIFTed (template 75 reads that flag).
 */
export function stackTopFeatures(st: ArcEagerState, lex: SentenceLexicon, tags: Uint8Array, keys: Uint32Array, k: number): number {
  const n = st.n;
  const heads = st.heads;
  const labels = st.labels;
  const s0 = st.s(0);
  const s1 = st.s(1);
  const s0h = s0 >= 0 ? heads[s0]! : -1;
  const s0h2 = s0h >= 0 && s0h < n ? heads[s0h]! : -1;
  const s0l = s0 >= 0 ? st.lm1[s0]! : -1;
  const s0l2 = s0 >= 0 ? st.lm2[s0]! : -1;
  const s0w = wordOf(lex, n, s0);
  const s0p = tagOf(tags, n, s0);
  const s0vl = s0 >= 0 ? Math.min(st.nl[s0]!, 7) : 0;
  const s0hp = tagOf(tags, n, s0h);
  const s0lp = tagOf(tags, n, s0l);
  const s0h2p = tagOf(tags, n, s0h2);
  const s0l2p = tagOf(tags, n, s0l2);
  // single words
  put2(keys, k++, 1, s0w, s0p);
  put1(keys, k++, 2, s0w);
  put1(keys, k++, 3, s0p);
  // valency
  put2(keys, k++, 35, s0w, s0vl);
  put2(keys, k++, 36, s0p, s0vl);
  // unigrams of heads and dependents
  put1(keys, k++, 39, wordOf(lex, n, s0h));
  put1(keys, k++, 40, s0hp);
  put1(keys, k++, 41, labelOf(labels, s0));
  put1(keys, k++, 42, wordOf(lex, n, s0l));
  put1(keys, k++, 43, s0lp);
  put1(keys, k++, 44, labelOf(labels, s0l));
  // third order
  put1(keys, k++, 51, wordOf(lex, n, s0h2));
  put1(keys, k++, 52, s0h2p);
  put1(keys, k++, 53, labelOf(labels, s0h));
  put1(keys, k++, 54, wordOf(lex, n, s0l2));
  put1(keys, k++, 55, s0l2p);
  put1(keys, k++, 56, labelOf(labels, s0l2));
  put3(keys, k++, 63, s0p, s0lp, s0l2p);
  put3(keys, k++, 65, s0p, s0hp, s0h2p);
  // label sets
  const s0ls = s0 >= 0 ? mixPair(st.lsetLo[s0]!, st.lsetHi[s0]!) : 1;
  put2(keys, k++, 69, s0w, s0ls);
  put2(keys, k++, 70, s0p, s0ls);
  // the second stack item
  const s1p = tagOf(tags, n, s1);
  put2(keys, k++, 74, wordOf(lex, n, s1), s1p);
  put3(keys, k++, 75, s1p, s0p, st.unshifted ? 1 : 0);
  put2(keys, k++, 80, s0 >= 0 && s0 < n ? lex.suf3[s0]! : 3, s0p);
  return k;
}

/** Every other feature: those of the buffer, of S0 with N0, and of S0's right dependents. */
export function changingFeatures(st: ArcEagerState, lex: SentenceLexicon, tags: Uint8Array, keys: Uint32Array, k: number): number {
  const n = st.n;
  const heads = st.heads;
  const labels = st.labels;

  const s0 = st.s(0);
  const s1 = st.s(1);
  const n0 = st.buf(0);
  const n1 = st.buf(1);
  const n2 = st.buf(2);
  const s0h = s0 >= 0 ? heads[s0]! : -1;
  const s0l = s0 >= 0 ? st.lm1[s0]! : -1;
  const s0r = s0 >= 0 ? st.rm1[s0]! : -1;
  const s0r2 = s0 >= 0 ? st.rm2[s0]! : -1;
  const n0l = n0 >= 0 ? st.lm1[n0]! : -1;
  const n0l2 = n0 >= 0 ? st.lm2[n0]! : -1;

  const s0w = wordOf(lex, n, s0);
  const s0p = tagOf(tags, n, s0);
  const n0w = wordOf(lex, n, n0);
  const n0p = tagOf(tags, n, n0);
  const n1w = wordOf(lex, n, n1);
  const n1p = tagOf(tags, n, n1);
  const n2w = wordOf(lex, n, n2);
  const n2p = tagOf(tags, n, n2);
  const d = s0 >= 0 && n0 >= 0 ? distanceBucket(n0 - s0) : 0;
  const s0vr = s0 >= 0 ? Math.min(st.nr[s0]!, 7) : 0;
  const n0vl = n0 >= 0 ? Math.min(st.nl[n0]!, 7) : 0;

  // single words
  put2(keys, k++, 4, n0w, n0p);
  put1(keys, k++, 5, n0w);
  put1(keys, k++, 6, n0p);
  put2(keys, k++, 7, n1w, n1p);
  put1(keys, k++, 8, n1w);
  put1(keys, k++, 9, n1p);
  put2(keys, k++, 10, n2w, n2p);
  put1(keys, k++, 11, n2w);
  put1(keys, k++, 12, n2p);
  // word pairs
  put4(keys, k++, 13, s0w, s0p, n0w, n0p);
  put3(keys, k++, 14, s0w, s0p, n0w);
  put3(keys, k++, 15, s0w, n0w, n0p);
  put3(keys, k++, 16, s0w, s0p, n0p);
  put3(keys, k++, 17, s0p, n0w, n0p);
  put2(keys, k++, 18, s0w, n0w);
  put2(keys, k++, 19, s0p, n0p);
  put2(keys, k++, 20, n0p, n1p);
  // three words
  const s0hp = tagOf(tags, n, s0h);
  const s0lp = tagOf(tags, n, s0l);
  const s0rp = tagOf(tags, n, s0r);
  const n0lp = tagOf(tags, n, n0l);
  put3(keys, k++, 21, n0p, n1p, n2p);
  put3(keys, k++, 22, s0p, n0p, n1p);
  put3(keys, k++, 23, s0hp, s0p, n0p);
  put3(keys, k++, 24, s0p, s0lp, n0p);
  put3(keys, k++, 25, s0p, s0rp, n0p);
  put3(keys, k++, 26, s0p, n0p, n0lp);
  // distance
  put2(keys, k++, 27, s0w, d);
  put2(keys, k++, 28, s0p, d);
  put2(keys, k++, 29, n0w, d);
  put2(keys, k++, 30, n0p, d);
  put3(keys, k++, 31, s0w, n0w, d);
  put3(keys, k++, 32, s0p, n0p, d);
  // valency
  put2(keys, k++, 33, s0w, s0vr);
  put2(keys, k++, 34, s0p, s0vr);
  put2(keys, k++, 37, n0w, n0vl);
  put2(keys, k++, 38, n0p, n0vl);
  // unigrams of dependents
  put1(keys, k++, 45, wordOf(lex, n, s0r));
  put1(keys, k++, 46, s0rp);
  put1(keys, k++, 47, labelOf(labels, s0r));
  put1(keys, k++, 48, wordOf(lex, n, n0l));
  put1(keys, k++, 49, n0lp);
  put1(keys, k++, 50, labelOf(labels, n0l));
  // third order
  const s0r2p = tagOf(tags, n, s0r2);
  const n0l2p = tagOf(tags, n, n0l2);
  put1(keys, k++, 57, wordOf(lex, n, s0r2));
  put1(keys, k++, 58, s0r2p);
  put1(keys, k++, 59, labelOf(labels, s0r2));
  put1(keys, k++, 60, wordOf(lex, n, n0l2));
  put1(keys, k++, 61, n0l2p);
  put1(keys, k++, 62, labelOf(labels, n0l2));
  put3(keys, k++, 64, s0p, s0rp, s0r2p);
  put3(keys, k++, 66, n0p, n0lp, n0l2p);
  // label sets
  const s0rs = s0 >= 0 ? mixPair(st.rsetLo[s0]!, st.rsetHi[s0]!) : 1;
  const n0ls = n0 >= 0 ? mixPair(st.lsetLo[n0]!, st.lsetHi[n0]!) : 1;
  put2(keys, k++, 67, s0w, s0rs);
  put2(keys, k++, 68, s0p, s0rs);
  put2(keys, k++, 71, n0w, n0ls);
  put2(keys, k++, 72, n0p, n0ls);
  // the second stack item
  put3(keys, k++, 73, tagOf(tags, n, s1), s0p, n0p);
  {
    // Surface neighbours (the word just left of N0, just right of S0) and suffixes for unknown
    // words: +0.2 UAS, +0.3 LAS on dev over Zhang & Nivre's set alone.
    const nb = n0 >= 0 && n0 < n && n0 - 1 >= 0 && n0 - 1 !== s0 ? n0 - 1 : -1;
    const sa = s0 >= 0 && s0 + 1 < n && s0 + 1 !== n0 ? s0 + 1 : -1;
    const nbp = tagOf(tags, n, nb);
    const sap = tagOf(tags, n, sa);
    put3(keys, k++, 76, nbp, n0p, s0p);
    put3(keys, k++, 77, s0p, sap, n0p);
    put2(keys, k++, 78, wordOf(lex, n, nb), n0p);
    put2(keys, k++, 79, sap, s0w);
    put2(keys, k++, 81, n0 >= 0 && n0 < n ? lex.suf3[n0]! : 3, n0p);
    put3(keys, k++, 82, s0p, n0p, n0 >= 0 && n0 < n ? lex.suf3[n0]! : 3);
    put3(keys, k++, 83, s0p, n0p, s0 >= 0 && s0 < n ? lex.suf3[s0]! : 3);
  }
  return k;
}
