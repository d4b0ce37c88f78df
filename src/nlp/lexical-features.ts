// What the tagger and parser know about a word by itself: its normalised form, lower case,
// prefixes, suffixes and shape, each hashed once per sentence into typed arrays so that the
// feature templates only mix integers. Normalisation folds typographic variants the treebank
// rarely shows (curly quotes and apostrophes, digits) onto the ones it does, so "don’t" and
// "don't", "2019" and "1987" share statistics.
import { hashString } from "./feature-hash.ts";

/** Typographic variants folded for feature purposes (the token's form itself is untouched). */
export function normalizeForm(form: string): string {
  let out = "";
  let changed = false;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    let r = -1;
    if (c >= 48 && c <= 57) r = 48; // every ASCII digit → "0"
    else if (c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x0060 || c === 0x00b4) r = 39; // ’ ‘ ʼ ` ´ → '
    else if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x00ab || c === 0x00bb) r = 34; // “ ” „ « » → "
    if (r >= 0) {
      if (!changed) {
        out = form.slice(0, i);
        changed = true;
      }
      out += String.fromCharCode(r);
    } else if (changed) out += form[i];
  }
  return changed ? out : form;
}

/**
 * Word shape: letters to X/x, digits to d, other characters kept, runs longer than four
 * truncated ("Apple" → "Xxxxx" is "Xxxx", "2019-11-20" → "dddd-dd-dd").
 */
export function wordShape(form: string): string {
  let out = "";
  let last = "";
  let run = 0;
  for (const ch of form) {
    let c: string;
    if (ch >= "0" && ch <= "9") c = "d";
    else if (ch !== ch.toLowerCase()) c = "X";
    else if (ch !== ch.toUpperCase()) c = "x";
    else c = ch;
    if (c === last) {
      run++;
      if (run > 4) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
    if (out.length > 24) break;
  }
  return out;
}

/** Per-sentence hashed lexical values, indexed by token position. */
export interface SentenceLexicon {
  n: number;
  /** normalised form (case kept) */
  form: Int32Array;
  /** normalised lower case: the "word" of most templates */
  lower: Int32Array;
  pre1: Int32Array;
  pre2: Int32Array;
  pre3: Int32Array;
  suf1: Int32Array;
  suf2: Int32Array;
  suf3: Int32Array;
  suf4: Int32Array;
  shape: Int32Array;
  /** lower-case normalised strings, for dictionary lookups */
  lowerText: string[];
  /** ambiguity class from the tag dictionary (0 = unknown word); filled by the tagger */
  amb: Int32Array;
}

/** Number of hashed values per word: form, lower, pre1–3, suf1–4, shape. */
export const LEXICAL_VALUES = 10;

/** A word's hashed lexical values (written into out from at) and its normalised lower case. */
export function hashWord(raw: string, out: Int32Array, at: number): string {
  // Overlong "words" (a pasted hash, a run of symbols) carry no more signal past 40 characters.
  const norm = normalizeForm(raw.length > 40 ? raw.slice(0, 40) : raw);
  const lower = norm.toLowerCase();
  const len = lower.length;
  out[at] = hashString(norm);
  out[at + 1] = hashString(lower);
  out[at + 2] = hashString(lower.slice(0, 1));
  out[at + 3] = len >= 2 ? hashString(lower.slice(0, 2)) : 0;
  out[at + 4] = len >= 3 ? hashString(lower.slice(0, 3)) : 0;
  out[at + 5] = hashString(lower.slice(-1));
  out[at + 6] = len >= 2 ? hashString(lower.slice(-2)) : 0;
  out[at + 7] = len >= 3 ? hashString(lower.slice(-3)) : 0;
  out[at + 8] = len >= 4 ? hashString(lower.slice(-4)) : 0;
  out[at + 9] = hashString(wordShape(norm));
  return lower;
}

/** An empty lexicon for n words, to be filled by setWord. */
export function emptyLexicon(n: number): SentenceLexicon {
  return {
    n,
    form: new Int32Array(n),
    lower: new Int32Array(n),
    pre1: new Int32Array(n),
    pre2: new Int32Array(n),
    pre3: new Int32Array(n),
    suf1: new Int32Array(n),
    suf2: new Int32Array(n),
    suf3: new Int32Array(n),
    suf4: new Int32Array(n),
    shape: new Int32Array(n),
    lowerText: new Array<string>(n),
    amb: new Int32Array(n),
  };
}

/** Puts word i's values (as hashWord wrote them at values[at..]) into the lexicon. */
export function setWord(lex: SentenceLexicon, i: number, values: Int32Array, at: number, lower: string): void {
  lex.form[i] = values[at]!;
  lex.lower[i] = values[at + 1]!;
  lex.pre1[i] = values[at + 2]!;
  lex.pre2[i] = values[at + 3]!;
  lex.pre3[i] = values[at + 4]!;
  lex.suf1[i] = values[at + 5]!;
  lex.suf2[i] = values[at + 6]!;
  lex.suf3[i] = values[at + 7]!;
  lex.suf4[i] = values[at + 8]!;
  lex.shape[i] = values[at + 9]!;
  lex.lowerText[i] = lower;
}

/** Hashes every token's lexical values once; the templates then mix these integers. */
export function buildLexicon(forms: readonly string[]): SentenceLexicon {
  const n = forms.length;
  const lex = emptyLexicon(n);
  const values = new Int32Array(LEXICAL_VALUES);
  for (let i = 0; i < n; i++) setWord(lex, i, values, 0, hashWord(forms[i]!, values, 0));
  return lex;
}
