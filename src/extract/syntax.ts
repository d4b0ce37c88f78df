// The sentence's structure for the events and relationships stages: each sentence's dependency
// tree (src/nlp) with the article's entity mentions laid over its tokens, so a rule can ask "which
// entity is the subject of this verb" or "what does this preposition attach to" in the parse's
// terms. Mentions map to tokens by character offsets (the tokenizers differ; offsets do not).
// Queries are small named functions over plain arrays: children lists are built once per
// sentence, so every query costs time in proportion to the nodes it looks at.
import { parseSentence, type SyntaxToken } from "../nlp/index.ts";
import type { RawMention, SentenceTokens } from "./entities.ts";
import type { Resolution, ResolvedEntity } from "./resolve.ts";

export interface SentenceTree {
  /** Index of the sentence in the article. */
  index: number;
  start: number;
  end: number;
  text: string;
  isHeading: boolean;
  tokens: SyntaxToken[];
  /** Each token's lemma in lower case, made once per sentence: rules ask for it many times per token. */
  lowerLemmas: string[];
  /** Dependents of each token, in order. */
  children: number[][];
  /** The named mention covering each token (names only). */
  mention: (RawMention | undefined)[];
  /** The entity a token names, or — filled by references.ts — refers to ("he", "the company"). */
  entity: (ResolvedEntity | undefined)[];
  /** True where `entity` comes from a pronoun or a description rather than a name. */
  isReference: boolean[];
  /** Plural references that stand for several entities ("their meeting" after "Trump and Putin"). */
  group: Map<number, ResolvedEntity[]>;
  /** The head token of each mention in this sentence. */
  mentionHead: Map<RawMention, number>;
}

export function buildTrees(sentences: readonly SentenceTokens[], resolution: Resolution): SentenceTree[] {
  const bySentence = new Map<number, RawMention[]>();
  for (const m of resolution.byMention.keys()) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  return sentences.map((st) => {
    const tokens = parseNewsSentence(st.sentence.text, st.sentence.start);
    const children: number[][] = tokens.map(() => []);
    tokens.forEach((t, i) => {
      if (t.head >= 0) children[t.head]!.push(i);
    });
    const tree: SentenceTree = {
      index: st.sentence.index,
      start: st.sentence.start,
      end: st.sentence.end,
      text: st.sentence.text,
      isHeading: st.sentence.isHeading,
      tokens,
      lowerLemmas: tokens.map((t) => t.lemma.toLowerCase()),
      children,
      mention: new Array(tokens.length).fill(undefined),
      entity: new Array(tokens.length).fill(undefined),
      isReference: new Array(tokens.length).fill(false),
      group: new Map(),
      mentionHead: new Map(),
    };
    const mentions = (bySentence.get(st.sentence.index) ?? []).sort((a, b) => a.start - b.start || b.end - a.end);
    let k = 0;
    for (const m of mentions) {
      // Tokens are in text order and mentions sorted by start: one forward sweep, with a step
      // back for nested mentions ("Russian" inside "Russian Defence Ministry").
      while (k > 0 && tokens[k - 1]!.end > m.start) k--;
      while (k < tokens.length && tokens[k]!.end <= m.start) k++;
      const covered: number[] = [];
      for (let j = k; j < tokens.length && tokens[j]!.start < m.end; j++) covered.push(j);
      if (covered.length === 0) continue;
      const entity = resolution.byMention.get(m);
      for (const j of covered) {
        // The longer (outer) mention keeps a token already covered: mentions come longest first.
        if (tree.mention[j]) continue;
        tree.mention[j] = m;
        tree.entity[j] = entity;
      }
      tree.mentionHead.set(m, spanHead(tokens, covered));
    }
    return tree;
  });
}

// A wire dateline before the story's first words: "BERLIN —", "HANOI, Vietnam (AP) —",
// "STOCKHOLM, March 3 (Reuters) -" (Reuters puts the date in it).
const DATELINE = /^[\p{Lu}][\p{Lu}\p{M}.'’ -]{1,40}(?:,\s*[\p{L}.' ]{2,30})?(?:,\s*\p{Lu}[a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^)]{1,30}\))?\s*[—–-]{1,2}\s+/u;

/**
 * Parses a sentence of news copy. A dateline is parsed on its own and hung on the story's root
 * (the treebank has no datelines, and the parser would take "BERLIN" for the subject).
 */
function parseNewsSentence(text: string, start: number): SyntaxToken[] {
  const m = DATELINE.exec(text);
  if (!m || m[0].length >= text.length) return parseSentence(text, start).tokens;
  const head = parseSentence(text.slice(0, m[0].length), start).tokens;
  const body = parseSentence(text.slice(m[0].length), start + m[0].length).tokens;
  const shift = head.length;
  const bodyRoot = body.findIndex((t) => t.head < 0);
  const out = head.map((t) => (t.head < 0 ? { ...t, head: bodyRoot + shift, deprel: "parataxis" } : t));
  for (const t of body) out.push({ ...t, head: t.head < 0 ? -1 : t.head + shift });
  return out;
}

/** The token of a span whose head lies outside it (the last such, for a flat name). */
function spanHead(tokens: readonly SyntaxToken[], span: readonly number[]): number {
  const inside = new Set(span);
  let head = span[span.length - 1]!;
  for (const j of span) {
    const h = tokens[j]!.head;
    if (h < 0 || !inside.has(h)) head = j;
  }
  return head;
}

/** "nsubj:pass" → "nsubj". */
export function baseRel(deprel: string): string {
  const c = deprel.indexOf(":");
  return c < 0 ? deprel : deprel.slice(0, c);
}

/** First index in [0, n) where `below(i)` is false, for a predicate true then false along the tokens. */
function firstNotBelow(n: number, below: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The token that ends at text offset `end` (-1 if none). Tokens are in text order and do not
 * overlap, so their ends increase: a binary search, not a scan per mention (a scan made rules
 * quadratic in the length of one endless sentence).
 */
export function tokenEndingAt(tree: SentenceTree, end: number): number {
  const k = firstNotBelow(tree.tokens.length, (i) => tree.tokens[i]!.end < end);
  return k < tree.tokens.length && tree.tokens[k]!.end === end ? k : -1;
}

/** The token that starts at text offset `start` (-1 if none); see tokenEndingAt. */
export function tokenStartingAt(tree: SentenceTree, start: number): number {
  const k = firstNotBelow(tree.tokens.length, (i) => tree.tokens[i]!.start < start);
  return k < tree.tokens.length && tree.tokens[k]!.start === start ? k : -1;
}

/** Dependents of i whose relation is one of `rels` (full names: "nsubj:pass"; a bare name matches its subtypes). */
export function dependents(tree: SentenceTree, i: number, ...rels: string[]): number[] {
  const out: number[] = [];
  if (i < 0 || i >= tree.children.length) return out;
  for (const c of tree.children[i]!) {
    const r = tree.tokens[c]!.deprel;
    if (rels.length === 0 || rels.includes(r)) out.push(c);
    else {
      // Only a subtyped relation ("nsubj:pass") has a base name of its own to try.
      const colon = r.indexOf(":");
      if (colon >= 0 && rels.includes(r.slice(0, colon))) out.push(c);
    }
  }
  return out;
}

export function dependent(tree: SentenceTree, i: number, ...rels: string[]): number | undefined {
  return dependents(tree, i, ...rels)[0];
}

export function lemmaOf(tree: SentenceTree, i: number): string {
  return tree.lowerLemmas[i]!;
}

/** The preposition (case marker) of a nominal, lowercased; multiword ones joined ("according to", "because of"). */
export function caseMarker(tree: SentenceTree, i: number): string {
  const c = dependents(tree, i, "case");
  if (c.length === 0) return "";
  // "out of", "according to": the fixed part rides on the first case word.
  return c
    .map((k) => [k, ...dependents(tree, k, "fixed")].map((j) => tree.tokens[j]!.form.toLowerCase()).join(" "))
    .join(" ");
}

/** The marker of a clause ("if", "that", "because", "to"). */
export function clauseMarker(tree: SentenceTree, i: number): string {
  const m = dependents(tree, i, "mark");
  return m.map((k) => tree.tokens[k]!.form.toLowerCase()).join(" ");
}

/** i and every token coordinated with it ("Vietnam and others", "Granollers and Lopez"). */
export function conjuncts(tree: SentenceTree, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length && out.length < 32; k++) {
    for (const c of dependents(tree, out[k]!, "conj")) out.push(c);
  }
  return out;
}

export function isPassive(tree: SentenceTree, v: number): boolean {
  return dependents(tree, v, "aux:pass", "nsubj:pass", "csubj:pass").length > 0;
}

export function isVerbal(tree: SentenceTree, i: number): boolean {
  const u = tree.tokens[i]!.upos;
  return u === "VERB" || (u === "AUX" && baseRel(tree.tokens[i]!.deprel) !== "aux" && baseRel(tree.tokens[i]!.deprel) !== "cop");
}

export function isNominal(tree: SentenceTree, i: number): boolean {
  const u = tree.tokens[i]!.upos;
  return u === "NOUN" || u === "PROPN" || u === "PRON" || u === "NUM";
}

/** The entity a token names or refers to. */
export function entityAt(tree: SentenceTree, i: number): ResolvedEntity | undefined {
  return tree.entity[i];
}

/** Tokens of the subtree under i (i included), in text order. */
export function subtree(tree: SentenceTree, i: number): number[] {
  const out: number[] = [];
  const stack = [i];
  while (stack.length && out.length < 4096) {
    const k = stack.pop()!;
    out.push(k);
    for (const c of tree.children[k]!) stack.push(c);
  }
  return out.sort((a, b) => a - b);
}

/** Ancestors of i, nearest first (bounded: a malformed tree cannot loop). */
export function ancestors(tree: SentenceTree, i: number): number[] {
  const out: number[] = [];
  let h = tree.tokens[i]!.head;
  while (h >= 0 && out.length < tree.tokens.length) {
    out.push(h);
    h = tree.tokens[h]!.head;
  }
  return out;
}

/**
 * The appositions of a nominal: its `appos` dependents, and what a greedy parse hangs there under
 * another name — a comma-set nominal read as `list`, `parataxis` or `dep`, or as a conjunct of a
 * coordination that has no "and"/"or" at all ("CBP, part of Homeland Security": a list always has
 * one on its last conjunct). Names are left out: "Smith, Jones" is not an apposition the rules read.
 */
export function appositions(tree: SentenceTree, h: number): number[] {
  const out = dependents(tree, h, "appos");
  // Conjuncts inside the same name ("Customs and Border Protection") are the name's own words.
  const conj = dependents(tree, h, "conj").filter((c) => !tree.mention[h] || tree.mention[c] !== tree.mention[h]);
  const coordinated = conj.some((c) => dependents(tree, c, "cc").length > 0);
  for (const c of [...dependents(tree, h, "list", "parataxis", "dep"), ...(coordinated ? [] : conj)]) {
    if (c < h || out.includes(c)) continue;
    const u = tree.tokens[c]!.upos;
    if (u !== "NOUN" && u !== "PROPN" && u !== "ADJ") continue;
    if (tree.entity[c] && !tree.isReference[c]) continue;
    // Set off by a comma: the comma is the first word of the dependent's phrase or right before it.
    const first = subtree(tree, c)[0]!;
    const before = tree.tokens[first]!.form === "," ? first : first - 1;
    if (before < 0 || tree.tokens[before]!.form !== ",") continue;
    out.push(c);
  }
  return out.sort((a, b) => a - b);
}
