// Is the event told as having happened? Read from the predicate's place in the tree, each reason
// a named rule. An event is `asserted` (it happened or is happening), `planned` (told as coming:
// "will meet", "is scheduled to", "sentencing is set for") or not a fact at all — negated ("did
// not meet"), possible ("could impose"), conditional ("if convicted"), intended or attempted
// ("plans to visit", "tried to buy", "agreed to buy" — the agreement is the fact, the purchase is
// not yet), alleged ("accused of attacking", "allegedly"), asked ("Will they meet?") or talked of
// in general ("possible sanctions", "any talks"). Only asserted and planned events are reported.
import { ancestors, baseRel, clauseMarker, dependents, lemmaOf, type SentenceTree } from "./syntax.ts";

export type Factuality = "asserted" | "planned" | "negated" | "possible" | "conditional" | "intended" | "alleged" | "asked" | "generic" | "referred";

const NEGATORS = new Set(["not", "n't", "never", "no"]);
const POSSIBLE_MODALS = new Set(["could", "might", "may", "can", "ca", "should", "must", "ought"]);
const FUTURE_MODALS = new Set(["will", "shall", "wo", "'ll"]);
// Verbs whose infinitive complement has not happened: "plans to visit", "refused to meet".
const INTENT_VERBS = new Set(
  (
    "plan intend want wish hope seek try attempt aim threaten expect refuse decline fail propose offer vow promise pledge " +
    "agree consider prepare need plot scheme strive struggle mean desire volunteer demand ask urge call press pressure " +
    "encourage invite tell order force push lobby persuade convince advise warn allow permit authorize enable help"
  ).split(" "),
);
// Verbs whose noun object is asked for, not done: "demanding an inquiry", "called for talks".
const REQUEST_VERBS = new Set("demand request seek urge want propose suggest call ask push press plead hope plan consider discuss threaten".split(" "));
// "an inquiry into the shelling", "talks about the merger": an event noun after these names an event told elsewhere.
const REFERRING_CASES = new Set(["into", "about", "over", "regarding", "concerning", "for", "on", "against", "following", "despite", "than", "like"]);
// "is set to", "is due to", "is scheduled to": told as coming.
const SCHEDULED = new Set(["set", "due", "scheduled", "slated", "expected", "poised", "going", "about", "planned"]);
const CONDITIONAL_MARKERS = new Set(["if", "unless", "whether", "lest"]);
const HYPOTHETICAL_MODIFIERS = new Set(["possible", "potential", "proposed", "planned", "future", "prospective", "alleged", "suspected", "hypothetical", "eventual", "would-be", "attempted"]);
const GENERIC_DETERMINERS = new Set(["any", "no", "every", "each"]);
const ALLEGATION_VERBS = new Set(["accuse", "allege", "suspect", "charge", "blame"]);
// "denied he met him": what a denial's clause says is told as not having happened.
const DENIAL_VERBS = new Set(["deny", "dispute", "refute", "reject", "dismiss", "rebut"]);

export function factualityOf(tree: SentenceTree, p: number): Factuality {
  const t = tree.tokens[p]!;
  const nominal = t.upos === "NOUN" || t.upos === "PROPN";
  if (negated(tree, p)) return "negated";
  if (nominal) {
    const f = nominalFactuality(tree, p);
    if (f !== "asserted") return f;
  }
  // The predicate's clause and, through control ("plans to visit") and objects ("could impose
  // sanctions"), the clauses that govern it — up to the first embedding of a report ("said
  // that …"), above which the words are someone's statement, not a qualification of the event.
  const chain = [p, ...ancestors(tree, p)];
  for (let k = 0; k < chain.length; k++) {
    const c = chain[k]!;
    const child = k > 0 ? chain[k - 1]! : undefined;
    // "Nor did she discuss": the parser may make "did" the root and the verb its complement.
    const doSupport = child !== undefined && lemmaOf(tree, c) === "do" && (baseRel(tree.tokens[child]!.deprel) === "ccomp" || baseRel(tree.tokens[child]!.deprel) === "xcomp") && child > c;
    const reaches = child === undefined || doSupport || verbGovernsNoun(tree, child);
    // "did not sign the treaty" negates the treaty; "no candidate won in Sunday's election" does not negate the election.
    if (child !== undefined && reaches && baseRel(tree.tokens[child]!.deprel) !== "obl" && negated(tree, c)) return "negated";
    if (conditional(tree, c)) return "conditional";
    if (child !== undefined && baseRel(tree.tokens[child]!.deprel) === "ccomp" && DENIAL_VERBS.has(lemmaOf(tree, c))) return "negated";
    if (alleged(tree, c, chain[k + 1])) return "alleged";
    if (reaches && modalOf(tree, c) === "possible") return "possible";
    if (child !== undefined && intendedComplement(tree, child, c)) return "intended";
    if (intentionBeforeTo(tree, c)) return "intended";
    if (!reaches) break;
    const rel = baseRel(tree.tokens[c]!.deprel);
    if (rel === "advcl" && askedInfinitive(tree, c, tree.tokens[c]!.head)) continue;
    if (rel === "ccomp" && tree.tokens[c]!.head >= 0 && intendedComplement(tree, c, tree.tokens[c]!.head)) return "intended";
    // "did not say whom he would support": what no one said is told by no one.
    if (rel === "ccomp" && tree.tokens[c]!.head >= 0 && negated(tree, tree.tokens[c]!.head)) return "negated";
    if (rel === "ccomp" && tree.tokens[c]!.head >= 0 && tree.tokens[c]!.head < c && lemmaOf(tree, tree.tokens[c]!.head) === "do") continue;
    if (rel === "ccomp" || rel === "parataxis" || rel === "advcl" || tree.tokens[c]!.deprel === "acl:relcl" || rel === "root") break;
  }
  if (asked(tree, p)) return "asked";
  if (planned(tree, p)) return "planned";
  return "asserted";
}

/** A not/never/n't on the predicate, "no" on a noun, or a subject nobody is ("no candidate won"). */
export function negated(tree: SentenceTree, i: number): boolean {
  for (const c of dependents(tree, i, "advmod", "det", "neg")) if (NEGATORS.has(tree.tokens[c]!.form.toLowerCase())) return true;
  for (const s of dependents(tree, i, "nsubj", "nsubj:pass")) {
    if (/^(nobody|none|nothing|neither)$/i.test(tree.tokens[s]!.form)) return true;
    if (dependents(tree, s, "det").some((d) => /^(no|neither)$/i.test(tree.tokens[d]!.form))) return true;
  }
  // "Nor did she discuss …": a clause opened by "nor"/"neither" with the auxiliary before its subject.
  for (const c of dependents(tree, i, "cc")) if (/^(nor|neither)$/i.test(tree.tokens[c]!.form) && tree.tokens.slice(0, c).every((x) => x.upos === "PUNCT")) return true;
  // "not" sometimes hangs on the auxiliary or copula.
  for (const a of dependents(tree, i, "aux", "cop")) for (const c of dependents(tree, a, "advmod")) if (NEGATORS.has(tree.tokens[c]!.form.toLowerCase())) return true;
  return false;
}

/** Does a governing verb's modal or negation reach this child: its object, complement or argument? */
function verbGovernsNoun(tree: SentenceTree, child: number): boolean {
  const r = baseRel(tree.tokens[child]!.deprel);
  return r === "obj" || r === "xcomp" || r === "nsubj" || r === "iobj" || r === "obl";
}

function modalOf(tree: SentenceTree, v: number): "possible" | "future" | undefined {
  for (const a of dependents(tree, v, "aux")) {
    const w = tree.tokens[a]!.form.toLowerCase();
    if (POSSIBLE_MODALS.has(w)) return "possible";
    if (FUTURE_MODALS.has(w)) return "future";
    if (w === "would" || w === "'d") return "future";
  }
  return undefined;
}

/** "If convicted, he faces…", "unless they agree": the clause or one it belongs to has a conditional marker. */
function conditional(tree: SentenceTree, c: number): boolean {
  return dependents(tree, c, "mark").some((m) => CONDITIONAL_MARKERS.has(tree.tokens[m]!.form.toLowerCase()));
}

/** The predicate is the infinitive of an intention ("plans to visit") or an attempt. */
function intendedComplement(tree: SentenceTree, child: number | undefined, governor: number): boolean {
  if (child === undefined) return false;
  const rel = tree.tokens[child]!.deprel;
  const lemma = lemmaOf(tree, governor);
  if (baseRel(rel) === "advcl" && askedInfinitive(tree, child, governor)) return true;
  if (baseRel(rel) !== "xcomp" && baseRel(rel) !== "ccomp") return false;
  // "agreed to buy": to-infinitive after an intention verb; "said it would buy" is a ccomp with a
  // modal, handled as planned.
  const to = dependents(tree, child, "mark").some((m) => tree.tokens[m]!.form.toLowerCase() === "to");
  // "demands that Morocco withdraw", "insists that Lima pay": a subjunctive (bare verb) asked for.
  if (!to && baseRel(rel) === "ccomp") return (REQUEST_VERBS.has(lemma) || lemma === "insist") && tree.tokens[child]!.xpos === "VB" && dependents(tree, child, "aux").length === 0;
  if (INTENT_VERBS.has(lemma)) return true;
  // "is set to", "is due to" are schedules, not intentions.
  return false;
}

/**
 * "urged both governments to agree": the parser often hangs the infinitive of a verb of asking
 * that has an object as an adverbial clause; after such a verb it is still what was asked for.
 */
function askedInfinitive(tree: SentenceTree, clause: number, governor: number): boolean {
  return governor >= 0 && clauseMarker(tree, clause) === "to" && INTENT_VERBS.has(lemmaOf(tree, governor)) && dependents(tree, governor, "obj").length > 0;
}

/**
 * "Kowalski plans to visit": a word of intention right before the infinitive's "to", whatever
 * the tagger made of it — after a proper noun it often tags "plans", "wants", "hopes" as nouns
 * and the infinitive as the root, so the tree does not show the intention.
 */
function intentionBeforeTo(tree: SentenceTree, c: number): boolean {
  const to = dependents(tree, c, "mark").find((m) => tree.tokens[m]!.form.toLowerCase() === "to");
  if (to === undefined || to === 0) return false;
  const w = tree.tokens[to - 1]!;
  return INTENT_VERBS.has(w.lemma.toLowerCase()) || INTENT_VERBS.has(verbStem(w.form.toLowerCase()));
}

/** The stem of a regular verb form: "plans" → "plan", "planned" → "plan", "hoping" → "hope". */
function verbStem(f: string): string {
  for (const suffix of ["ing", "ed", "es", "s"]) {
    if (!f.endsWith(suffix) || f.length <= suffix.length + 2) continue;
    const b = f.slice(0, -suffix.length);
    if (INTENT_VERBS.has(b)) return b;
    if (INTENT_VERBS.has(`${b}e`)) return `${b}e`;
    if (b[b.length - 1] === b[b.length - 2] && INTENT_VERBS.has(b.slice(0, -1))) return b.slice(0, -1);
  }
  return f;
}

/** "accused of attacking", "allegedly", "the alleged bribe". */
function alleged(tree: SentenceTree, c: number, governor: number | undefined): boolean {
  for (const m of dependents(tree, c, "advmod")) if (/^(allegedly|reportedly|supposedly|purportedly)$/.test(tree.tokens[m]!.form.toLowerCase())) return true;
  if (governor === undefined) return false;
  const rel = baseRel(tree.tokens[c]!.deprel);
  return (rel === "advcl" || rel === "acl" || rel === "xcomp" || rel === "ccomp") && ALLEGATION_VERBS.has(lemmaOf(tree, governor));
}

function asked(tree: SentenceTree, p: number): boolean {
  const root = tree.tokens.findIndex((t) => t.head < 0);
  if (root !== p && !ancestors(tree, p).includes(root)) return false;
  const last = tree.tokens[tree.tokens.length - 1];
  if (last?.form !== "?") return false;
  // Only the main clause is asked; a question quoted inside a statement is somebody's words.
  return ancestors(tree, p).every((a) => baseRel(tree.tokens[a]!.deprel) !== "ccomp");
}

function planned(tree: SentenceTree, p: number): boolean {
  const chain = [p, ...ancestors(tree, p).slice(0, 2)];
  for (const [k, c] of chain.entries()) {
    // "Prices would fall, she told the radio": the quote's modal is not the telling's.
    if (k > 0 && baseRel(tree.tokens[chain[k - 1]!]!.deprel) === "parataxis") break;
    if (modalOf(tree, c) === "future") return true;
    if (SCHEDULED.has(lemmaOf(tree, c)) && dependents(tree, c, "xcomp", "obl").length > 0) return true;
    if (dependents(tree, c, "xcomp").length === 0 && SCHEDULED.has(tree.tokens[c]!.form.toLowerCase()) && c !== p) return true;
  }
  // "sentencing is scheduled for Feb. 14": a noun whose predicate is a schedule word.
  const h = tree.tokens[p]!.head;
  return h >= 0 && SCHEDULED.has(tree.tokens[h]!.form.toLowerCase()) && baseRel(tree.tokens[p]!.deprel) === "nsubj";
}

/** "possible sanctions", "any talks", "the proposed merger": a noun trigger talked of, not reported. */
function nominalFactuality(tree: SentenceTree, n: number): Factuality {
  const t = tree.tokens[n]!;
  const rel = baseRel(t.deprel);
  // "demanding an inquiry", "called for talks": what is asked for has not happened.
  if (t.head >= 0 && (rel === "obj" || rel === "obl") && REQUEST_VERBS.has(lemmaOf(tree, t.head))) return "intended";
  // "an inquiry into the shelling": told elsewhere, referred to here.
  if ((rel === "nmod" || rel === "obl") && REFERRING_CASES.has(dependents(tree, n, "case").map((c) => tree.tokens[c]!.form.toLowerCase()).join(" "))) return "referred";
  for (const a of dependents(tree, n, "amod")) if (HYPOTHETICAL_MODIFIERS.has(tree.tokens[a]!.form.toLowerCase())) return "possible";
  for (const d of dependents(tree, n, "det")) if (GENERIC_DETERMINERS.has(tree.tokens[d]!.form.toLowerCase())) return "generic";
  return "asserted";
}

export function isReported(f: Factuality): boolean {
  return f === "asserted" || f === "planned";
}
