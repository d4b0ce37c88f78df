// References: which entity a pronoun ("he", "its", "who") or a description ("the company", "the
// 47-year-old", "the club") stands for, so events and relationships read from the parse reach
// the entity rather than a word that names nobody. Rules, each a named function:
// - relativeAntecedent: "Jones, who was sacked" — the relative pronoun is the noun its clause modifies;
// - pronounAntecedent: a personal pronoun is the most salient compatible entity already named —
//   same sentence first, then up to three sentences back; subjects outrank other mentions;
//   he/she are people (a first name's known gender must agree), it/its organisations or states,
//   they/their organisations; never a co-argument of its own verb ("Smith met him");
// - descriptionAntecedent: "the company", "the city", "the minister", "the 47-year-old" — the
//   most recent entity of the kind the noun names (for a title, preferably one who holds it).
// References are marked on the tree (`entity`, `isReference`) and returned by entity, so the
// document can say which words refer to whom.
import { lexiconLemma, nounSenses } from "./event-triggers.ts";
import { firstNameGender } from "./lexicon.ts";
import type { ResolvedEntity } from "./resolve.ts";
import { baseRel, conjuncts, dependents, lemmaOf, type SentenceTree } from "./syntax.ts";
import { matchTitle } from "./titles.ts";

export interface ReferenceSpan {
  entity: ResolvedEntity;
  start: number;
  end: number;
  text: string;
  sentence: number;
}

const MALE = new Set(["he", "him", "his", "himself"]);
const FEMALE = new Set(["she", "her", "hers", "herself"]);
const NEUTER = new Set(["it", "its", "itself"]);
const PLURAL = new Set(["they", "them", "their", "theirs", "themselves"]);
const RELATIVE = new Set(["who", "whom", "whose", "which", "that"]);
const DOCUMENT_VERBS = new Set("deliver send hand sign publish post read write release present submit leak share forward receive draft approve ratify deliver pass table".split(" "));

/** Nouns that, with "the", stand for an organisation named before. */
const ORGANIZATION_NOUNS = new Set(
  (
    "company firm group club team side party bank carrier airline retailer broadcaster network channel newspaper paper " +
    "agency ministry department government administration council court union organisation organization university " +
    "school charity body board league federation association utility insurer lender manufacturer maker automaker carmaker " +
    "chain giant business conglomerate corporation studio label regulator authority commission parliament committee " +
    "coalition alliance bloc movement campaign force army military militia outlet publisher operator developer startup " +
    "subsidiary brand hospital institute foundation"
  ).split(" "),
);
const PLACE_NOUNS = new Set("city country town nation state capital region province island village kingdom republic territory county".split(" "));
const PERSON_NOUNS = new Set(
  (
    "man woman person boy girl actor actress singer star player coach manager striker midfielder goalkeeper defender " +
    "politician lawmaker senator candidate billionaire businessman businesswoman executive boss chief founder tycoon " +
    "president minister leader premier chancellor governor mayor official spokesman spokeswoman suspect defendant " +
    "victim father mother son daughter husband wife"
  ).split(" "),
);

// What sort of organisation a name shows itself to be, by its words: "Deutsche Bank", "the Fifth
// Circuit Court", "Department of Homeland Security". A description of one sort ("the bank") does
// not stand for an organisation whose name shows another ("Acme Robotics" is no bank).
type OrgSort = "bank" | "court" | "school" | "party" | "state" | "league" | "media" | "bloc";
const NAME_SORTS: Array<[OrgSort, Set<string>]> = [
  ["bank", new Set("bank bancorp banco banque".split(" "))],
  ["court", new Set("court tribunal".split(" "))],
  ["school", new Set("university college school institute academy polytechnic".split(" "))],
  ["party", new Set(["party"])],
  ["bloc", new Set("union community alliance bloc".split(" "))],
  ["league", new Set("league cup championship championships tour olympics".split(" "))],
  ["media", new Set("news times post journal press tv radio digital magazine broadcasting herald tribune telegraph guardian".split(" "))],
  [
    "state",
    new Set(
      "department ministry agency office administration service services commission congress parliament senate house commons council government authority bureau committee assembly protection security forces army navy police kremlin".split(" "),
    ),
  ],
];
// Descriptions that need the name (or an earlier description) to show their sort: "the bank", "the court".
const NEEDS_SORT: Record<string, OrgSort> = { bank: "bank", lender: "bank", court: "court", university: "school", school: "school", bloc: "bloc", alliance: "bloc" };
// Descriptions that cannot stand for an organisation of these sorts: "the company" is no ministry, "the club" no league.
const COMPANY_NOUNS = "company firm business carrier airline retailer utility insurer manufacturer maker automaker carmaker chain giant conglomerate corporation studio label operator developer startup subsidiary brand";
const EXCLUDES: Record<string, OrgSort[]> = {
  ...Object.fromEntries(COMPANY_NOUNS.split(" ").map((w) => [w, ["state", "court", "school", "party", "league"] as OrgSort[]])),
  ...Object.fromEntries("club team side".split(" ").map((w) => [w, ["state", "court", "school", "party", "league", "media", "bank"] as OrgSort[]])),
  party: ["state", "court", "school", "league", "media", "bank"],
  group: ["court", "school", "league"],
  ...Object.fromEntries("newspaper paper broadcaster network channel outlet publisher".split(" ").map((w) => [w, ["state", "court", "school", "party", "league", "bank"] as OrgSort[]])),
  ...Object.fromEntries("government administration ministry department agency authority regulator".split(" ").map((w) => [w, ["court", "school", "league", "media", "bank"] as OrgSort[]])),
};

function nameSorts(e: ResolvedEntity): Set<OrgSort> {
  const out = new Set<OrgSort>();
  if (e.mentions.some((m) => m.gazetteer?.sort === "media")) out.add("media");
  if (e.mentions.some((m) => m.gazetteer?.sort === "state-org")) out.add("state");
  for (const w of e.name.toLowerCase().split(/[^\p{L}]+/u)) for (const [sort, words] of NAME_SORTS) if (words.has(w)) out.add(sort);
  return out;
}

/** Can "the <lemma>" stand for this organisation? `described`: the nouns the text has put on it ("the Teamsters union"). */
function fitsDescription(lemma: string, e: ResolvedEntity, described: ReadonlySet<string> | undefined): boolean {
  if (described?.has(lemma)) return true;
  // "a member of the group": a campaign, business or armed group, never a government department.
  if (lemma === "group" && /\b(department|ministry|agency|office|administration|commission|bureau)\b/i.test(e.name)) return false;
  const sorts = nameSorts(e);
  const needed = NEEDS_SORT[lemma];
  if (needed) return sorts.has(needed);
  return !(EXCLUDES[lemma] ?? []).some((s) => sorts.has(s));
}

interface Salient {
  entity: ResolvedEntity;
  sentence: number;
  token: number;
  subject: boolean;
}
/** Entities named together ("Trump and Putin"), for a later "they" or "their". */
interface Group {
  entities: ResolvedEntity[];
  sentence: number;
}

export function resolveReferences(trees: readonly SentenceTree[]): ReferenceSpan[] {
  const out: ReferenceSpan[] = [];
  const salient: Salient[] = [];
  const groups: Group[] = [];
  const described = new Map<ResolvedEntity, Set<string>>();
  let previous: SentenceTree | undefined;
  for (const tree of trees) {
    const own: Salient[] = [];
    noteDescriptions(tree, described);
    for (let i = 0; i < tree.tokens.length; i++) {
      const g = coordinatedEntities(tree, i);
      if (g) groups.push({ entities: g, sentence: tree.index });
    }
    for (let i = 0; i < tree.tokens.length; i++) {
      const named = tree.entity[i];
      if (named && !tree.isReference[i]) {
        const m = tree.mention[i];
        if (m && tree.mentionHead.get(m) === i) own.push({ entity: named, sentence: tree.index, token: i, subject: isSubject(tree, i) });
        continue;
      }
      const plural = pluralAntecedents(tree, i, groups);
      if (plural) {
        tree.group.set(i, plural);
        tree.isReference[i] = true;
        const t = tree.tokens[i]!;
        for (const e of plural) out.push({ entity: e, start: t.start, end: t.end, text: t.form, sentence: tree.index });
        continue;
      }
      const found =
        relativeAntecedent(tree, i) ??
        pronounAntecedent(tree, i, own, salient, previous) ??
        descriptionAntecedent(tree, i, own, salient, described);
      if (!found) continue;
      tree.entity[i] = found;
      tree.isReference[i] = true;
      const t = tree.tokens[i]!;
      out.push({ entity: found, start: t.start, end: t.end, text: t.form, sentence: tree.index });
      // A pronoun subject keeps its entity salient for the next sentence ("He … He …").
      own.push({ entity: found, sentence: tree.index, token: i, subject: isSubject(tree, i) });
    }
    salient.push(...own);
    if (!tree.isHeading) previous = tree;
    // Three sentences back is as far as a pronoun reaches in news copy; older entries go.
    while (salient.length && salient[0]!.sentence < tree.index - 3) salient.shift();
    while (groups.length && groups[0]!.sentence < tree.index - 2) groups.shift();
  }
  return out;
}

/** "Trump and Putin", "Armenia and Azerbaijan": two or more entities of one kind joined by "and". */
function coordinatedEntities(tree: SentenceTree, i: number): ResolvedEntity[] | undefined {
  const first = tree.entity[i];
  const m = tree.mention[i];
  if (!first || !m || tree.mentionHead.get(m) !== i || baseRel(tree.tokens[i]!.deprel) === "conj") return undefined;
  const all = [first];
  for (const c of dependents(tree, i, "conj")) {
    const e = tree.entity[c];
    if (e && e.kind === first.kind && !all.includes(e)) all.push(e);
  }
  // People, or states ("Armenia and Azerbaijan"): a city and its state ("COLUMBIA, S.C.") are no group.
  const states = all.every((e) => e.kind === "PLACE" && e.mentions.some((m) => m.gazetteer?.sort === "country"));
  return all.length >= 2 && (first.kind === "PERSON" || states) ? all : undefined;
}

/** "they", "their", "the two" after entities named together in this or the last two sentences. */
function pluralAntecedents(tree: SentenceTree, i: number, groups: readonly Group[]): ResolvedEntity[] | undefined {
  const t = tree.tokens[i]!;
  const w = t.form.toLowerCase();
  if (!PLURAL.has(w) || (t.upos !== "PRON" && t.upos !== "DET")) return undefined;
  // The nearest group named before this word.
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k]!;
    if (g.sentence === tree.index && !g.entities.some((e) => tree.entity.some((x, j) => j < i && x === e))) continue;
    return g.entities;
  }
  // "…deliver it to Putin during their meeting": with no group named, the last two people (or
  // states) named before it in the sentence.
  if (w !== "their") return undefined;
  const before: ResolvedEntity[] = [];
  for (let j = i - 1; j >= 0 && before.length < 2; j--) {
    const e = tree.entity[j];
    if (!e || before.includes(e) || tree.isReference[j]) continue;
    if (before.length && e.kind !== before[0]!.kind) continue;
    if (e.kind === "PERSON" || (e.kind === "PLACE" && e.mentions.some((m) => m.gazetteer?.sort === "country"))) before.push(e);
  }
  return before.length === 2 ? before : undefined;
}

function isSubject(tree: SentenceTree, i: number): boolean {
  const r = baseRel(tree.tokens[i]!.deprel);
  return r === "nsubj" || r === "csubj";
}

/** "Dave Jones, who was sacked": the pronoun heading into an acl:relcl stands for the modified noun. */
function relativeAntecedent(tree: SentenceTree, i: number): ResolvedEntity | undefined {
  const t = tree.tokens[i]!;
  if (t.upos !== "PRON" || !RELATIVE.has(t.form.toLowerCase())) return undefined;
  const clause = t.head;
  const w = t.form.toLowerCase();
  if (clause >= 0 && tree.tokens[clause]!.deprel === "acl:relcl") {
    const noun = tree.tokens[clause]!.head;
    const attached = noun >= 0 ? tree.entity[noun] : undefined;
    if (attached) return attached;
    // "a letter to Kevin McAleenan, who was the acting director": the parse hung the clause on
    // another noun, but ", who" right after a person's name is that person.
    const before = i >= 2 && tree.tokens[i - 1]!.form === "," ? tree.entity[i - 2] : undefined;
    return w === "who" && before?.kind === "PERSON" ? before : undefined;
  }
  // The parse missed the relative clause: ", which" right after a name still stands for it.
  if ((w === "which" || w === "who") && i >= 2 && tree.tokens[i - 1]!.form === ",") return tree.entity[i - 2];
  return undefined;
}

/** The main clause's subject is a thing no entity is ("The trial, led by …, enrolled 4,800 children."). */
function thingSubject(tree: SentenceTree): boolean {
  const root = tree.tokens.findIndex((t) => t.head < 0);
  const s = root < 0 ? undefined : dependents(tree, root, "nsubj", "nsubj:pass")[0];
  if (s === undefined) return false;
  const t = tree.tokens[s]!;
  const lemma = lemmaOf(tree, s);
  return t.upos === "NOUN" && !tree.entity[s] && !tree.group.has(s) && !PERSON_NOUNS.has(lemma) && !ORGANIZATION_NOUNS.has(lemma) && !PLACE_NOUNS.has(lemma) && !matchTitle([lemma], 0);
}

function pronounAntecedent(
  tree: SentenceTree,
  i: number,
  own: readonly Salient[],
  earlier: readonly Salient[],
  previous: SentenceTree | undefined,
): ResolvedEntity | undefined {
  const t = tree.tokens[i]!;
  if (t.upos !== "PRON" && t.upos !== "DET") return undefined;
  const w = t.form.toLowerCase();
  const gender = MALE.has(w) ? "male" : FEMALE.has(w) ? "female" : undefined;
  if (!gender && !NEUTER.has(w) && !PLURAL.has(w)) return undefined;
  // "it" as a dummy subject ("it is likely that", "it rained") names nothing.
  if (w === "it" && t.head >= 0 && dependents(tree, t.head, "expl").includes(i)) return undefined;
  const fits = (s: Salient): boolean => {
    const e = s.entity;
    if (gender) {
      if (e.kind !== "PERSON") return false;
      const g = firstNameGender(e.nameTokens[0] ?? "");
      return g === undefined || g === gender;
    }
    if (NEUTER.has(w)) return e.kind === "ORGANIZATION" || (e.kind === "PLACE" && e.fromGazetteer);
    return e.kind === "ORGANIZATION";
  };
  // "crafted a letter … to deliver it": "it" after an event noun stands for the event, not for an
  // entity named before the noun (events.ts folds it into that event).
  if (NEUTER.has(w)) {
    // A verb of handling documents takes a thing, not a state or a company, for object.
    const thing = t.deprel === "obj" && t.head >= 0 && DOCUMENT_VERBS.has(lemmaOf(tree, t.head));
    for (let j = i - 1; j >= 0 && i - j <= 40; j--) {
      const x = tree.tokens[j]!;
      if (!thing && (x.upos === "PROPN" || tree.entity[j])) break;
      if (x.upos === "NOUN" && !tree.entity[j] && nounSenses(lexiconLemma(x.form, x.lemma, "noun")).length > 0) return undefined;
    }
  }
  // Not a co-argument of its own verb ("Smith met him"): the possessive ("his") and reflexives may be.
  const possessive = t.deprel === "nmod:poss" || w.endsWith("self") || w.endsWith("selves");
  const coArgument = (s: Salient) => !possessive && s.sentence === tree.index && tree.tokens[s.token]!.head === t.head && t.head >= 0;
  const inSentence = own.filter((s) => fits(s) && !coArgument(s));
  // The nearest subject before it ("the Court said it had issued"), else the nearest name.
  if (inSentence.length) return ([...inSentence].reverse().find((s) => s.subject) ?? inSentence[inSentence.length - 1]!).entity;
  // "The trial … enrolled 4,800 children. Its results were published …": "it" opening a sentence
  // goes on with the thing the last sentence was about, not with an entity named further back.
  if (NEUTER.has(w) && previous && previous.index === tree.index - 1 && thingSubject(previous) && !tree.tokens.slice(0, i).some((x, j) => tree.entity[j] || x.upos === "NOUN")) return undefined;
  for (let back = 1; back <= 3; back++) {
    const cands = earlier.filter((s) => s.sentence === tree.index - back && fits(s));
    if (cands.length === 0) continue;
    return (cands.find((s) => s.subject) ?? cands[0]!).entity;
  }
  return undefined;
}

/** "the Teamsters union", "Northwind, the freight company": the nouns a sentence puts on a named organisation. */
function noteDescriptions(tree: SentenceTree, described: Map<ResolvedEntity, Set<string>>): void {
  for (let i = 0; i < tree.tokens.length; i++) {
    const e = tree.entity[i];
    if (e?.kind !== "ORGANIZATION" || tree.isReference[i]) continue;
    const t = tree.tokens[i]!;
    const nouns: number[] = [];
    // The name as a modifier of a noun ("the Teamsters union"), or apposed to one ("the bank, Credit Agricole").
    if (t.head >= 0 && (t.deprel === "compound" || t.deprel === "appos") && tree.tokens[t.head]!.upos === "NOUN" && !tree.entity[t.head]) nouns.push(t.head);
    // A noun apposed to the name ("Credit Agricole, the French bank").
    for (const a of dependents(tree, i, "appos")) if (tree.tokens[a]!.upos === "NOUN" && !tree.entity[a]) nouns.push(a);
    // A noun the name is apposed to or names ("a recently formed group Doctors for Camp Closure").
    if (t.head >= 0 && (t.deprel === "appos" || t.deprel === "flat" || t.deprel === "nmod:desc") && tree.tokens[t.head]!.upos === "NOUN" && !tree.entity[t.head]) nouns.push(t.head);
    for (const c of dependents(tree, i, "compound")) if (c < i && tree.tokens[c]!.upos === "NOUN" && !tree.mention[c]) nouns.push(c);
    for (const n of nouns) {
      const set = described.get(e) ?? new Set<string>();
      set.add(lemmaOf(tree, n));
      described.set(e, set);
    }
  }
}

function descriptionAntecedent(
  tree: SentenceTree,
  i: number,
  own: readonly Salient[],
  earlier: readonly Salient[],
  described: ReadonlyMap<ResolvedEntity, ReadonlySet<string>>,
): ResolvedEntity | undefined {
  const t = tree.tokens[i]!;
  if (t.upos !== "NOUN" || tree.mention[i]) return undefined;
  const det = dependents(tree, i, "det").map((k) => lemmaOf(tree, k));
  // "company CEO Andy Vesey", "club chairman": a bare organisation noun before a title is the one in the story.
  const beforeTitle = t.deprel === "compound" && t.head >= 0 && matchTitle([lemmaOf(tree, t.head)], 0) !== null && ORGANIZATION_NOUNS.has(lemmaOf(tree, i));
  const definite = beforeTitle || det.some((d) => d === "the" || d === "this" || d === "that") || dependents(tree, i, "nmod:poss").length > 0;
  if (!definite) return undefined;
  // "a recently formed group Doctors for Camp Closure": the noun of the name right after it.
  if (t.deprel === "compound" && t.head > i && tree.mention[t.head]) return undefined;
  // "the company Coty", "the club's chairman, Rick Hayward": a name right there is what it names
  // (but the place or body before a title is its owner: "the former Massachusetts governor").
  const lemma0 = lemmaOf(tree, i);
  const titled = !ORGANIZATION_NOUNS.has(lemma0) && !PLACE_NOUNS.has(lemma0) && matchTitle([lemma0], 0) !== null;
  if (dependents(tree, i, "appos", "flat").some((k) => tree.mention[k])) return undefined;
  if (dependents(tree, i, "compound").some((k) => tree.mention[k] && !(titled && tree.entity[k]?.kind !== "PERSON"))) return undefined;
  // "the city of El Fasher": named right there by its "of".
  if (dependents(tree, i, "nmod").some((k) => tree.mention[k] && dependents(tree, k, "case").some((c) => tree.tokens[c]!.form.toLowerCase() === "of"))) return undefined;
  const lemma = lemmaOf(tree, i);
  let kind: "PERSON" | "ORGANIZATION" | "PLACE" | undefined;
  if (ORGANIZATION_NOUNS.has(lemma)) kind = "ORGANIZATION";
  else if (PLACE_NOUNS.has(lemma)) kind = "PLACE";
  else if (PERSON_NOUNS.has(lemma) || lemma === "old" || isYearOld(tree, i) || matchTitle([lemma], 0)) kind = "PERSON";
  if (!kind) return undefined;
  // Possessed descriptions ("its chairman", "the club's manager") name someone else than the owner.
  if (kind === "PERSON" && dependents(tree, i, "nmod:poss").length > 0) return undefined;
  // "Kerry's campaign": what a named person has is theirs, not an organisation named before.
  if (dependents(tree, i, "nmod:poss").some((k) => tree.entity[k]?.kind === "PERSON" && !tree.isReference[k])) return undefined;
  // "The doctors", "the ministers": several people are no one person named before.
  if (kind === "PERSON" && t.xpos === "NNS") return undefined;
  const title = kind === "PERSON" ? lemma : undefined;
  // "the Sudanese city" is a city of that country, never the country itself.
  const notCountry = kind === "PLACE" && lemma !== "country" && lemma !== "nation" && lemma !== "kingdom" && lemma !== "republic";
  const fits = (s: Salient) =>
    s.entity.kind === kind &&
    !(notCountry && s.entity.mentions.some((m) => m.gazetteer?.sort === "country" || m.gazetteer?.sort === "demonym")) &&
    (kind !== "ORGANIZATION" || fitsDescription(lemma, s.entity, described.get(s.entity)));
  const holds = (s: Salient) => title !== undefined && s.entity.roles.some((r) => r.title.toLowerCase().split(/\s+/).includes(title));
  // "the UK premier", "the club's manager": a description with an owner is never someone whose own
  // role is stated for another owner of that kind ("President Bush of the United States").
  const owners = kind === "PERSON" ? dependents(tree, i, "compound", "amod", "nmod:poss").map((k) => tree.entity[k]).filter((e): e is ResolvedEntity => !!e) : [];
  const ownedElsewhere = (s: Salient) =>
    owners.length > 0 && s.entity.roles.some((r) => r.of && !owners.includes(r.of) && owners.some((o) => o.kind === r.of!.kind)) && !s.entity.roles.some((r) => r.of && owners.includes(r.of));
  // "Mr Bush and the UK premier": what is coordinated with the description is someone else.
  const coordinated = new Set<ResolvedEntity>();
  const top = t.deprel === "conj" && t.head >= 0 ? t.head : i;
  for (const k of conjuncts(tree, top)) {
    const e = tree.entity[k] ?? dependents(tree, k, "flat").map((f) => tree.entity[f]).find((x) => x);
    if (e && k !== i) coordinated.add(e);
  }
  const fitsHere = (s: Salient) => fits(s) && !ownedElsewhere(s) && !coordinated.has(s.entity);
  // "the group" when the article called exactly one organisation a group, however long ago.
  if (kind === "ORGANIZATION") {
    const calledSo = [...described].filter(([e, nouns]) => nouns.has(lemma) && e.kind === "ORGANIZATION").map(([e]) => e);
    if (calledSo.length === 1 && !coordinated.has(calledSo[0]!)) return calledSo[0];
  }
  const pool = [...own.filter(fitsHere).reverse(), ...[1, 2, 3].flatMap((b) => earlier.filter((s) => s.sentence === tree.index - b && fitsHere(s)).reverse())];
  if (pool.length === 0) return undefined;
  return (pool.find(holds) ?? pool[0]!).entity;
}

/** "the 47-year-old": the noun "old" (or "year-old") after a number and "year". */
function isYearOld(tree: SentenceTree, i: number): boolean {
  const f = tree.tokens[i]!.form.toLowerCase();
  if (f === "year-old" || f === "year-olds") return true;
  if (f !== "old") return false;
  const prev = tree.tokens.slice(Math.max(0, i - 4), i).map((x) => x.form.toLowerCase());
  return prev.includes("year") && tree.tokens.slice(Math.max(0, i - 4), i).some((x) => x.upos === "NUM");
}
