// The loaded syntax model as one object: words in, tags, lemmas and a labelled tree out. It owns
// reusable buffers, so analysing a sentence allocates only its results.
import type { SyntaxModelData } from "./model-file.ts";
import { parseTagged, ParserScratch } from "./parser.ts";
import { tagSentence, TaggerScratch } from "./tagger.ts";
import { WordCache } from "./word-cache.ts";

export interface WordAnalysis {
  upos: string[];
  xpos: string[];
  lemmas: string[];
  /** 0-based head of each word, -1 for the root. */
  heads: Int32Array;
  deprels: string[];
}

export class SyntaxModel {
  readonly data: SyntaxModelData;
  private readonly taggerScratch: TaggerScratch;
  private readonly parserScratch: ParserScratch;
  private readonly wordCache: WordCache;

  constructor(data: SyntaxModelData) {
    this.data = data;
    this.taggerScratch = new TaggerScratch(data.tagger.classes.length);
    this.parserScratch = new ParserScratch(data.parser);
    this.wordCache = new WordCache(data.tagger, data.lemmatizer);
  }

  /** Tags, lemmatises and parses one sentence given as its words. */
  analyze(forms: readonly string[]): WordAnalysis {
    const n = forms.length;
    const { lex, words } = this.wordCache.sentence(forms);
    const tags = new Uint8Array(n);
    tagSentence(this.data.tagger, lex, tags, this.taggerScratch, words);
    const heads = new Int32Array(n);
    const labels = new Int32Array(n);
    if (n > 0) parseTagged(this.data.parser, lex, tags, heads, labels, this.parserScratch);
    const classes = this.data.tagger.classes;
    const upos = new Array<string>(n);
    const xpos = new Array<string>(n);
    const lemmas = new Array<string>(n);
    const deprels = new Array<string>(n);
    const labelNames = this.data.parser.labels;
    for (let i = 0; i < n; i++) {
      const c = classes[tags[i]!]!;
      upos[i] = c.upos;
      xpos[i] = c.xpos;
      lemmas[i] = this.wordCache.lemma(forms[i]!, words[i]!, tags[i]!);
      deprels[i] = labelNames[labels[i]!]!;
    }
    return { upos, xpos, lemmas, heads, deprels };
  }
}
