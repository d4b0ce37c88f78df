// compromise's own tagger as a peer for ours, on the same sentences: compromise reads the
// sentence's original text (its own tokenizer), each gold word is aligned to the compromise term
// that covers the word's first character, and the term's tags are mapped to UPOS. Alignment
// details, which the eval report repeats:
// - a gold word no term covers is punctuation compromise keeps outside its terms; it counts as
//   PUNCT (or SYM for symbols), i.e. compromise gets those for free;
// - the second piece of a contraction ("n't" of "don't") takes compromise's implicit term
//   ("not") when there is one;
// - where compromise keeps several gold words in one term ("$600", "U.S.-based"), each of them
//   gets that term's tag.
import nlp from "compromise";

/** compromise tags → UPOS, first match wins (compromise has no SCONJ/CCONJ distinction). */
const MAP: Array<[string, string]> = [
  ["Pronoun", "PRON"],
  ["Determiner", "DET"],
  ["Preposition", "ADP"],
  ["Conjunction", "CCONJ"],
  ["Negative", "PART"],
  ["Auxiliary", "AUX"],
  ["Modal", "AUX"],
  ["Copula", "AUX"],
  ["Verb", "VERB"],
  ["ProperNoun", "PROPN"],
  ["Value", "NUM"],
  ["Adjective", "ADJ"],
  ["Adverb", "ADV"],
  ["Expression", "INTJ"],
  ["Url", "X"],
  ["Email", "X"],
  ["Emoji", "SYM"],
  ["Emoticon", "SYM"],
  ["Noun", "NOUN"],
];

export function compromiseTagToUpos(tags: readonly string[]): string {
  for (const [tag, upos] of MAP) if (tags.includes(tag)) return upos;
  return "X";
}

interface Term {
  start: number;
  length: number;
  tags: string[];
}

/** A gold sentence as the peer needs it: its text and its words grouped into written tokens. */
export interface PeerSentence {
  text: string;
  /** Written tokens in order: a multiword token lists its words' forms; a plain one has one form. */
  tokens: Array<{ surface: string; words: string[] }>;
}

/** compromise's UPOS for each gold word of the sentence. */
export function compromiseUpos(s: PeerSentence): string[] {
  const terms: Term[] = [];
  for (const sent of nlp(s.text).json({ offset: true, terms: { offset: true } }) as Array<{ terms: Array<{ offset: { start: number; length: number }; tags: string[] }> }>) {
    for (const t of sent.terms) terms.push({ start: t.offset.start, length: t.offset.length, tags: t.tags });
  }
  const out: string[] = [];
  let pos = 0;
  let termAt = 0;
  for (const tok of s.tokens) {
    let start = s.text.indexOf(tok.surface, pos);
    if (start < 0) start = pos;
    pos = start + tok.surface.length;
    const pieces = tok.words.join("") === tok.surface;
    let wordStart = start;
    let prevTerm = -1;
    for (const w of tok.words) {
      const c = pieces ? wordStart : start;
      wordStart += w.length;
      while (termAt < terms.length && terms[termAt]!.start + Math.max(terms[termAt]!.length, 1) <= c) termAt++;
      let idx = termAt < terms.length && terms[termAt]!.start <= c ? termAt : -1;
      if (idx >= 0 && idx === prevTerm) {
        const next = terms[idx + 1];
        if (next && next.length === 0) idx = idx + 1;
      }
      prevTerm = idx;
      if (idx < 0) out.push(/^\p{S}+$/u.test(w) ? "SYM" : "PUNCT");
      else out.push(compromiseTagToUpos(terms[idx]!.tags));
    }
  }
  return out;
}
