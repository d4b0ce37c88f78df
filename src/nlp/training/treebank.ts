// The treebank as the trainers see it: one record of parallel arrays per sentence, syntactic
// words only (multiword-token ranges and empty nodes are the CoNLL-U file's business, not the
// models'), heads 0-based with -1 for the root.
import type { ConlluSentence } from "../conllu.ts";

export interface TreebankSentence {
  forms: string[];
  lemmas: string[];
  upos: string[];
  xpos: string[];
  /** 0-based head index, -1 for the root. */
  heads: number[];
  deprels: string[];
}

export function toTreebankSentence(s: ConlluSentence): TreebankSentence {
  return {
    forms: s.words.map((w) => w.form),
    lemmas: s.words.map((w) => w.lemma),
    upos: s.words.map((w) => w.upos),
    xpos: s.words.map((w) => w.xpos),
    heads: s.words.map((w) => w.head - 1),
    deprels: s.words.map((w) => w.deprel),
  };
}

/** The joint tag class name of a word, as the tagger predicts it. */
export function tagClassName(upos: string, xpos: string): string {
  return `${upos}|${xpos}`;
}
