// Lemmas from form and XPOS, with rules learned from the training data rather than written by
// hand: a word table for the forms whose lemma the rules get wrong ("went"/VBD → "go",
// "n't" → "not") and suffix rules per XPOS for everything else ("-ies"/NNS → "-y"). A rule is a
// small edit: optionally lower-case the form, cut characters off its end, append a string.

/** An edit from form to lemma, written "l3:y" (lower-case, cut 3, add "y"), "k0:" (keep), "=be". */
export type LemmaRule = string;

export interface LemmatizerModel {
  /** "lower-case form\tXPOS" → rule, for the words the suffix rules get wrong. */
  words: Map<string, LemmaRule>;
  /** "XPOS\tsuffix" → rule (suffix of the lower-case form, "" for the XPOS default). */
  suffixes: Map<string, LemmaRule>;
  /** Longest suffix the rules look at. */
  maxSuffix: number;
}

/** Applies a rule to a form. */
export function applyLemmaRule(form: string, rule: LemmaRule): string {
  if (rule.charCodeAt(0) === 61) return rule.slice(1); // "="
  const colon = rule.indexOf(":");
  const cut = Number(rule.slice(1, colon));
  const base = rule.charCodeAt(0) === 108 ? form.toLowerCase() : form; // "l"
  const kept = cut > 0 ? base.slice(0, Math.max(0, base.length - cut)) : base;
  const out = kept + rule.slice(colon + 1);
  return out.length > 0 ? out : form;
}

/** The rule the suffix table gives a lower-case form with this XPOS. */
export function suffixRule(model: LemmatizerModel, lower: string, xpos: string): LemmaRule {
  for (let len = Math.min(model.maxSuffix, lower.length); len >= 0; len--) {
    const r = model.suffixes.get(`${xpos}\t${len ? lower.slice(-len) : ""}`);
    if (r !== undefined) return r;
  }
  return "k0:";
}

/** The lemma of a word with this XPOS. */
export function lemmatize(model: LemmatizerModel, form: string, xpos: string): string {
  // Curly apostrophes look up the straight ones the treebank uses ("don’t" → "n’t" → "not").
  const lower = form.toLowerCase().replace(/[’‘]/g, "'");
  const rule = model.words.get(`${lower}\t${xpos}`) ?? suffixRule(model, lower, xpos);
  return applyLemmaRule(form, rule);
}
