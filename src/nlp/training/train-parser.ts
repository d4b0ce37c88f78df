// Training the dependency parser (parser.ts) with the dynamic oracle and exploration (Goldberg &
// Nivre 2012): at every configuration, the moves of least cost (arc-eager.ts) are "correct"; if
// the model's best move costs more, the perceptron moves towards the best-scoring correct move.
// After the first epochs the trainer sometimes follows the model's own wrong move, so it learns
// to recover from the configurations its mistakes lead to. The parser trains on the tags the
// tagger predicts (jackknifed by the caller), not gold tags, so it sees realistic input.
import { actionCount, ArcEagerOracle, ArcEagerState, DONE, FREE, leftArc, REDUCE, rightArc, SHIFT } from "../arc-eager.ts";
import { buildLexicon, type SentenceLexicon } from "../lexical-features.ts";
import { MAX_PARSER_FEATURES, parserFeatures } from "../parser-features.ts";
import type { ParserModel } from "../parser.ts";
import { SparseWeights } from "../sparse-weights.ts";
import { ambiguityClasses, type TagDictionaryEntry } from "../tagger.ts";
import { AveragedPerceptron, type PruneOptions } from "./averaged-perceptron.ts";
import { projectivize } from "./projectivize.ts";
import { shuffled } from "./shuffle.ts";
import type { TreebankSentence } from "./treebank.ts";

export interface ParserTrainingOptions {
  epochs: number;
  random: () => number;
  /** First epoch (1-based) in which the trainer may follow the model's wrong moves. */
  exploreFrom: number;
  /** Probability of following a wrong move once exploring. */
  exploreProbability: number;
  /** Labels used fewer times in a direction are not offered in that direction. */
  minLabelDirectionCount: number;
  prune: PruneOptions;
}

export interface ParserTrainingReport {
  sentences: number;
  nonProjectiveSentences: number;
  liftedArcs: number;
}

/** Labels by frequency (ties by name), so label ids are stable across runs. */
export function labelsOf(sentences: readonly TreebankSentence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const l of s.deprels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
}

interface Prepared {
  lex: SentenceLexicon;
  tags: Uint8Array;
  /** Gold heads in the parser's convention: the root word's head is n (ROOT). */
  heads: Int32Array;
  labels: Int32Array;
}

export function trainParser(
  sentences: readonly TreebankSentence[],
  predictedTags: readonly Uint8Array[],
  dictionary: Map<string, TagDictionaryEntry>,
  opts: ParserTrainingOptions,
  log: (line: string) => void = () => {},
  /** Called with the averaged model after each epoch (for tuning the number of epochs). */
  afterEpoch?: (model: ParserModel, epoch: number) => void,
): { model: ParserModel; report: ParserTrainingReport } {
  const labels = labelsOf(sentences);
  const labelId = new Map(labels.map((l, i) => [l, i]));
  const root = labelId.get("root");
  if (root === undefined) throw new Error("trainParser: the training data has no 'root' label");
  const rootLabel: number = root;
  const nLabels = labels.length;
  const report: ParserTrainingReport = { sentences: sentences.length, nonProjectiveSentences: 0, liftedArcs: 0 };
  const leftCounts = new Int32Array(nLabels);
  const rightCounts = new Int32Array(nLabels);
  const prepared: Prepared[] = sentences.map((s, si) => {
    const n = s.forms.length;
    const { heads, lifted } = projectivize(s.heads);
    if (lifted > 0) {
      report.nonProjectiveSentences++;
      report.liftedArcs += lifted;
    }
    const gh = Int32Array.from(heads, (h) => (h < 0 ? n : h));
    const gl = Int32Array.from(s.deprels, (l) => labelId.get(l)!);
    for (let d = 0; d < n; d++) {
      if (gh[d] === n) continue;
      const counts = d < gh[d]! ? leftCounts : rightCounts;
      counts[gl[d]!] = counts[gl[d]!]! + 1;
    }
    const lex = buildLexicon(s.forms);
    ambiguityClasses(lex, dictionary);
    return { lex, tags: predictedTags[si]!, heads: gh, labels: gl };
  });
  const leftLabels = Uint8Array.from(leftCounts, (c, l) => (l !== rootLabel && c >= opts.minLabelDirectionCount ? 1 : 0));
  const rightLabels = Uint8Array.from(rightCounts, (c, l) => (l !== rootLabel && c >= opts.minLabelDirectionCount ? 1 : 0));

  const nActions = actionCount(nLabels);
  const perceptron = new AveragedPerceptron(nActions, 1 << 20);
  const st = new ArcEagerState(nLabels, rootLabel);
  const oracle = new ArcEagerOracle();
  const keys = new Uint32Array(MAX_PARSER_FEATURES);
  const scores = new Float64Array(nActions);
  const costs = new Int32Array(nActions);
  const INVALID = 1 << 30;

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    let states = 0;
    let mistakes = 0;
    const exploring = epoch >= opts.exploreFrom;
    for (const p of shuffled(prepared, opts.random)) {
      oracle.setGold(p.heads, p.labels);
      st.reset(p.lex.n);
      for (;;) {
        const forced = st.forcedMove();
        if (forced === DONE) break;
        if (forced !== FREE) {
          st.apply(forced);
          continue;
        }
        const nk = parserFeatures(st, p.lex, p.tags, keys);
        scores.fill(0);
        perceptron.score(keys, nk, scores);
        costs.fill(INVALID);
        if (st.canShift()) costs[SHIFT] = oracle.shiftCost(st);
        if (st.canReduce()) costs[REDUCE] = oracle.reduceCost(st);
        if (st.canLeft()) {
          const base = oracle.leftCost(st, -1);
          const gold = oracle.leftGoldLabel(st);
          for (let l = 0; l < nLabels; l++) if (leftLabels[l]) costs[leftArc(l)] = base + (gold >= 0 && l !== gold ? 1 : 0);
        }
        if (st.canRight()) {
          const base = oracle.rightCost(st, -1);
          const gold = oracle.rightGoldLabel(st);
          for (let l = 0; l < nLabels; l++) if (rightLabels[l]) costs[rightArc(nLabels, l)] = base + (gold >= 0 && l !== gold ? 1 : 0);
        }
        let minCost = INVALID;
        for (let a = 0; a < nActions; a++) if (costs[a]! < minCost) minCost = costs[a]!;
        let pred = -1;
        let best = -1;
        for (let a = 0; a < nActions; a++) {
          if (costs[a] === INVALID) continue;
          if (pred < 0 || scores[a]! > scores[pred]!) pred = a;
          if (costs[a] === minCost && (best < 0 || scores[a]! > scores[best]!)) best = a;
        }
        states++;
        let next = pred;
        if (costs[pred]! > minCost) {
          mistakes++;
          perceptron.update(keys, nk, best, pred);
          if (!(exploring && opts.random() < opts.exploreProbability)) next = best;
        }
        perceptron.tick();
        st.apply(next);
      }
    }
    log(`parser epoch ${epoch}: ${((100 * mistakes) / states).toFixed(2)}% of ${states} moves wrong, ${perceptron.featureCount} features, ${perceptron.denseRowCount} dense rows`);
    if (afterEpoch && epoch < opts.epochs) afterEpoch(snapshot(), epoch);
  }
  function snapshot(): ParserModel {
    const skip = { from: leftArc(0), to: leftArc(nLabels) };
    return { labels, rootLabel, leftLabels, rightLabels, weights: new SparseWeights(perceptron.toWeightTable(opts.prune), skip) };
  }
  const model = snapshot();
  afterEpoch?.(model, opts.epochs);
  return { model, report };
}
