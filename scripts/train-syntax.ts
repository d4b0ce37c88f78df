// `npm run train:syntax`: trains the syntax model (tagger, lemmatizer, parser) from UD English
// EWT and writes models/syntax-en-ewt.bin. Deterministic: every shuffle comes from a seeded
// generator and the file has no timestamp, so two runs write byte-identical files.
//
// Steps: lemma rules; the tagger, jackknifed (each fifth of the training set tagged by a tagger
// trained on the other four) so the parser trains on tags as wrong as the ones it will see; the
// final tagger on all of it; the parser on the jackknifed tags; then pruning and quantisation.
// The corpus is read in place from ../shared/corpora/ud-english-ewt (relative to the project
// root) and never copied.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseConllu } from "../src/nlp/conllu.ts";
import { encodeSyntaxModel } from "../src/nlp/model-file.ts";
import { learnLemmas } from "../src/nlp/training/learn-lemmas.ts";
import { seededRandom } from "../src/seeded-random.ts";
import { trainParser } from "../src/nlp/training/train-parser.ts";
import { tagAll, tagClassesOf, trainTagger } from "../src/nlp/training/train-tagger.ts";
import { toTreebankSentence, type TreebankSentence } from "../src/nlp/training/treebank.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CORPUS_DIR = path.resolve(root, "../shared/corpora/ud-english-ewt");
export const MODEL_FILE = path.join(root, "models/syntax-en-ewt.bin");

/** Every setting of the run, written into the model's header too. */
export const TRAINING = {
  seed: 20130,
  jackknifeFolds: 5,
  tagger: {
    epochs: 8,
    foldEpochs: 6,
    dictionary: { minCount: 2, minShare: 0.05, fixedMinCount: 20, fixedShare: 0.995 },
    // Averaged weights under 1 come from features updated once or back and forth: dropping them
    // halves the tables at no cost in accuracy (measured on dev).
    prune: { minUpdates: 1, minAbsWeight: 1 },
  },
  lemmas: { maxSuffix: 5, minSuffixTypes: 2 },
  parser: {
    epochs: 12,
    exploreFrom: 2,
    exploreProbability: 0.9,
    minLabelDirectionCount: 1,
    prune: { minUpdates: 1, minAbsWeight: 1 },
  },
};

export function readTreebank(file: string): TreebankSentence[] {
  const full = path.join(CORPUS_DIR, file);
  if (!existsSync(full)) {
    throw new Error(
      `UD English EWT not found: ${path.relative(root, full)} is missing. The syntax tools read the treebank in place from ../shared/corpora/ud-english-ewt/ (next to the project folder); see models/README.md.`,
    );
  }
  return parseConllu(readFileSync(full, "utf8")).map(toTreebankSentence);
}

function main(): void {
  const started = Date.now();
  const log = (line: string): void => {
    process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}\n`);
  };
  const train = readTreebank("en_ewt-ud-train.conllu");
  log(`read ${train.length} training sentences`);
  const random = seededRandom(TRAINING.seed);

  const lemmatizer = learnLemmas(train, TRAINING.lemmas);
  log(`lemma rules: ${lemmatizer.words.size} word exceptions, ${lemmatizer.suffixes.size} suffix rules`);

  const classes = tagClassesOf(train);
  const K = TRAINING.jackknifeFolds;
  const jackknifed: Uint8Array[] = new Array(train.length);
  for (let k = 0; k < K; k++) {
    const rest = train.filter((_, i) => i % K !== k);
    const heldIdx = train.map((_, i) => i).filter((i) => i % K === k);
    const foldTagger = trainTagger(rest, classes, { ...TRAINING.tagger, epochs: TRAINING.tagger.foldEpochs, random });
    const tags = tagAll(foldTagger, heldIdx.map((i) => train[i]!));
    heldIdx.forEach((i, j) => {
      jackknifed[i] = tags[j]!;
    });
    log(`jackknife fold ${k + 1}/${K} tagged`);
  }
  const tagger = trainTagger(train, classes, { ...TRAINING.tagger, random }, log);
  const dictionary = tagger.dictionary;

  const { model: parser, report } = trainParser(train, jackknifed, dictionary, { ...TRAINING.parser, random }, log);
  log(`parser: ${report.nonProjectiveSentences} non-projective training trees, ${report.liftedArcs} arcs lifted`);

  const bytes = encodeSyntaxModel({
    tagger,
    parser,
    lemmatizer,
    info: {
      corpus: "UD English EWT (train), CC BY-SA 4.0",
      sentences: train.length,
      nonProjectiveSentences: report.nonProjectiveSentences,
      liftedArcs: report.liftedArcs,
      taggerFeatures: tagger.weights.nFeatures,
      parserFeatures: parser.weights.nFeatures,
      training: TRAINING,
    },
  });
  mkdirSync(path.dirname(MODEL_FILE), { recursive: true });
  writeFileSync(MODEL_FILE, bytes);
  log(`wrote ${path.relative(root, MODEL_FILE)}: ${(bytes.length / 1024 / 1024).toFixed(2)} MB`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
}
