// Typed relationships, each with the sentence that states it — and only where that sentence names
// or refers to both ends. Read from the parse, each pattern a named rule below:
// - titles: "Wolves chairman Rick Hayward", "Russian President Vladimir Putin" (the title and its
//   owner found by the mention stage) → LEADER_OF / MEMBER_OF, a nationality word before a
//   non-state title or a past one → CITIZEN_OF;
// - appositiveRole: "Omar Lamrani, a senior analyst at Stratfor", "Gwynne Shotwell, president and
//   chief operating officer of SpaceX", "PG&E's meteorologist Scott Strenfel";
// - predicateRole: "X is the chief executive of Y", "X became chairman of Y", "was named manager of Y";
// - ledBy: "the group, led by Gen. Dagalo";
// - nationality: "Serbia's Novak Djokovic", "US actor Ossie Davis";
// - kinship: "his wife, Kimberly", "Presley's daughter Lisa Marie", "her husband …";
// - locatedIn / partOf: "Columbia, S.C.", "a university in Hong Kong", "Boston-based Helix",
//   "Tufts University's Feinstein Center", "the Russian Defence Ministry", "X, part of Y";
// - stance: "X supports Y", "X criticised Y", "X is strongly opposed to Y", "X's ally Y".
// What a gazetteer knows but the text does not say (Manhattan is in the United States) is not a
// relationship here. Symmetric types are stored once, ends in id order.
import { isSymmetric, type RelationshipType } from "../vocabulary.ts";
import type { Dateline } from "./dateline.ts";
import type { ExtractedRelationshipT } from "./document.ts";
import { lookupExact } from "./gazetteer.ts";
import { PUBLIC_BODY_WORDS } from "./nested-names.ts";
import { isCountry, placeRank } from "./place-rank.ts";
import type { Resolution, ResolvedEntity } from "./resolve.ts";
import { appositions, baseRel, caseMarker, conjuncts, dependents, lemmaOf, type SentenceTree, subtree, tokenEndingAt, tokenStartingAt } from "./syntax.ts";
import { marriedTo, ownersCompany, pairOfCountry, placeOfPlace, possessiveTitle, rolePhrase, speakerAtOrganization, survivedBy, type TitleReading } from "./role-phrases.ts";
import { FAMILY_WORDS, matchTitle, NON_STATE_TITLES, SPOUSE_WORDS, type TitleSort } from "./titles.ts";

type Add = (type: RelationshipType, a: ResolvedEntity | undefined, b: ResolvedEntity | undefined, tree: SentenceTree, options?: { former?: boolean; referred?: ResolvedEntity }) => void;

const SUPPORT_VERBS = new Set(["support", "back", "endorse", "defend", "champion", "praise", "welcome"]);
const OPPOSE_VERBS = new Set(["oppose", "condemn", "criticise", "criticize", "denounce", "blame", "accuse", "sue", "attack", "reject", "fight", "challenge"]);
const LEAD_VERBS = new Set(["lead", "head", "run", "chair", "found", "co-found", "cofound", "own", "manage", "coach", "command"]);
// Words before a name that make the owner before them its leader: "WorldCom chief Bernie Ebbers".
const HEAD_WORDS = new Set(["chief", "ceo", "boss", "chairman", "chairwoman", "chair", "president", "founder", "co-founder", "leader", "head", "manager", "coach", "owner", "director", "governor", "mayor", "premier"]);
const BECOME_VERBS = new Set(["become", "remain", "serve", "name", "appoint", "elect", "make", "install", "hire", "promote", "succeed", "replace", "unveil", "confirm", "nominate"]);
const PART_NOUNS = new Set(["part", "unit", "subsidiary", "division", "arm", "branch", "affiliate", "member", "department", "wing"]);
const MEMBER_NOUNS = new Set(["member", "player", "employee", "staffer", "worker", "supporter", "fan", "volunteer"]);
const ALLY_NOUNS = new Set(["ally", "allies", "partner", "partners"]);
// Words that put a post in the past: "a former minister", "the ex-coach", "its onetime chairman".
const PAST_WORDS = new Set(["former", "ex", "ex-", "onetime", "one-time", "erstwhile", "late"]);

export function detectRelationships(trees: readonly SentenceTree[], resolution: Resolution, dateline?: Dateline): ExtractedRelationshipT[] {
  const out = new Map<string, ExtractedRelationshipT>();
  // Every entity each sentence names or refers to: the check that evidence names both ends.
  const named = trees.map((t) => {
    const s = new Set<ResolvedEntity>();
    for (const e of t.entity) if (e) s.add(e);
    for (const g of t.group.values()) for (const e of g) s.add(e);
    return s;
  });
  // A name inside a description ("Britain" in "Britain's prime minister") is named too, although
  // the description's tokens stand for the person it describes.
  const treeOf = new Map(trees.map((t, i) => [t.index, i]));
  for (const [m, e] of resolution.byMention) {
    const k = treeOf.get(m.sentence);
    if (k !== undefined && !m.descriptive) named[k]!.add(e);
  }
  const treeAt = new Map(trees.map((t, i) => [t.index, i]));
  const add: Add = (type, a, b, tree, options) => {
    if (!a || !b || a === b || a.id === b.id) return;
    const k = treeAt.get(tree.index);
    const said = (e: ResolvedEntity) => named[k!]!.has(e) || options?.referred === e;
    if (k === undefined || !said(a) || !said(b)) return;
    if (!kindsFit(type, a, b)) return;
    let [src, dst] = [a.id, b.id];
    if (isSymmetric(type) && dst < src) [src, dst] = [dst, src];
    const key = `${type}|${src}|${dst}`;
    const ev = { start: tree.start, end: tree.end, text: tree.text };
    const existing = out.get(key);
    if (existing) {
      if (!existing.evidence.some((e) => e.start === ev.start)) existing.evidence.push(ev);
      // Held now by one telling is held now.
      if (!options?.former) delete existing.former;
      return;
    }
    out.set(key, { type, sourceId: src, targetId: dst, evidence: [ev], ...(options?.former ? { former: true } : {}) });
  };
  const bySentence = new Map(trees.map((t) => [t.index, t]));
  titles(resolution, bySentence, add);
  kinCues(resolution, bySentence, add);
  qualifiedNames(resolution, bySentence, add);
  // Rule dateline: "COLUMBIA, S.C. (AP) —" states that the city is in the state.
  if (dateline?.region) add("LOCATED_IN", dateline.city, dateline.region, trees[dateline.sentence]!);
  for (const tree of trees) {
    appositiveRole(tree, add);
    descriptionRole(tree, add);
    predicateRole(tree, add);
    ledBy(tree, add);
    nationality(tree, add);
    kinship(tree, add);
    locatedIn(tree, add);
    partOf(tree, add);
    stance(tree, add);
    qualifierBeforeName(tree, add);
    nameOfPlace(tree, add);
    marriage(tree, add);
    joinsOrLeaves(tree, add);
    rolePhrase(tree, add, TITLE_READING);
    speakerAtOrganization(tree, add);
    possessiveTitle(tree, add, TITLE_READING);
    pairOfCountry(tree, add);
    marriedTo(tree, add);
    survivedBy(tree, add);
    placeOfPlace(tree, add);
    ownersCompany(tree, add);
  }
  // A leader is a member: where one reading says LEADER_OF and another MEMBER_OF, the stronger stays.
  for (const [key, r] of out) {
    if (r.type === "MEMBER_OF" && out.has(`LEADER_OF|${r.sourceId}|${r.targetId}`)) out.delete(key);
  }
  return [...out.values()];
}

const TITLE_READING: TitleReading = {
  get underHead() {
    return UNDER_HEAD;
  },
  get headOfOrganization() {
    return HEAD_OF_ORGANIZATION;
  },
  get timeOfPost() {
    return TIME_OF_POST;
  },
  pastWords: PAST_WORDS,
  memberNouns: MEMBER_NOUNS,
  relationOfTitle: (sort, title, owner, viaDemonym) => relationOfTitle(sort, title, owner, viaDemonym),
};

function kindsFit(type: RelationshipType, a: ResolvedEntity, b: ResolvedEntity): boolean {
  switch (type) {
    case "SPOUSE_OF":
    case "FAMILY_OF":
      return a.kind === "PERSON" && b.kind === "PERSON";
    case "LEADER_OF":
      return a.kind === "PERSON" && b.kind !== "PERSON";
    case "MEMBER_OF":
      return a.kind !== "PLACE" && b.kind !== "PERSON";
    case "CITIZEN_OF":
      return a.kind === "PERSON" && b.kind === "PLACE";
    case "LOCATED_IN":
      return a.kind !== "PERSON" && b.kind === "PLACE";
    case "PART_OF":
      return a.kind !== "PERSON" && b.kind !== "PERSON";
    default:
      return true;
  }
}

/** The relation a title makes with its owner: heads lead, office-holders and staff are members. */
function relationOfTitle(sort: TitleSort | undefined, title: string, owner: ResolvedEntity, viaDemonym: boolean): RelationshipType | undefined {
  if (sort === "honorific" || sort === "spouse-of-head" || sort === undefined) return undefined;
  // "the Romanian director Radu Jude": a nationality before a non-state title is citizenship.
  if (owner.kind === "PLACE" && viaDemonym && (sort === "descriptor" || NON_STATE_TITLES.has(title))) return "CITIZEN_OF";
  if (sort === "descriptor") return owner.kind === "PLACE" ? "CITIZEN_OF" : "MEMBER_OF";
  return sort === "head" ? "LEADER_OF" : "MEMBER_OF";
}

/** Rule titles: the roles the mention stage read from titles before names. */
// Titles of people who report on a beat for a news organisation: "VOA Pentagon correspondent",
// "BBC Washington reporter" — the first name is the employer, the second the beat.
const BEAT_TITLES = new Set(["correspondent", "reporter", "editor", "producer", "anchor", "columnist", "journalist", "writer", "bureau chief", "analyst"]);

/** The news organisation named right before the beat `beat` in this sentence ("VOA" before "Pentagon"). */
function employerBeforeBeat(tree: SentenceTree, beat: ResolvedEntity): ResolvedEntity | undefined {
  for (let k = 1; k < tree.tokens.length; k++) {
    if (tree.entity[k] !== beat || tree.entity[k - 1] === beat || tree.isReference[k]) continue;
    const before = tree.entity[k - 1];
    if (before?.kind === "ORGANIZATION" && !tree.isReference[k - 1] && tree.tokens[k]!.start - tree.tokens[k - 1]!.end <= 1) return before;
  }
  return undefined;
}

/** Is the name at h followed by a beat title ("Pentagon correspondent")? */
function beatBeforeTitle(tree: SentenceTree, h: number): boolean {
  let k = h;
  while (tree.entity[k + 1] === tree.entity[h]) k++;
  const words = tree.tokens.slice(k + 1, k + 3).map((t) => t.form.toLowerCase());
  const title = matchTitle(words, 0);
  return !!title && BEAT_TITLES.has(title.title);
}

function titles(resolution: Resolution, trees: Map<number, SentenceTree>, add: Add): void {
  for (const e of resolution.entities) {
    if (e.kind !== "PERSON") continue;
    for (const r of e.roles) {
      // "Scholz's spokesman": an office held for a person is not membership of that person.
      if (!r.of || r.of.kind === "PERSON") continue;
      const tree = trees.get(r.sentence);
      if (!tree) continue;
      const referred = r.byReference ? r.of : undefined;
      if (r.former) {
        // "former German Chancellor Angela Merkel": still its citizen, and its leader in the past
        // (a former post is stated: "the ex-England coach"), marked as no longer held.
        if (r.of.kind === "PLACE" && r.viaDemonym) add("CITIZEN_OF", e, r.of, tree);
        const type = relationOfTitle(r.sort, r.title.replace(/^former /i, "").toLowerCase(), r.of, false);
        if (type && type !== "CITIZEN_OF") add(type, e, r.of, tree, { former: true, ...(referred ? { referred } : {}) });
        continue;
      }
      const employer = BEAT_TITLES.has(r.title.toLowerCase()) ? employerBeforeBeat(tree, r.of) : undefined;
      if (employer) {
        add("MEMBER_OF", e, employer, tree);
        continue;
      }
      const type = relationOfTitle(r.sort, r.title, r.of, r.viaDemonym ?? false);
      if (type) add(type, e, r.of, tree, referred ? { referred } : {});
    }
  }
}

/** Rule kinCues: "her husband …" read by the mention stage. */
function kinCues(resolution: Resolution, trees: Map<number, SentenceTree>, add: Add): void {
  for (const k of resolution.kin) {
    const tree = trees.get(k.sentence);
    if (tree) add(k.spouse ? "SPOUSE_OF" : "FAMILY_OF", k.a, k.b, tree);
  }
}

/** Rule qualifiedNames: "Jane Doe of Acme Corp" (MEMBER_OF); "Russian Defence Ministry" (PART_OF Russia). */
function qualifiedNames(resolution: Resolution, trees: Map<number, SentenceTree>, add: Add): void {
  for (const [m, e] of resolution.byMention) {
    const tree = trees.get(m.sentence);
    if (!tree) continue;
    if (m.affiliation && e.kind === "PERSON") add("MEMBER_OF", e, resolution.byMention.get(m.affiliation), tree);
    if (m.partOf) {
      const parent = resolution.byMention.get(m.partOf);
      // "European Broadcasting Union" is not part of the continent.
      if (parent && parent.kind === "PLACE" && m.partOf.gazetteer?.sort !== "continent" && lookupExact(parent.name)?.sort !== "continent") add("PART_OF", e, parent, tree);
      // "Disney Channel", "the DHS Office of Inspector General" (nested-names.ts).
      else if (parent?.kind === "ORGANIZATION") add("PART_OF", e, parent, tree);
    }
    if (m.placeOf) add("LOCATED_IN", e, resolution.byMention.get(m.placeOf), tree);
  }
}

/** The title a noun phrase names ("a senior military analyst", "chief operating officer"), by its words. */
function titleOf(tree: SentenceTree, n: number): { title: string; sort: TitleSort } | undefined {
  // The words before the noun that modify it, directly or not: "foreign policy chief" has
  // "foreign" on "policy".
  const inside = new Set(subtree(tree, n));
  const mods: number[] = [];
  for (let k = n - 1; k >= 0 && inside.has(k) && !tree.entity[k] && /^(ADJ|NOUN|PROPN)$/.test(tree.tokens[k]!.upos); k--) mods.unshift(k);
  const words = [...mods, n].map((k) => tree.tokens[k]!.form.toLowerCase().replace(/\./g, ""));
  for (let s = 0; s < words.length; s++) {
    const t = matchTitle(words, s);
    if (t && s + t.length === words.length) return { title: t.title, sort: t.sort };
  }
  const t = matchTitle([lemmaOf(tree, n)], 0);
  return t ? { title: t.title, sort: t.sort } : undefined;
}

/** Whose office a role noun is: "of/at/for Y", "Y's", "Y chief executive"; with whether a nationality word gave it. */
function ownerOf(tree: SentenceTree, n: number): { owner: ResolvedEntity; viaDemonym: boolean } | undefined {
  for (const c of tree.children[n]!) {
    const rel = tree.tokens[c]!.deprel;
    const base = baseRel(rel);
    const e = tree.entity[c];
    if (!e || e.kind === "PERSON") continue;
    if (base === "nmod" && ["of", "at", "for", "with", "in"].includes(caseMarker(tree, c))) return { owner: e, viaDemonym: false };
    if (rel === "nmod:poss" || rel === "compound") return { owner: e, viaDemonym: false };
    if (rel === "amod") return { owner: e, viaDemonym: true };
  }
  return undefined;
}

/**
 * Rule descriptionRole: "But the black former Massachusetts governor is eager …" — a title the
 * references stage resolved to a person names that person's post, with its owner right there.
 */
function descriptionRole(tree: SentenceTree, add: Add): void {
  for (let n = 0; n < tree.tokens.length; n++) {
    const person = tree.entity[n];
    if (person?.kind !== "PERSON" || !tree.isReference[n] || tree.tokens[n]!.upos !== "NOUN" || !titleOf(tree, n)) continue;
    roleRelation(tree, person, n, add);
  }
}

/** Rule appositiveRole: "Omar Lamrani, a senior military analyst at Stratfor"; "PG&E's meteorologist, Scott Strenfel". */
function appositiveRole(tree: SentenceTree, add: Add): void {
  for (let h = 0; h < tree.tokens.length; h++) {
    const person = tree.entity[h];
    if (person?.kind !== "PERSON" || tree.isReference[h]) continue;
    const m = tree.mention[h];
    if (m && tree.mentionHead.get(m) !== h) continue;
    // The person with an apposed role, or a role noun with the person apposed to it.
    const roles = [...appositions(tree, h)];
    // "company CEO Andy Vesey", "Wolves chairman Rick Hayward": a title noun on the name itself.
    for (const c of dependents(tree, h, "compound", "nmod:desc", "amod")) if (c < h && !tree.entity[c] && titleOf(tree, c)) roles.push(c);
    const up = tree.tokens[h]!.head;
    const upRel = tree.tokens[h]!.deprel;
    if (up >= 0 && !tree.entity[up] && (upRel === "appos" || upRel === "compound" || upRel === "flat" || (upRel === "nmod" && caseMarker(tree, h) === ""))) {
      roles.push(up);
      // "Cmdr. Sean Robertson, a spokesperson for …": the rank heads the parse; its apposition is the person's.
      if (upRel === "flat" || upRel === "compound") roles.push(...appositions(tree, up));
    }
    for (const r of roles) {
      if (tree.entity[r]) continue;
      // "president and chief operating officer": one person's titles; "Mr Bush and the UK premier":
      // a determiner opens another person's description.
      for (const k of conjuncts(tree, r)) if (k === r || dependents(tree, k, "det").length === 0) roleRelation(tree, person, k, add);
    }
  }
}

// "senior director", "deputy chief", "vice president": an office under the head, not the head.
// An acting or interim head runs the place ("the acting director of the Department").
const UNDER_HEAD = new Set(["senior", "deputy", "vice", "assistant", "associate", "regional", "executive", "joint", "co", "under", "press"]);

function roleRelation(tree: SentenceTree, person: ResolvedEntity, n: number, add: Add): void {
  let t = titleOf(tree, n);
  if (t?.sort === "head") {
    const under = dependents(tree, n, "amod", "compound").some((c) => UNDER_HEAD.has(tree.tokens[c]!.form.toLowerCase()));
    // "director of emergency preparedness": head of a field inside the organisation, not of the organisation.
    const ofField = dependents(tree, n, "nmod").some((c) => caseMarker(tree, c) === "of" && !tree.entity[c]);
    // "the bloc's trade chief", "its sales director": the head of a field, not of the owner;
    // "the club chairman", "company CEO" name the owner's own kind and stay its head.
    const field = dependents(tree, n, "compound").some((c) => !tree.entity[c] && tree.tokens[c]!.upos === "NOUN" && !OWNER_KIND_NOUNS.has(lemmaOf(tree, c)) && t!.title.split(" ").length === 1);
    if (under || ofField || field) t = { ...t, sort: "member" };
  }
  const lemma = lemmaOf(tree, n);
  let owned = ownerOf(tree, n);
  // "president and chief operating officer of SpaceX": the owner of the last conjunct is the first's too.
  if (!owned) for (const c of conjuncts(tree, n)) owned ??= ownerOf(tree, c);
  if (!owned && tree.tokens[n]!.deprel === "conj") owned = ownerOf(tree, tree.tokens[n]!.head);
  if (!owned) return;
  // "CNN White House correspondent": the news organisation before the beat employs the person.
  const employer = t && BEAT_TITLES.has(t.title) ? employerBeforeBeat(tree, owned.owner) : undefined;
  if (employer) {
    add("MEMBER_OF", person, employer, tree);
    return;
  }
  // "a former Belgian sports minister": a past post, still the country's citizen.
  const former = pastPost(tree, n);
  if (former) {
    if (owned.owner.kind === "PLACE" && owned.viaDemonym) add("CITIZEN_OF", person, owned.owner, tree);
    const type = MEMBER_NOUNS.has(lemma) ? "MEMBER_OF" : t ? relationOfTitle(t.sort, t.title, owned.owner, false) : undefined;
    if (type && type !== "CITIZEN_OF") add(type, person, owned.owner, tree, { former: true });
    return;
  }
  if (MEMBER_NOUNS.has(lemma)) {
    add("MEMBER_OF", person, owned.owner, tree);
    return;
  }
  if (SPOUSE_WORDS.has(lemma) || FAMILY_WORDS.has(lemma)) return;
  if (!t) {
    // "a fierce opponent of X", "a supporter of X": a stance, read by the stance rule.
    if (CRITIC_NOUNS.has(lemma) || SUPPORTER_NOUNS.has(lemma) || ALLY_NOUNS.has(lemma)) return;
    // An occupation the title list does not know, at an organisation: "a meteorologist at PG&E".
    // Said with a preposition, or a noun for a person's work ("PG&E's meteorologist"): "their
    // vote", "the firm's campaign" are no occupation.
    const viaPreposition = dependents(tree, n, "nmod").some((c) => tree.entity[c] === owned!.owner && ["at", "for", "with"].includes(caseMarker(tree, c)));
    const occupation = (/(ist|er|or|ian|ant|ent)$/.test(lemma) || /^(chief|head|boss|aide|staffer|official|envoy|delegate)$/.test(lemma)) && tree.tokens[n]!.xpos !== "NNS";
    // A noun the person's name is apposed to describes the person ("Their mission chief, X").
    const apposed = dependents(tree, n, "appos").some((k) => tree.entity[k] === person) || (tree.tokens[n]!.deprel === "appos" && tree.entity[tree.tokens[n]!.head] === person);
    if (owned.owner.kind === "ORGANIZATION" && tree.tokens[n]!.upos === "NOUN" && (viaPreposition || occupation || apposed)) add("MEMBER_OF", person, owned.owner, tree);
    return;
  }
  const type = relationOfTitle(headOfOwner(tree, n, t, owned.owner), t.title, owned.owner, owned.viaDemonym);
  if (type) add(type, person, owned.owner, tree);
}

// Titles that name the one who runs what owns them when nothing puts them under someone else:
// "the Wolves manager", "manager of Southampton", "the commander of Kowloon West district", "the
// editor of the Times", "the Health and Human Services secretary" (a department's secretary is its
// head; a country's is one of its ministers).
const HEAD_OF_ORGANIZATION = new Set(["manager", "coach", "head coach", "commander", "editor", "owner", "secretary"]);

// Nouns that name the owner's own kind before a title: "the club chairman", "company CEO".
const OWNER_KIND_NOUNS = new Set("company firm group club team party bank agency network union council board state city country league side".split(" "));

// Words that date a post without narrowing it: "the new Wolves manager", "its acting director".
const TIME_OF_POST = new Set(["new", "current", "incoming", "outgoing", "acting", "interim", "permanent", "longtime", "long-time", "then", "first", "last", "previous", "present"]);

/** The sort a title has for this owner: a member title of HEAD_OF_ORGANIZATION reads as the head of an organisation. */
function headOfOwner(tree: SentenceTree, n: number, t: { title: string; sort: TitleSort }, owner: ResolvedEntity): TitleSort {
  if (t.sort !== "member" || !HEAD_OF_ORGANIZATION.has(t.title)) return t.sort;
  if (t.title === "secretary" && owner.kind !== "ORGANIZATION") return t.sort;
  if (owner.kind === "PERSON") return t.sort;
  // "the commander of Kowloon West district" runs it; "the U.S. commander" is only from there.
  if (owner.kind === "PLACE" && !dependents(tree, n, "nmod").some((c) => tree.entity[c] === owner && caseMarker(tree, c) === "of")) return t.sort;
  // "a manager at Acme", "one of the coaches": an indefinite or plural title is one of several.
  if (dependents(tree, n, "det").some((d) => /^(a|an|one|some|another)$/i.test(tree.tokens[d]!.form))) return t.sort;
  if (tree.tokens[n]!.xpos === "NNS") return t.sort;
  // "portfolio manager", "sales director": a post named for its field is not the whole organisation's.
  const specialised = (c: number) => !tree.entity[c] && (tree.tokens[c]!.upos === "NOUN" || (tree.tokens[c]!.upos === "ADJ" && !TIME_OF_POST.has(lemmaOf(tree, c))));
  if (dependents(tree, n, "compound", "amod").some(specialised)) return t.sort;
  const under = [n, ...dependents(tree, n, "amod", "compound")].some((c) => UNDER_HEAD.has(tree.tokens[c]!.form.toLowerCase()));
  const previous = tree.tokens[n - 1]?.form.toLowerCase() ?? "";
  return under || UNDER_HEAD.has(previous) ? t.sort : "head";
}

/**
 * "a former Belgian sports minister", "Former Italian Prime Minister Mario Draghi", "the ex-coach":
 * a word of the past among the words that lead up to the title (the parse may hang it anywhere).
 */
function pastPost(tree: SentenceTree, n: number): boolean {
  const past = (k: number) => PAST_WORDS.has(tree.tokens[k]!.form.toLowerCase()) || /^(ex|former)-/i.test(tree.tokens[k]!.form);
  if (past(n) || dependents(tree, n, "amod", "compound", "advmod").some(past)) return true;
  for (let k = n - 1; k >= 0 && /^(ADJ|NOUN|PROPN)$/.test(tree.tokens[k]!.upos); k--) if (past(k)) return true;
  return false;
}

/** Rule predicateRole: "X is the chief executive of Y", "X became chairman of Y", "X was named manager of Y". */
function predicateRole(tree: SentenceTree, add: Add): void {
  for (let n = 0; n < tree.tokens.length; n++) {
    const t = tree.tokens[n]!;
    if (t.upos !== "NOUN" && t.upos !== "ADJ" && t.upos !== "PROPN") continue;
    if (tree.entity[n]) continue;
    // Copula: the role noun heads the clause, with the person as subject.
    if (dependents(tree, n, "cop").length) {
      for (const s of dependents(tree, n, "nsubj")) {
        const e = tree.entity[s];
        if (e?.kind === "PERSON") for (const k of conjuncts(tree, n)) roleRelation(tree, e, k, add);
      }
      continue;
    }
    // "became chairman", "was named chief executive", "took over as manager".
    const v = t.head;
    if (v < 0 || !BECOME_VERBS.has(lemmaOf(tree, v))) continue;
    const rel = baseRel(t.deprel);
    if (rel !== "xcomp" && rel !== "obl" && rel !== "obj") continue;
    const subject = [...dependents(tree, v, "nsubj:pass"), ...(rel === "obj" ? [] : dependents(tree, v, "nsubj"))];
    for (const s of subject) {
      const e = tree.entity[s];
      if (e?.kind === "PERSON") for (const k of conjuncts(tree, n)) roleRelation(tree, e, k, add);
    }
  }
}

/** Rule ledBy: "the group, led by Gen. Dagalo", "a club owned by the Glazer family". */
function ledBy(tree: SentenceTree, add: Add): void {
  for (let v = 0; v < tree.tokens.length; v++) {
    if (!LEAD_VERBS.has(lemmaOf(tree, v)) || tree.tokens[v]!.xpos !== "VBN") continue;
    // A participle describing a noun: as the parse gives it (acl), or set off after a name when
    // the parse lost it (", a firm co-founded by …" hung as a conjunct).
    const rel = tree.tokens[v]!.deprel;
    if (rel !== "acl" && !(rel === "conj" || rel === "parataxis" || rel === "advcl")) continue;
    if (rel !== "acl") {
      const org = setOffAfterName(tree, v);
      for (const a of dependents(tree, v, "obl:agent")) {
        const person = tree.entity[a] ?? dependents(tree, a, "appos", "flat", "compound").map((c) => tree.entity[c]).find((e) => e?.kind === "PERSON");
        add("LEADER_OF", person, org, tree);
      }
      continue;
    }
    // "Kosmos, a group co-founded by …": the organisation the described noun is apposed to.
    const h = tree.tokens[v]!.head;
    const up = h >= 0 ? tree.tokens[h]!.head : -1;
    const org = tree.entity[h] ?? (up >= 0 && appositions(tree, up).includes(h) ? tree.entity[up] : undefined) ?? setOffAfterName(tree, h);
    for (const a of [...dependents(tree, v, "obl:agent"), ...dependents(tree, v, "obl").filter((o) => caseMarker(tree, o) === "by")]) {
      for (const k of conjuncts(tree, a)) {
        // "co-founded by Barcelona soccer player Gerard Pique": the person the agent noun names.
        const person = tree.entity[k] ?? dependents(tree, k, "appos", "flat", "compound").map((c) => tree.entity[c]).find((e) => e?.kind === "PERSON");
        add("LEADER_OF", person, org, tree);
      }
    }
  }
}

/**
 * The name a description is set off after, read on the words when the parse lost the apposition:
 * "…, Kosmos, a group co-founded by …" — the noun, its article, a comma, and a name ending there.
 */
function setOffAfterName(tree: SentenceTree, n: number): ResolvedEntity | undefined {
  let k = n - 1;
  while (k >= 0 && /^(ADJ|NOUN|NUM)$/.test(tree.tokens[k]!.upos) && !tree.entity[k]) k--;
  if (k >= 0 && /^(a|an|the)$/i.test(tree.tokens[k]!.form)) k--;
  if (k < 1 || tree.tokens[k]!.form !== ",") return undefined;
  const e = tree.entity[k - 1];
  return e && e.kind !== "PERSON" && !tree.isReference[k - 1] ? e : undefined;
}

/** Rule nationality: "Serbia's Novak Djokovic", "US actor Ossie Davis", "the Argentine Diego Schwartzman". */
function nationality(tree: SentenceTree, add: Add): void {
  for (let h = 0; h < tree.tokens.length; h++) {
    const person = tree.entity[h];
    if (person?.kind !== "PERSON" || tree.isReference[h]) continue;
    const m = tree.mention[h];
    if (m && tree.mentionHead.get(m) !== h) continue;
    const carriers = [h, ...dependents(tree, h, "compound", "nmod:desc", "appos").filter((k) => !tree.entity[k])];
    for (const c of carriers) {
      for (const q of dependents(tree, c, "nmod:poss", "amod", "compound")) {
        const place = tree.entity[q];
        if (place?.kind !== "PLACE" || !isCountry(place, true)) continue;
        // "ambassador to Britain Liu Xiaming": a place after a preposition is no nationality.
        const qm = tree.mention[q];
        const qFirst = qm ? tokenStartingAt(tree, qm.start) : q;
        if (qFirst > 0 && tree.tokens[qFirst - 1]!.upos === "ADP") continue;
        // A title that is an office of the state ("the Russian foreign minister") is the titles rule's.
        if (c !== h && titleOf(tree, c) && !NON_STATE_TITLES.has(titleOf(tree, c)!.title) && titleOf(tree, c)!.sort !== "descriptor") continue;
        add("CITIZEN_OF", person, place, tree);
      }
    }
  }
}


/** Rule kinship: "his wife, Kimberly", "Presley's daughter Lisa Marie", "Lisa Marie, Presley's daughter". */
function kinship(tree: SentenceTree, add: Add): void {
  for (let n = 0; n < tree.tokens.length; n++) {
    const lemma = lemmaOf(tree, n);
    const spouse = SPOUSE_WORDS.has(lemma);
    if (!spouse && !FAMILY_WORDS.has(lemma)) continue;
    if (tree.entity[n] && !tree.isReference[n]) continue;
    const owners = dependents(tree, n, "nmod:poss").map((k) => tree.entity[k]);
    for (const o of dependents(tree, n, "nmod")) if (caseMarker(tree, o) === "of") owners.push(tree.entity[o]);
    const relatives = [...dependents(tree, n, "appos", "flat", "compound").map((k) => tree.entity[k])];
    const h = tree.tokens[n]!.head;
    if (h >= 0 && tree.tokens[n]!.deprel === "appos") relatives.push(tree.entity[h]);
    for (const o of owners) for (const r of relatives) add(spouse ? "SPOUSE_OF" : "FAMILY_OF", o, r, tree);
  }
}

/** Rule locatedIn: "Columbia, S.C.", "a university in Hong Kong", "Boston-based Helix", "X, a city in Y". */
function locatedIn(tree: SentenceTree, add: Add): void {
  for (let h = 0; h < tree.tokens.length; h++) {
    const e = tree.entity[h];
    if (!e || e.kind === "PERSON" || tree.isReference[h]) continue;
    // "the Polytechnic University in Hong Kong", "Hoa Lo prison in Hanoi".
    for (const c of dependents(tree, h, "nmod")) {
      if (caseMarker(tree, c) === "in" && tree.entity[c]?.kind === "PLACE") add("LOCATED_IN", e, tree.entity[c], tree);
    }
    // "COLUMBIA, S.C.", "Hanoi, Vietnam": a place apposed to a place that contains it.
    for (const c of dependents(tree, h, "appos", "flat", "conj", "compound", "nmod:npmod")) {
      const p = tree.entity[c];
      if (p?.kind !== "PLACE" || e.kind !== "PLACE") continue;
      const between = tree.tokens.slice(Math.min(h, c) + 1, Math.max(h, c)).map((t) => t.form);
      if (c > h && between.includes(",") && between.filter((w) => w !== ",").every((w) => /^\p{Lu}/u.test(w)) && containsPlace(p, e)) add("LOCATED_IN", e, p, tree);
    }
    // "X, a city in Y", "X, the capital of Y".
    for (const a of appositions(tree, h)) {
      for (const c of dependents(tree, a, "nmod")) {
        const cm = caseMarker(tree, c);
        if ((cm === "in" || cm === "of") && tree.entity[c]?.kind === "PLACE") add(e.kind === "PLACE" ? "LOCATED_IN" : "LOCATED_IN", e, tree.entity[c], tree);
      }
    }
  }
  // "Boston-based Helix": the place, a hyphen and "based" before the organisation it locates.
  for (let i = 0; i + 2 < tree.tokens.length; i++) {
    const place = tree.entity[i];
    if (place?.kind !== "PLACE" || tree.tokens[i + 1]!.form !== "-") continue;
    if (!/^(based|headquartered)$/i.test(tree.tokens[i + 2]!.form)) continue;
    // The organisation the phrase modifies: the head it hangs on, or the next name.
    let org: ResolvedEntity | undefined;
    for (let k = i + 3; k < Math.min(tree.tokens.length, i + 8) && !org; k++) if (tree.entity[k]?.kind === "ORGANIZATION") org = tree.entity[k];
    if (!org) {
      for (const a of [tree.tokens[i + 2]!.head, tree.tokens[i]!.head]) {
        let k = a;
        for (let up = 0; up < 3 && k >= 0 && !org; up++, k = tree.tokens[k]!.head) if (tree.entity[k]?.kind === "ORGANIZATION") org = tree.entity[k];
      }
    }
    add("LOCATED_IN", org, place, tree);
  }
  // "Brandt Biotech, a vaccine developer based in Munich".
  for (let v = 0; v < tree.tokens.length; v++) {
    if (!/^(based|headquartered|located)$/i.test(tree.tokens[v]!.form)) continue;
    const places = dependents(tree, v, "obl").filter((o) => caseMarker(tree, o) === "in");
    let k = tree.tokens[v]!.head;
    let org: ResolvedEntity | undefined;
    for (let up = 0; up < 3 && k >= 0 && !org; up++, k = tree.tokens[k]!.head) if (tree.entity[k] && tree.entity[k]!.kind !== "PERSON") org = tree.entity[k];
    for (const p of places) add("LOCATED_IN", org, tree.entity[p], tree);
  }
}

/** How large a place the gazetteer says it is: countries 3, states and regions 2, cities 1, unknown 0. */

/** Does the gazetteer put `inner` inside `outer`, or is `outer` a country or state whose place it could be? */
function containsPlace(outer: ResolvedEntity, inner: ResolvedEntity): boolean {
  const o = lookupExact(outer.name);
  const i = lookupExact(inner.name);
  if (i?.country && (i.country === outer.name || lookupExact(i.country)?.canonical === outer.name)) return true;
  // A country lies in no other country ("Iran, Russia and Syria" is a list).
  if (i?.sort === "country") return false;
  return o?.sort === "country" || o?.sort === "state" || o?.sort === "region";
}

/** Rule partOf: "Tufts University's Feinstein Center", "X, part of Y", "X, a unit of Y", "the X of Y". */
function isPublicBody(e: ResolvedEntity): boolean {
  if (e.mentions.some((m) => m.gazetteer?.sort === "state-org")) return true;
  return e.name.toLowerCase().split(/[^\p{L}]+/u).some((w) => PUBLIC_BODY_WORDS.has(w) || /^(ministry|army|navy|forces|parliament|senate|congress|cabinet|government)$/.test(w));
}

const UNIT_WORDS = new Set("project programme program center centre institute lab laboratory school department office unit clinic initiative".split(" "));

function partOf(tree: SentenceTree, add: Add): void {
  for (let h = 0; h < tree.tokens.length; h++) {
    const e = tree.entity[h];
    if (e?.kind !== "ORGANIZATION" || tree.isReference[h]) continue;
    for (const c of dependents(tree, h, "nmod:poss", "nmod")) {
      const parent = tree.entity[c];
      if (!parent || parent.kind === "PERSON") continue;
      const rel = tree.tokens[c]!.deprel;
      // A place owns only its public bodies ("Russia's Defense Ministry"); "Japan's Yamanouchi
      // Pharmaceutical" is a company there (qualifierBeforeName reads LOCATED_IN).
      if (parent.kind === "PLACE" && !isPublicBody(e)) continue;
      if (rel === "nmod:poss" || caseMarker(tree, c) === "of") add("PART_OF", e, parent, tree);
      // "the Refugees in Towns Project at Tufts University's Feinstein International Center": a
      // unit named for what it is, at an organisation, is part of it.
      else if (caseMarker(tree, c) === "at" && parent.kind === "ORGANIZATION" && UNIT_WORDS.has(e.name.split(/\s+/).pop()!.toLowerCase())) add("PART_OF", e, parent, tree);
    }
    // The same read from the words when the parse hangs "at …" elsewhere: the unit's name, "at",
    // the organisation (or "Y's Z": then Z, the one Y owns).
    const m = tree.mention[h];
    if (m && tree.mentionHead.get(m) === h && UNIT_WORDS.has(e.name.split(/\s+/).pop()!.toLowerCase())) {
      let k = h;
      while (tree.mention[k + 1] === m) k++;
      k++;
      if (tree.tokens[k]?.form === "at") {
        k++;
        if (tree.tokens[k]?.form.toLowerCase() === "the") k++;
        let org = tree.entity[k];
        if (org?.kind === "ORGANIZATION" && !tree.isReference[k]) {
          let end = k;
          while (tree.entity[end + 1] === org) end++;
          if (/^['’]s$/.test(tree.tokens[end + 1]?.form ?? "") && tree.entity[end + 2]?.kind === "ORGANIZATION") org = tree.entity[end + 2];
          add("PART_OF", e, org, tree);
        }
      }
    }
    for (const a of appositions(tree, h)) {
      if (!PART_NOUNS.has(lemmaOf(tree, a))) continue;
      for (const c of dependents(tree, a, "nmod", "nmod:poss")) add("PART_OF", e, tree.entity[c], tree);
    }
  }
}

/** Rule stance: support and opposition stated by a verb, an adjective or a noun; "X's ally Y". */
const CRITIC_NOUNS = new Set(["critic", "opponent", "foe", "adversary", "enemy", "detractor"]);
const SUPPORTER_NOUNS = new Set(["supporter", "backer", "champion", "defender", "advocate", "proponent"]);

function stance(tree: SentenceTree, add: Add): void {
  for (let p = 0; p < tree.tokens.length; p++) {
    const t = tree.tokens[p]!;
    const lemma = lemmaOf(tree, p);
    const subjects = () => dependents(tree, p, "nsubj").flatMap((s) => conjuncts(tree, s));
    if (t.upos === "VERB" && (SUPPORT_VERBS.has(lemma) || OPPOSE_VERBS.has(lemma))) {
      if (dependents(tree, p, "advmod").some((a) => /^(not|n't|never)$/i.test(tree.tokens[a]!.form))) continue;
      const type = SUPPORT_VERBS.has(lemma) ? "SUPPORTS" : "OPPOSES";
      const objects = dependents(tree, p, "obj").flatMap((o) => conjuncts(tree, o));
      for (const s of subjects()) for (const o of objects) add(type, tree.entity[s], tree.entity[o], tree);
      continue;
    }
    // "X is (strongly) opposed to Y".
    if ((t.form.toLowerCase() === "opposed" || lemma === "opposed") && dependents(tree, p, "cop", "aux:pass", "aux").length) {
      const targets = dependents(tree, p, "obl").filter((o) => caseMarker(tree, o) === "to");
      for (const s of [...subjects(), ...dependents(tree, p, "nsubj:pass")]) for (const o of targets) {
        // "opposed to any takeover by Mr Glazer": the doer of the opposed act.
        const doer = tree.entity[o] ?? dependents(tree, o, "nmod").map((k) => tree.entity[k]).find((x) => x);
        add("OPPOSES", tree.entity[s], doer, tree);
      }
      continue;
    }
    // "Vietnam is one of the most vocal critics of China's claims", "X, a fierce opponent of Y",
    // "Y, a supporter of Z": a critic of a thing someone has is that someone's critic.
    if ((CRITIC_NOUNS.has(lemma) || SUPPORTER_NOUNS.has(lemma)) && t.upos === "NOUN") {
      const type = CRITIC_NOUNS.has(lemma) ? "OPPOSES" : "SUPPORTS";
      const targets = dependents(tree, p, "nmod")
        .filter((o) => caseMarker(tree, o) === "of")
        .map((o) => tree.entity[o] ?? dependents(tree, o, "nmod:poss").map((k) => tree.entity[k]).find((x) => x));
      const holders: Array<ResolvedEntity | undefined> = [];
      const holderOf = (k: number) => {
        if (dependents(tree, k, "cop").length) holders.push(...dependents(tree, k, "nsubj").flatMap((x) => conjuncts(tree, x)).map((x) => tree.entity[x]));
        if (tree.tokens[k]!.deprel === "appos" && tree.tokens[k]!.head >= 0) holders.push(tree.entity[tree.tokens[k]!.head]);
      };
      holderOf(p);
      // "one of the critics": the holder is the subject of "one".
      if (baseRel(t.deprel) === "nmod" && t.head >= 0 && lemmaOf(tree, t.head) === "one") holderOf(t.head);
      for (const a of dependents(tree, p, "appos")) holders.push(tree.entity[a]);
      for (const h of holders) for (const o of targets) add(type, h, o, tree);
      continue;
    }
    // "X's ally Y", "Y, an ally of X".
    if (ALLY_NOUNS.has(lemma)) {
      const owners = [...dependents(tree, p, "nmod:poss"), ...dependents(tree, p, "nmod").filter((o) => caseMarker(tree, o) === "of")].map((k) => tree.entity[k]);
      const allies = dependents(tree, p, "appos", "flat", "compound").map((k) => tree.entity[k]);
      if (t.deprel === "appos" && t.head >= 0) allies.push(tree.entity[t.head]);
      for (const o of owners) for (const a of allies) add("ALLY_OF", o, a, tree);
    }
  }
}

/**
 * Rule qualifierBeforeName: an owner, then a few lower-case words, then a name — "Fox News host
 * Jeanine Pirro", "WorldCom chief Bernie Ebbers", "US tycoon Malcolm Glazer", "Britain's Andy
 * Murray", "UK pharmaceutical firm Phytopharm", "Japan's Yamanouchi Pharmaceutical". Read on the
 * token sequence (the treebank has few such news constructions, so the parse is unreliable there):
 * no punctuation between, at most four words, none of them a name.
 */
function qualifierBeforeName(tree: SentenceTree, add: Add): void {
  for (const [m, h] of tree.mentionHead) {
    const named = tree.entity[h];
    if (!named || named.kind === "PLACE") continue;
    let first = h;
    while (first > 0 && tree.mention[first - 1] === m) first--;
    const words: number[] = [];
    let k = first - 1;
    while (k >= 0 && words.length <= 4 && !tree.entity[k] && /^\p{Ll}/u.test(tree.tokens[k]!.form) && ["NOUN", "ADJ", "VERB", "PROPN"].includes(tree.tokens[k]!.upos)) words.unshift(k--);
    if (k >= 0 && /^['’]s$/.test(tree.tokens[k]!.form)) k--;
    const owner = k >= 0 ? tree.entity[k] : undefined;
    if (!owner || owner === named || tree.isReference[k]) continue;
    const lower = words.map((w) => tree.tokens[w]!.form.toLowerCase());
    if (named.kind === "PERSON") {
      if (lower.some((w) => SPOUSE_WORDS.has(w) || FAMILY_WORDS.has(w))) continue;
      if (owner.kind === "PLACE") {
        // "ambassador to Britain Liu Xiaming": Britain is where he serves, not whose he is; a bare
        // country right before a name, with neither "'s" nor a word between, says nothing either.
        const ownerStart = tree.mention[k] ? tokenStartingAt(tree, tree.mention[k]!.start) : k;
        if (ownerStart > 0 && tree.tokens[ownerStart - 1]!.upos === "ADP") continue;
        if (words.length === 0 && !/^['’]s$/.test(tree.tokens[k + 1]?.form ?? "")) continue;
        // "US tycoon", "Britain's Andy Murray"; an office of the state is the titles rule's.
        const title = lower.length ? matchTitle(lower, 0) : null;
        if (!isCountry(owner, true)) continue;
        if (title && title.length === lower.length && title.sort !== "descriptor" && !NON_STATE_TITLES.has(title.title)) continue;
        add("CITIZEN_OF", named, owner, tree);
      } else if (owner.kind === "ORGANIZATION" && lower.length) {
        const title = matchTitle(lower, 0);
        const employer = title && BEAT_TITLES.has(title.title) ? employerBeforeBeat(tree, owner) : undefined;
        if (employer) {
          add("MEMBER_OF", named, employer, tree);
          continue;
        }
        add(lower.some((w) => HEAD_WORDS.has(w)) && !lower.some((w) => UNDER_HEAD.has(w)) ? "LEADER_OF" : "MEMBER_OF", named, owner, tree);
      }
    } else if (named.kind === "ORGANIZATION") {
      // "UK magazine Mac Format", "Japan's Yamanouchi Pharmaceutical", "Vietnam's Communist Party".
      if (owner.kind === "PLACE") add("LOCATED_IN", named, owner, tree);
      // ("VOA Pentagon correspondent": two names side by side before a title are an employer and a beat.)
      else if (owner.kind === "ORGANIZATION" && words.length === 0 && !beatBeforeTitle(tree, h)) add("PART_OF", named, owner, tree);
    }
  }
}

/**
 * Rule nameOfPlace: "Ben McLachlan and Yasutaka Uchiyama of Japan" (nationality, as sport copy
 * writes it), "the Diplomatic Academy of Vietnam" (located there), "the Israeli city of Tel Aviv",
 * "Hinckley, Leicestershire" in running text.
 */
function nameOfPlace(tree: SentenceTree, add: Add): void {
  for (let h = 0; h < tree.tokens.length; h++) {
    const e = tree.entity[h];
    if (!e || tree.isReference[h]) continue;
    for (const c of dependents(tree, h, "nmod")) {
      const place = tree.entity[c];
      if (place?.kind !== "PLACE" || caseMarker(tree, c) !== "of") continue;
      if (e.kind === "PERSON" && isCountry(place, true)) {
        // "A and B of Japan": the place is named once for the pair.
        const pair = [h, ...siblingsBefore(tree, h)].map((k) => tree.entity[k]).filter((x) => x?.kind === "PERSON");
        for (const p of pair) add("CITIZEN_OF", p, place, tree);
      } else if (e.kind === "ORGANIZATION") add("LOCATED_IN", e, place, tree);
    }
  }
  // "the Israeli city of Tel Aviv": a place noun qualified by a country and naming a place.
  for (let n = 0; n < tree.tokens.length; n++) {
    if (tree.entity[n] || !/^(city|town|village|port|capital|region|province|district|state|island|resort)$/.test(lemmaOf(tree, n))) continue;
    const country = dependents(tree, n, "amod", "compound", "nmod:poss").map((k) => tree.entity[k]).find((x) => x?.kind === "PLACE");
    const named = dependents(tree, n, "nmod", "appos", "flat").filter((k) => dependents(tree, k, "case").every((c) => tree.tokens[c]!.form.toLowerCase() === "of")).map((k) => tree.entity[k]).find((x) => x?.kind === "PLACE");
    if (country && named) add("LOCATED_IN", named, country, tree);
  }
  // "the Polytechnic University in Hong Kong", "Hoa Lo prison in Hanoi": an institution that stays
  // where it is, named right before "in" a place (the parse often hangs the place elsewhere).
  for (const [m, h] of tree.mentionHead) {
    const e = tree.entity[h];
    if (!e || e.kind === "PERSON") continue;
    let last = tokenEndingAt(tree, m.end);
    // "the Shore Club hotel in Miami Beach": the kind of place may follow the name.
    if (last >= 0 && FACILITY_NOUNS.has(tree.tokens[last + 1]?.form.toLowerCase() ?? "")) last++;
    else if (e.kind === "ORGANIZATION" && !FIXED_INSTITUTION.test(e.name)) continue;
    if (last < 0 || tree.tokens[last + 1]?.form.toLowerCase() !== "in") continue;
    const place = tree.entity[last + 2];
    if (place?.kind === "PLACE" && place !== e && !(e.kind === "PLACE" && placeRank(e) >= placeRank(place))) add("LOCATED_IN", e, place, tree);
  }
  // "in Hinckley, Leicestershire,": two places, a comma, and nothing more of a list.
  for (let i = 0; i + 2 < tree.tokens.length; i++) {
    const a = tree.entity[i];
    if (a?.kind !== "PLACE" || tree.tokens[i + 1]!.form !== ",") continue;
    if (tree.mention[i] && tokenEndingAt(tree, tree.mention[i]!.end) !== i) continue;
    const b = tree.entity[i + 2];
    if (b?.kind !== "PLACE" || b === a) continue;
    const bm = tree.mention[i + 2];
    const bLast = bm ? tokenEndingAt(tree, bm.end) : i + 2;
    const next = tree.tokens[bLast + 1];
    if (next && (/^(and|or)$/i.test(next.form) || (next.form === "," && tree.entity[bLast + 2]))) continue;
    const prev = tree.tokens[i - 1]?.form.toLowerCase() ?? "";
    const aFirst = tree.mention[i] ? tokenStartingAt(tree, tree.mention[i]!.start) : i;
    const before = tree.tokens[aFirst - 1]?.form.toLowerCase() ?? prev;
    if (!/^(in|at|from|near|of|outside)$/.test(before)) continue;
    if (lookupExact(b.name)?.sort === "city" || lookupExact(b.name)?.sort === "capital") continue;
    add("LOCATED_IN", a, b, tree);
  }
}

const FACILITY_NOUNS = new Set("hotel prison jail camp stadium arena airport base hospital school university college museum church mosque temple embassy factory plant mine port station centre center".split(" "));
const FIXED_INSTITUTION = /\b(University|College|School|Hospital|Prison|Jail|Museum|Stadium|Arena|Airport|Embassy|Consulate|Court|Centre|Center|Hotel|Base|Institute|Academy|Library|Church|Cathedral|Mosque|Temple|Theatre|Theater|Park|Zoo|Station|Port|Mall|Suites|Inn)$/;

/** The conjuncts that come before h in its coordination ("A and B of Japan": A for B). */
function siblingsBefore(tree: SentenceTree, h: number): number[] {
  const head = tree.tokens[h]!.deprel === "conj" ? tree.tokens[h]!.head : -1;
  if (head < 0) return [];
  return [head, ...dependents(tree, head, "conj").filter((k) => k < h)];
}

// Verbs by which a person becomes or stops being a member: "joined the party", "quit UKIP",
// "left Google for a start-up", "signed for Chelsea", "defected to the Tories".
const JOIN_VERBS = new Set(["join", "rejoin"]);
const LEAVE_VERBS = new Set(["quit", "leave"]);

/** Rule joinsOrLeaves: membership stated by joining (held) or leaving (former) an organisation. */
const APPOINT_VERBS = new Set(["appoint", "elect", "name", "nominate", "promote", "return", "add"]);
const BOARD_NOUNS = new Set(["board", "committee", "council", "cabinet", "panel", "commission"]);

function boardOwner(tree: SentenceTree, n: number): ResolvedEntity | undefined {
  for (const c of tree.children[n]!) {
    const e = tree.entity[c];
    if (e?.kind !== "ORGANIZATION") continue;
    const rel = tree.tokens[c]!.deprel;
    if (rel === "compound" || rel === "nmod:poss" || (baseRel(rel) === "nmod" && caseMarker(tree, c) === "of")) return e;
  }
  return undefined;
}

function joinsOrLeaves(tree: SentenceTree, add: Add): void {
  for (let v = 0; v < tree.tokens.length; v++) {
    if (tree.tokens[v]!.upos !== "VERB") continue;
    const lemma = lemmaOf(tree, v);
    const joins = JOIN_VERBS.has(lemma);
    const leaves = LEAVE_VERBS.has(lemma);
    const viaPrep = (marker: string) => dependents(tree, v, "obl").filter((o) => caseMarker(tree, o) === marker);
    let orgs: number[] = [];
    if (joins || leaves) orgs = dependents(tree, v, "obj");
    else if (lemma === "resign" || lemma === "defect") orgs = viaPrep("from");
    else if (lemma === "sign") orgs = viaPrep("for");
    // "has been appointed to the CFX board", "was elected to the board of Acme": a seat on its board.
    else if (APPOINT_VERBS.has(lemma)) orgs = [...viaPrep("to"), ...viaPrep("on")].filter((o) => BOARD_NOUNS.has(lemmaOf(tree, o)));
    else continue;
    if (dependents(tree, v, "advmod").some((a) => /^(not|n't|never)$/i.test(tree.tokens[a]!.form))) continue;
    const former = leaves || lemma === "resign" || lemma === "defect";
    // "has quit …" parsed with "quit" as the complement of "has": the subject is on the head.
    let subjects = dependents(tree, v, "nsubj", "nsubj:pass").flatMap((s) => conjuncts(tree, s));
    const up = tree.tokens[v]!.head;
    if (subjects.length === 0 && up >= 0 && tree.tokens[v]!.deprel === "xcomp") subjects = dependents(tree, up, "nsubj").flatMap((s) => conjuncts(tree, s));
    for (const s of subjects) {
      // "Mr Fuller": the form of address heads the parse, the name hangs on it.
      const person = tree.entity[s] ?? dependents(tree, s, "flat").map((f) => tree.entity[f]).find((e) => e);
      if (person?.kind !== "PERSON") continue;
      for (const o of orgs.flatMap((k) => conjuncts(tree, k))) {
        // "joined the Acme board", "the board of Acme": the board's organisation.
        const org = tree.entity[o] ?? (BOARD_NOUNS.has(lemmaOf(tree, o)) ? boardOwner(tree, o) : undefined);
        if (org?.kind === "ORGANIZATION") add("MEMBER_OF", person, org, tree, former ? { former: true } : {});
      }
    }
  }
}

/** Rule marriage: "Davis, who was married to actress Ruby Dee", "X married Y". */
function marriage(tree: SentenceTree, add: Add): void {
  for (let p = 0; p < tree.tokens.length; p++) {
    const lemma = lemmaOf(tree, p);
    if (lemma !== "marry" && lemma !== "married" && lemma !== "wed") continue;
    if (dependents(tree, p, "advmod").some((a) => /^(not|n't|never)$/i.test(tree.tokens[a]!.form))) continue;
    const subjects = [...dependents(tree, p, "nsubj", "nsubj:pass")].flatMap((s) => conjuncts(tree, s)).map((s) => tree.entity[s]);
    const spouses = [...dependents(tree, p, "obj"), ...dependents(tree, p, "obl").filter((o) => caseMarker(tree, o) === "to")].flatMap((o) => {
      const direct = tree.entity[o];
      if (direct) return [direct];
      // "married to actress Ruby Dee": the name apposed to (or named after) an occupation.
      return dependents(tree, o, "appos", "flat", "compound").map((k) => tree.entity[k]).filter((x) => x !== undefined);
    });
    for (const a of subjects) for (const b of spouses) add("SPOUSE_OF", a, b, tree);
  }
}
