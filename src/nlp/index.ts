// Syntax for the extractor: UD tokens with exact offsets, part-of-speech tags (UPOS and PTB
// XPOS), lemmas and a labelled dependency tree per sentence, from models trained on UD English
// EWT (see models/README.md). Pure apart from reading the model file once, on first use.
//
// Conventions of the results:
// - `start`/`end` are offsets into the text the caller passed (plus its offset), and
//   text.slice(start, end) === form for every token, also for the pieces of a split word
//   ("don't" → "do" + "n't"), which additionally carry the written word's span in `multiword`;
// - `head` is the index of the head token in the same sentence's `tokens` array, -1 for the
//   root (exactly one per sentence); CoNLL-U's 1-based HEAD is head + 1;
// - `deprel` is the full UD relation with its subtype as in EWT ("nsubj:pass", "obl:agent",
//   "nmod:poss", "acl:relcl", "compound:prt").
import { loadSyntaxModel } from "./load-syntax-model.ts";
import { tokenizeUd, type UdToken } from "./tokenize.ts";

export { loadSyntaxModel, DEFAULT_MODEL_FILE } from "./load-syntax-model.ts";
export { ModelFileError } from "./model-file.ts";
export { tokenizeUd, type UdToken } from "./tokenize.ts";
export type { SyntaxModel, WordAnalysis } from "./syntax-model.ts";

export interface SyntaxToken {
  form: string;
  start: number;
  end: number;
  upos: string;
  xpos: string;
  lemma: string;
  /** Index of the head token in the sentence, -1 for the root. */
  head: number;
  deprel: string;
  /** Whether whitespace follows in the text. */
  spaceAfter: boolean;
  /** For the pieces of a word UD splits ("do" + "n't"): the written word's span. */
  multiword?: { start: number; end: number };
}

export interface ParsedSentence {
  start: number;
  end: number;
  text: string;
  tokens: SyntaxToken[];
}

/** Tags and parses already-tokenized words (the CoNLL-U path keeps gold tokens this way). */
export function parseTokens(tokens: readonly UdToken[]): SyntaxToken[] {
  if (tokens.length === 0) return [];
  const a = loadSyntaxModel().analyze(tokens.map((t) => t.form));
  return tokens.map((t, i) => {
    const out: SyntaxToken = {
      form: t.form,
      start: t.start,
      end: t.end,
      upos: a.upos[i]!,
      xpos: a.xpos[i]!,
      lemma: a.lemmas[i]!,
      head: a.heads[i]!,
      deprel: a.deprels[i]!,
      spaceAfter: t.spaceAfter,
    };
    if (t.multiword) out.multiword = t.multiword;
    return out;
  });
}

/** Tokenizes, tags and parses one sentence; `start` is where the sentence begins in its article. */
export function parseSentence(text: string, start = 0): ParsedSentence {
  return { start, end: start + text.length, text, tokens: parseTokens(tokenizeUd(text, start)) };
}

/** A sentence of an article: its text and where it starts. */
export interface SentenceSpan {
  text: string;
  start: number;
}

/**
 * Every sentence of a text, parsed. The sentence boundaries come from the caller (the extractor's
 * splitter, src/extract/sentences.ts), so src/nlp depends on nothing else in src.
 */
export function parseText(text: string, split: (text: string) => readonly SentenceSpan[]): ParsedSentence[] {
  return split(text).map((s) => parseSentence(s.text, s.start));
}
