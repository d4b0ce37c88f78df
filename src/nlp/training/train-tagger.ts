// Training the part-of-speech tagger (tagger.ts): the tag classes and the tag dictionary are read
// off the training sentences, then an averaged perceptron is trained greedily left to right with
// its own predicted tags as history (so training sees the errors tagging will make). Shuffling
// uses the caller's seeded generator, so a run is reproducible.
import { hashString } from "../feature-hash.ts";
import { buildLexicon, type SentenceLexicon } from "../lexical-features.ts";
import { SparseWeights } from "../sparse-weights.ts";
import {
  ambiguityClasses,
  MAX_TAGGER_FEATURES,
  type TagClass,
  type TagDictionaryEntry,
  type TaggerModel,
  taggerFeatures,
  tagSentence,
  TaggerScratch,
} from "../tagger.ts";
import { AveragedPerceptron, type PruneOptions } from "./averaged-perceptron.ts";
import { shuffled } from "./shuffle.ts";
import { tagClassName, type TreebankSentence } from "./treebank.ts";

export interface TagDictionaryOptions {
  /** Words seen fewer times get no ambiguity class. */
  minCount: number;
  /** A tag must have at least this share of a word's occurrences to join its ambiguity class. */
  minShare: number;
  /** Words seen at least this often with one tag in at least fixedShare of cases skip scoring. */
  fixedMinCount: number;
  fixedShare: number;
}

export interface TaggerTrainingOptions {
  epochs: number;
  random: () => number;
  dictionary: TagDictionaryOptions;
  prune: PruneOptions;
}

/** Tag classes in order of frequency (ties by name), so class ids are stable across runs. */
export function tagClassesOf(sentences: readonly TreebankSentence[]): TagClass[] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (let i = 0; i < s.forms.length; i++) {
    const k = tagClassName(s.upos[i]!, s.xpos[i]!);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k]) => {
      const [upos, xpos] = k.split("|") as [string, string];
      return { upos, xpos };
    });
}

export function classIndexOf(classes: readonly TagClass[]): Map<string, number> {
  return new Map(classes.map((c, i) => [tagClassName(c.upos, c.xpos), i]));
}

/** Gold class ids of a sentence (-1 for a pair the classes do not know). */
export function goldClasses(s: TreebankSentence, index: Map<string, number>): Int32Array {
  return Int32Array.from(s.forms.map((_, i) => index.get(tagClassName(s.upos[i]!, s.xpos[i]!)) ?? -1));
}

export function buildTagDictionary(
  sentences: readonly TreebankSentence[],
  index: Map<string, number>,
  opts: TagDictionaryOptions,
): Map<string, TagDictionaryEntry> {
  const byWord = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    const lex = buildLexicon(s.forms);
    const gold = goldClasses(s, index);
    for (let i = 0; i < s.forms.length; i++) {
      const w = lex.lowerText[i]!;
      let m = byWord.get(w);
      if (!m) byWord.set(w, (m = new Map()));
      m.set(gold[i]!, (m.get(gold[i]!) ?? 0) + 1);
    }
  }
  const dict = new Map<string, TagDictionaryEntry>();
  for (const w of [...byWord.keys()].sort()) {
    const m = byWord.get(w)!;
    let total = 0;
    for (const c of m.values()) total += c;
    if (total < opts.minCount) continue;
    const members = [...m.entries()].filter(([, c]) => c / total >= opts.minShare).map(([k]) => k).sort((a, b) => a - b);
    let fixed = -1;
    for (const [k, c] of m) if (k >= 0 && total >= opts.fixedMinCount && c / total >= opts.fixedShare) fixed = k;
    dict.set(w, { ambiguity: hashString(members.join(",")), fixed });
  }
  return dict;
}

interface Prepared {
  lex: SentenceLexicon;
  gold: Int32Array;
}

export function trainTagger(
  sentences: readonly TreebankSentence[],
  classes: TagClass[],
  opts: TaggerTrainingOptions,
  log: (line: string) => void = () => {},
): TaggerModel {
  const index = classIndexOf(classes);
  const dictionary = buildTagDictionary(sentences, index, opts.dictionary);
  const prepared: Prepared[] = sentences.map((s) => {
    const lex = buildLexicon(s.forms);
    ambiguityClasses(lex, dictionary);
    return { lex, gold: goldClasses(s, index) };
  });
  const perceptron = new AveragedPerceptron(classes.length, 1 << 18);
  const keys = new Uint32Array(MAX_TAGGER_FEATURES);
  const scores = new Float64Array(classes.length);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const p of shuffled(prepared, opts.random)) {
      let p1 = -1;
      let p2 = -2;
      for (let i = 0; i < p.lex.n; i++) {
        const gold = p.gold[i]!;
        const fixed = dictionary.get(p.lex.lowerText[i]!)?.fixed ?? -1;
        let guess: number;
        if (fixed >= 0) guess = fixed;
        else {
          const nk = taggerFeatures(p.lex, i, p1, p2, keys);
          scores.fill(0);
          perceptron.score(keys, nk, scores);
          guess = 0;
          for (let c = 1; c < classes.length; c++) if (scores[c]! > scores[guess]!) guess = c;
          if (gold >= 0 && guess !== gold) perceptron.update(keys, nk, gold, guess);
          perceptron.tick();
        }
        if (guess === gold) correct++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    log(`tagger epoch ${epoch}: train accuracy ${((100 * correct) / total).toFixed(2)}%, ${perceptron.featureCount} features`);
  }
  return { classes, weights: new SparseWeights(perceptron.toWeightTable(opts.prune)), dictionary };
}

/** Tags sentences with a trained model (class ids per sentence). */
export function tagAll(model: TaggerModel, sentences: readonly TreebankSentence[]): Uint8Array[] {
  const scratch = new TaggerScratch(model.classes.length);
  return sentences.map((s) => {
    const out = new Uint8Array(s.forms.length);
    tagSentence(model, buildLexicon(s.forms), out, scratch);
    return out;
  });
}
