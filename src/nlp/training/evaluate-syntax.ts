// Scoring the syntax model on gold-tokenized sentences, the CoNLL 2018 shared task way with gold
// tokens (so words align one to one): UPOS, XPOS and lemma accuracy; UAS (head right); LAS (head
// right and the universal part of the relation right: "nsubj:pass" scored as "nsubj", as the
// official conll18_ud_eval.py does); punctuation included. Also the full-label LAS (subtypes
// must match too) and per-label precision/recall, which the extraction rules depend on.
import type { SyntaxModel } from "../syntax-model.ts";
import type { TreebankSentence } from "./treebank.ts";

export interface LabelCounts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface SyntaxScores {
  words: number;
  sentences: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
  lasFull: number;
  /** Per full label: attachments with the right head and label. */
  labels: Map<string, LabelCounts>;
  /** CPU seconds spent tagging, lemmatising and parsing (process CPU time, not wall time). */
  seconds: number;
}

const universal = (deprel: string): string => {
  const colon = deprel.indexOf(":");
  return colon < 0 ? deprel : deprel.slice(0, colon);
};

export function evaluateSyntax(model: SyntaxModel, sentences: readonly TreebankSentence[]): SyntaxScores {
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  let lasFull = 0;
  const labels = new Map<string, LabelCounts>();
  const count = (l: string): LabelCounts => {
    let c = labels.get(l);
    if (!c) labels.set(l, (c = { gold: 0, predicted: 0, correct: 0 }));
    return c;
  };
  const t0 = process.cpuUsage();
  for (const s of sentences) {
    const a = model.analyze(s.forms);
    for (let i = 0; i < s.forms.length; i++) {
      words++;
      if (a.upos[i] === s.upos[i]) upos++;
      if (a.xpos[i] === s.xpos[i]) xpos++;
      if (a.lemmas[i] === s.lemmas[i]) lemma++;
      count(s.deprels[i]!).gold++;
      count(a.deprels[i]!).predicted++;
      if (a.heads[i] === s.heads[i]) {
        uas++;
        if (universal(a.deprels[i]!) === universal(s.deprels[i]!)) las++;
        if (a.deprels[i] === s.deprels[i]) {
          lasFull++;
          count(s.deprels[i]!).correct++;
        }
      }
    }
  }
  const cpu = process.cpuUsage(t0);
  const seconds = (cpu.user + cpu.system) / 1e6;
  const pct = (x: number): number => (words ? (100 * x) / words : 0);
  return {
    words,
    sentences: sentences.length,
    upos: pct(upos),
    xpos: pct(xpos),
    lemma: pct(lemma),
    uas: pct(uas),
    las: pct(las),
    lasFull: pct(lasFull),
    labels,
    seconds,
  };
}
