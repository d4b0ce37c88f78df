// The named conditions a trigger sense may need (the `when` column of
// data/event-triggers-newsgraph.tsv): "take over" is an appointment with "as chief executive" and
// an acquisition with a company for object; "shares rallied" is a market move, "supporters rallied"
// a protest. Each condition reads the predicate's arguments in the tree.
import type { TriggerSense } from "./event-triggers.ts";
import { baseRel, caseMarker, dependents, lemmaOf, type SentenceTree } from "./syntax.ts";
import { matchTitle } from "./titles.ts";

// Subjects that make a verb of rising or falling a market move.
const MARKET_NOUNS = new Set(
  "share stock price index market currency dollar euro pound yen yuan bond yield value rate sales revenue profit earnings valuation".split(" "),
);
const FIGURE_NOUNS = new Set("profit loss revenue sales earnings result figure growth income deficit surplus".split(" "));
// People taken away: "taking Ukrainian children", "grabbed civilians".
const PEOPLE_NOUNS = new Set("child kid people civilian hostage prisoner woman man boy girl resident citizen orphan minor student worker villager refugee migrant".split(" "));
// Words of arms and fighting that make an attack physical.
const ARMED_NOUNS = new Set("army troop force soldier militant militia rebel gunman fighter missile drone rocket bomb shell artillery airstrike strike weapon tank jet warplane navy police terrorist insurgent killed wounded casualty".split(" "));
const OFFICE_NOUNS = new Set("office presidency seat post job role position chairmanship premiership mayoralty governorship leadership nomination re-election reelection".split(" "));

type Condition = (tree: SentenceTree, p: number) => boolean;

/** A noun naming an office or a title ("chief executive", "manager", "the presidency"). */
export function isOfficeNoun(tree: SentenceTree, n: number): boolean {
  const lemma = lemmaOf(tree, n);
  if (OFFICE_NOUNS.has(lemma)) return true;
  const words = [...dependents(tree, n, "compound", "amod").filter((c) => c < n), n].map((k) => tree.tokens[k]!.form.toLowerCase().replace(/\./g, ""));
  for (let s = 0; s < words.length; s++) {
    const t = matchTitle(words, s);
    if (t && s + t.length === words.length && t.sort !== "honorific") return true;
  }
  return matchTitle([lemma], 0) !== null && matchTitle([lemma], 0)!.sort !== "honorific";
}

const CONDITIONS: Record<string, Condition> = {
  /** "took over as chief executive", "was unveiled as the new manager". */
  "as-office": (tree, p) => asOffice(tree, p) !== undefined,
  /** "took over the company", "bought Northwind". */
  "obj-organization": (tree, p) =>
    dependents(tree, p, "obj").some((o) => tree.entity[o]?.kind === "ORGANIZATION" || /^(company|firm|business|group|stake|brand|chain|club|team|rival|unit|division|operation)$/.test(lemmaOf(tree, o))),
  /** "shares rose", "the stock added 2%". */
  "subj-market": (tree, p) => dependents(tree, p, "nsubj").some((s) => MARKET_NOUNS.has(lemmaOf(tree, s))),
  /** "posted a profit". */
  "obj-figures": (tree, p) => dependents(tree, p, "obj").some((o) => FIGURE_NOUNS.has(lemmaOf(tree, o))),
  /** "obtained by Fox News", "The Times reported": a news organisation gets or tells something. */
  "agent-media": (tree, p) =>
    [...dependents(tree, p, "obl:agent", "nsubj"), ...dependents(tree, p, "obl").filter((o) => caseMarker(tree, o) === "by")].some((a) =>
      tree.entity[a]?.mentions.some((m) => m.gazetteer?.sort === "media") || /(?:news|times|post|journal|press|tv|radio|digital|magazine)$/i.test(tree.entity[a]?.name ?? ""),
    ),
  /** "would appeal to the Fifth Circuit", "appealed the verdict": an appeal in court. */
  court: (tree, p) =>
    dependents(tree, p, "obl", "obj").some((o) => /\b(court|tribunal|circuit)\b/i.test(tree.entity[o]?.name ?? "") || /^(verdict|ruling|conviction|sentence|decision|judgment|judgement)$/.test(lemmaOf(tree, o))),
  /** "Russian forces attacked", "attacked the base", "missile attack": arms, a state or a place in the act. */
  armed: (tree, p) => {
    const args = [...dependents(tree, p, "nsubj", "obj", "nsubj:pass", "obl", "obl:agent", "compound", "amod", "nmod:poss", "nmod")];
    if (args.some((a) => tree.entity[a]?.kind === "PLACE" || ARMED_NOUNS.has(lemmaOf(tree, a)))) return true;
    return tree.tokens.some((t) => ARMED_NOUNS.has(t.lemma.toLowerCase()) && t.upos === "NOUN");
  },
  /** "Apple said demand was high" is the market's, "Russia's demands" are Russia's: a named doer. */
  "noun-agent": (tree, p) =>
    dependents(tree, p, "nmod:poss", "compound", "amod").some((c) => tree.entity[c] !== undefined) ||
    dependents(tree, p, "nmod").some((c) => caseMarker(tree, c) === "by" && tree.entity[c] !== undefined) ||
    (tree.tokens[p]!.head >= 0 && baseRel(tree.tokens[p]!.deprel) === "obj" && dependents(tree, tree.tokens[p]!.head, "nsubj").some((s) => tree.entity[s] !== undefined)),
  /** "taking Ukrainian children": people as the object. */
  "obj-people": (tree, p) => dependents(tree, p, "obj").some((o) => PEOPLE_NOUNS.has(lemmaOf(tree, o))),
  /** "pleaded guilty", "pleads not guilty to charges". */
  guilty: (tree, p) => dependents(tree, p, "xcomp", "advmod", "obj", "obl", "amod").some((c) => /^(guilty|innocent|contest)$/.test(lemmaOf(tree, c))),
  /** "run for president", "ran for re-election". */
  "for-office": (tree, p) => dependents(tree, p, "obl").some((o) => caseMarker(tree, o) === "for" && isOfficeNoun(tree, o)),
  /** "tried the former minister", "was tried in absentia". */
  "obj-person": (tree, p) =>
    dependents(tree, p, "obj").some((o) => tree.entity[o]?.kind === "PERSON") || dependents(tree, p, "nsubj:pass").some((s) => tree.entity[s]?.kind === "PERSON"),
};

/** The office of an "as" phrase on the predicate: "as manager", "as the new chief executive". */
export function asOffice(tree: SentenceTree, p: number): number | undefined {
  for (const c of dependents(tree, p, "obl", "xcomp", "advcl", "obj")) {
    const marker = caseMarker(tree, c) || dependents(tree, c, "mark").map((m) => tree.tokens[m]!.form.toLowerCase()).join(" ");
    if (marker === "as" && isOfficeNoun(tree, c)) return c;
  }
  return undefined;
}

/** The sense a trigger takes here: the first whose condition holds, else the first without one. */
export function chooseSense(senses: readonly TriggerSense[], tree: SentenceTree, p: number): TriggerSense | undefined {
  for (const s of senses) if (s.when && CONDITIONS[s.when]?.(tree, p)) return s;
  return senses.find((s) => !s.when);
}

export function knownCondition(name: string): boolean {
  return name in CONDITIONS;
}
