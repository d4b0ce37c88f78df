// What the pipeline works out about a word form by itself, kept per form so that each is worked
// out once rather than at every occurrence: its hashed lexical values, its tag-dictionary entry,
// the tagger's scores for the features of the word alone, and its lemma per tag. Exact: the
// results are the same with or without the cache. News repeats its words (a few thousand forms
// make most of the tokens), so the cache is bounded and simply starts afresh when full.
import { lemmatize, type LemmatizerModel } from "./lemmatizer.ts";
import { emptyLexicon, hashWord, LEXICAL_VALUES, type SentenceLexicon, setWord } from "./lexical-features.ts";
import { MAX_TAGGER_FEATURES, type TaggerModel, wordFeatures } from "./tagger.ts";

export interface CachedWord {
  /** hashWord's values. */
  values: Int32Array;
  lower: string;
  /** Ambiguity class (0 = not in the dictionary). */
  amb: number;
  /** The tag class the word always takes, or -1. */
  fixed: number;
  /** Scores of the tagger's word features (see tagger.ts), when fixed < 0. */
  tagScores: Int32Array;
  /** Lemma per tag class, filled in as the tags occur. */
  lemmas: Array<string | undefined>;
}

/** About 1 KB per word; 20,000 forms cover nearly every token of a day's news. */
const MAX_WORDS = 20_000;
const NO_SCORES = new Int32Array(0);

export class WordCache {
  private readonly words = new Map<string, CachedWord>();
  private readonly keys = new Uint32Array(MAX_TAGGER_FEATURES);

  constructor(
    private readonly tagger: TaggerModel,
    private readonly lemmatizer: LemmatizerModel,
    private readonly maxWords = MAX_WORDS,
  ) {}

  /** The lexicon of a sentence (ambiguity classes filled in) and the cached entry of each word. */
  sentence(forms: readonly string[]): { lex: SentenceLexicon; words: CachedWord[] } {
    const n = forms.length;
    const lex = emptyLexicon(n);
    const words = new Array<CachedWord>(n);
    for (let i = 0; i < n; i++) {
      const form = forms[i]!;
      let w = this.words.get(form);
      if (w) {
        setWord(lex, i, w.values, 0, w.lower);
        lex.amb[i] = w.amb;
      } else {
        const values = new Int32Array(LEXICAL_VALUES);
        const lower = hashWord(form, values, 0);
        const entry = this.tagger.dictionary.get(lower);
        setWord(lex, i, values, 0, lower);
        lex.amb[i] = entry?.ambiguity ?? 0;
        w = { values, lower, amb: lex.amb[i]!, fixed: entry?.fixed ?? -1, tagScores: NO_SCORES, lemmas: [] };
        if (w.fixed < 0) {
          w.tagScores = new Int32Array(this.tagger.classes.length);
          this.tagger.weights.addScores(this.keys, wordFeatures(lex, i, this.keys, 0), w.tagScores);
        }
        if (this.words.size >= this.maxWords) this.words.clear();
        this.words.set(form, w);
      }
      words[i] = w;
    }
    return { lex, words };
  }

  /** The lemma of a cached word with tag class c. */
  lemma(form: string, word: CachedWord, c: number): string {
    let l = word.lemmas[c];
    if (l === undefined) {
      l = lemmatize(this.lemmatizer, form, this.tagger.classes[c]!.xpos);
      word.lemmas[c] = l;
    }
    return l;
  }
}
