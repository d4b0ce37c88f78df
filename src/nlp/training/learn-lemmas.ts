// Learning the lemmatizer's rules (lemmatizer.ts) from (form, XPOS, lemma) triples: every word
// type (lower-case form and XPOS) takes the edit most of its tokens agree with; suffix rules per XPOS take the majority edit
// of the word types ending in that suffix (types, not tokens, so that frequent irregular words
// do not decide the rule for unseen ones); then the word table keeps only the words whose
// majority edit the suffix rules get wrong. Ties are broken by name, so the result is
// deterministic.
import { applyLemmaRule, type LemmaRule, type LemmatizerModel, suffixRule } from "../lemmatizer.ts";
import type { TreebankSentence } from "./treebank.ts";

export interface LemmaLearningOptions {
  maxSuffix: number;
  /** A suffix rule needs at least this many word types behind it. */
  minSuffixTypes: number;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The edits that turn form into lemma: lower-casing then editing ("The" → "the", "Posted" →
 * "post"), editing the form as written ("Americans" → "American"), or the lemma itself.
 */
export function rulesFor(form: string, lemma: string): LemmaRule[] {
  const out: LemmaRule[] = [];
  const lower = form.toLowerCase();
  const low = commonPrefix(lower, lemma);
  const l = `l${lower.length - low}:${lemma.slice(low)}`;
  if (low > 0 && applyLemmaRule(form, l) === lemma) out.push(l);
  const keep = commonPrefix(form, lemma);
  const k = `k${form.length - keep}:${lemma.slice(keep)}`;
  if (keep > 0 && applyLemmaRule(form, k) === lemma && k !== l) out.push(k);
  // The lemma itself always fits; it wins only where no edit is as common ("i" and "I" → "I").
  out.push(`=${lemma}`);
  return out;
}

/** Rank of a rule on ties: lower-casing first (it generalises to sentence-initial capitals). */
const tieRank = (r: LemmaRule): number => (r.startsWith("l") ? 0 : r.startsWith("k") ? 1 : 2);

function majority(counts: Map<LemmaRule, number>): [LemmaRule, number] {
  let best: LemmaRule = "k0:";
  let bestCount = -1;
  for (const [r, c] of counts) {
    if (c > bestCount || (c === bestCount && (tieRank(r) < tieRank(best) || (tieRank(r) === tieRank(best) && r < best)))) {
      best = r;
      bestCount = c;
    }
  }
  return [best, bestCount];
}

export function learnLemmas(sentences: readonly TreebankSentence[], opts: LemmaLearningOptions): LemmatizerModel {
  // word type ("lower\tXPOS") → rule → token count
  const byType = new Map<string, Map<LemmaRule, number>>();
  for (const s of sentences) {
    for (let i = 0; i < s.forms.length; i++) {
      const form = s.forms[i]!;
      const lemma = s.lemmas[i]!;
      if (lemma === "_" || lemma === "") continue;
      const key = `${form.toLowerCase()}\t${s.xpos[i]}`;
      let m = byType.get(key);
      if (!m) byType.set(key, (m = new Map()));
      // A token votes for every edit that gives its lemma.
      for (const r of rulesFor(form, lemma)) m.set(r, (m.get(r) ?? 0) + 1);
    }
  }
  const typeRule = new Map<string, LemmaRule>();
  for (const key of [...byType.keys()].sort()) typeRule.set(key, majority(byType.get(key)!)[0]);

  // "XPOS\tsuffix" → rule → type count
  const bySuffix = new Map<string, Map<LemmaRule, number>>();
  for (const [key, rule] of typeRule) {
    const [lower, xpos] = key.split("\t") as [string, string];
    // Fixed lemmas ("=go") are word-specific; they teach a suffix nothing.
    if (rule.startsWith("=")) continue;
    for (let len = 0; len <= Math.min(opts.maxSuffix, lower.length); len++) {
      const sk = `${xpos}\t${len ? lower.slice(-len) : ""}`;
      let m = bySuffix.get(sk);
      if (!m) bySuffix.set(sk, (m = new Map()));
      m.set(rule, (m.get(rule) ?? 0) + 1);
    }
  }
  const suffixes = new Map<string, LemmaRule>();
  // Shorter suffixes first, so a longer one is kept only where it changes the answer.
  const suffixKeys = [...bySuffix.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const model: LemmatizerModel = { words: new Map(), suffixes, maxSuffix: opts.maxSuffix };
  for (const sk of suffixKeys) {
    const [rule, types] = majority(bySuffix.get(sk)!);
    const [xpos, suffix] = sk.split("\t") as [string, string];
    if (suffix.length > 0 && types < opts.minSuffixTypes) continue;
    if (suffix.length > 0 && suffixRule(model, suffix, xpos) === rule) continue;
    suffixes.set(sk, rule);
  }
  for (const [key, rule] of typeRule) {
    const [lower, xpos] = key.split("\t") as [string, string];
    if (suffixRule(model, lower, xpos) !== rule) model.words.set(key, rule);
  }
  return model;
}

