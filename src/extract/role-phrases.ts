// Relationships read from the words of a phrase where news copy is formulaic and the parse is not
// reliable: the treebank the parser learns from (web text) has few of these constructions, so a
// greedy parse often hangs "of Renault" on the wrong word, or tags "actress" a verb. Each rule
// below reads a short run of tokens between two mentions — never a name or phrase of a particular
// article — and gives what the dependency rules in relations.ts give when the parse is right;
// the same relationship found both ways is stored once.
// - rolePhrase: "Ian Harris, deputy editor of UK magazine Mac Format", "Mr Ghosn is to become
//   chairman and chief executive of Renault", "Tony Lloyd, the Manchester Central MP", "Scott
//   Sullivan, one of six WorldCom executives";
// - speakerAtOrganization: "said Ian Hunter at Goodbody Stockbrokers (in Dublin)";
// - possessiveTitle: "China's ambassador to Britain Liu Xiaoming";
// - pairOfCountry: "Ben McLachlan and Yasutaka Uchiyama of Japan";
// - marriedTo: "Davis, who was married to actress Ruby Dee", "Davis and Dee were married";
// - survivedBy: "is survived by his wife, Ruby, and three children Nora, Hasna and Guy";
// - placeOfPlace: "Fort Worth's 6th Avenue", "southern Syria's al-Tanf";
// - ownersCompany: "Robert Sillerman's Sports Entertainment Enterprises", "his 19 Entertainment company".
import type { RelationshipType } from "../vocabulary.ts";
import { isCountry, placeRank } from "./place-rank.ts";
import type { ResolvedEntity } from "./resolve.ts";
import { lemmaOf, type SentenceTree } from "./syntax.ts";
import { FAMILY_WORDS, matchTitle, SPOUSE_WORDS, type TitleSort } from "./titles.ts";

export type AddRelationship = (
  type: RelationshipType,
  a: ResolvedEntity | undefined,
  b: ResolvedEntity | undefined,
  tree: SentenceTree,
  options?: { former?: boolean; referred?: ResolvedEntity },
) => void;

/** What relations.ts knows about titles, passed in so both readings sort a title the same way. */
export interface TitleReading {
  underHead: ReadonlySet<string>;
  headOfOrganization: ReadonlySet<string>;
  timeOfPost: ReadonlySet<string>;
  pastWords: ReadonlySet<string>;
  memberNouns: ReadonlySet<string>;
  relationOfTitle: (sort: TitleSort | undefined, title: string, owner: ResolvedEntity, viaDemonym: boolean) => RelationshipType | undefined;
}

/** The last token of the mention (or reference) at i. */
function endOf(tree: SentenceTree, i: number): number {
  const m = tree.mention[i];
  let j = i;
  if (!m) return j;
  while (j + 1 < tree.tokens.length && tree.mention[j + 1] === m) j++;
  return j;
}

/** The first token of the mention at i. */
function startOf(tree: SentenceTree, i: number): number {
  const m = tree.mention[i];
  let j = i;
  if (!m) return j;
  while (j > 0 && tree.mention[j - 1] === m) j--;
  return j;
}

const form = (tree: SentenceTree, i: number) => tree.tokens[i]?.form ?? "";
const lower = (tree: SentenceTree, i: number) => {
  // Every rule here calls this at every token: skip the dot-stripping regex when there is no dot.
  const f = form(tree, i).toLowerCase();
  return f.includes(".") ? f.replace(/\./g, "") : f;
};
const isWord = (tree: SentenceTree, i: number) => /^\p{Ll}[\p{Ll}-]*$/u.test(form(tree, i)) && !tree.entity[i];
// A word of a title or a kind ("deputy editor", "magazine"): content words only, never "of" or "who".
const isTitleWord = (tree: SentenceTree, i: number) => isWord(tree, i) && /^(NOUN|ADJ|VERB|PROPN|X)$/.test(tree.tokens[i]!.upos);
const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their"]);
const INDEFINITE = new Set(["a", "an", "one", "another"]);
// The words between a person and a predicate role: "is", "was the", "is to become", "has been named".
const LINK_WORDS = new Set(["is", "was", "will", "would", "has", "had", "have", "been", "be", "to", "as", "now", "also", "later", "then", "already"]);
const LINK_VERBS = new Set(["be", "become", "remain", "serve", "name", "appoint", "elect", "promote", "install", "hire", "make"]);

/**
 * The owner named after a preposition: "of Renault", "of the Department of Homeland Security", "of
 * UK magazine Mac Format" (a country and a kind word before the name qualify it: the owner is the
 * name). Returns the entity and the index of its first token.
 */
function ownerAfter(tree: SentenceTree, k: number): { owner: ResolvedEntity; at: number } | undefined {
  let j = k;
  if (DETERMINERS.has(lower(tree, j))) j++;
  // "of fast-food giant McDonald's", "of the carmaker Ford": kind words before the name.
  let kindWords = 0;
  while (!tree.entity[j] && kindWords < 5 && (isTitleWord(tree, j) || (form(tree, j) === "-" && isTitleWord(tree, j + 1)))) {
    j++;
    kindWords++;
  }
  const first = tree.entity[j];
  if (!first || first.kind === "PERSON") return undefined;
  const end = endOf(tree, j);
  // "UK magazine Mac Format": qualifier, kind words, the name.
  let n = end + 1;
  let words = 0;
  while (isTitleWord(tree, n) && words < 3) {
    n++;
    words++;
  }
  if (first.kind === "PLACE" && words > 0) {
    if (tree.entity[n] && tree.entity[n]!.kind !== "PERSON") return { owner: tree.entity[n]!, at: n };
    // "of Swedish magazine <a name not recognised>": the country only qualifies the owner.
    if (tree.mention[j]?.gazetteer?.sort === "demonym" || /^\p{Lu}/u.test(form(tree, n))) return undefined;
  }
  return { owner: first, at: j };
}

/** Rule rolePhrase: a person, a comma or a linking verb, a title, and the title's owner. */
export function rolePhrase(tree: SentenceTree, add: AddRelationship, reading: TitleReading): void {
  for (let i = 0; i < tree.tokens.length; i++) {
    const person = tree.entity[i];
    if (person?.kind !== "PERSON" || endOf(tree, i) !== i) continue;
    if (tree.isReference[i] && !/^(he|she|who)$/i.test(form(tree, i))) continue;
    let j = i + 1;
    let linked = false;
    if (form(tree, j) === ",") j++;
    else {
      // "is to become", "has been named", "was": a short run of linking words with a linking verb.
      const start = j;
      while (j < tree.tokens.length && j - start < 5 && (LINK_WORDS.has(lower(tree, j)) || LINK_VERBS.has(lemmaOf(tree, j)))) {
        if (LINK_VERBS.has(lemmaOf(tree, j))) linked = true;
        j++;
      }
      if (!linked) continue;
    }
    // "one of six WorldCom executives": one of several.
    let oneOf = false;
    if (lower(tree, j) === "one" && lower(tree, j + 1) === "of") {
      oneOf = true;
      j += 2;
      if (lower(tree, j) === "the") j++;
      if (tree.tokens[j]?.upos === "NUM") j++;
    }
    const det = lower(tree, j);
    if (DETERMINERS.has(det)) j++;
    // "named new DHS acting secretary": a word dating the post may come before its owner.
    const dating: number[] = [];
    while (reading.timeOfPost.has(lower(tree, j)) && isTitleWord(tree, j)) dating.push(j++);
    // An owner before the title: "the Manchester Central MP", "six WorldCom executives".
    let owner: ResolvedEntity | undefined;
    let viaDemonym = false;
    if (tree.entity[j] && tree.entity[j]!.kind !== "PERSON" && !tree.isReference[j]) {
      owner = tree.entity[j];
      viaDemonym = tree.mention[j]?.gazetteer?.sort === "demonym";
      j = endOf(tree, j) + 1;
      if (/^['’]s$/.test(form(tree, j))) j++;
    }
    // The title words, titles joined by "and": "chairman and chief executive".
    const words: number[] = [...dating];
    // A title word the references stage already read as a description of this very person
    // ("the commander" for Cheuk) is still a word of the title.
    const titleWord = (k: number) => isTitleWord(tree, k) || (tree.isReference[k] && tree.entity[k] === person && /^\p{Ll}/u.test(form(tree, k)) && /^(NOUN|ADJ)$/.test(tree.tokens[k]!.upos));
    while (j < tree.tokens.length && words.length < 8) {
      if (titleWord(j)) words.push(j++);
      else if (lower(tree, j) === "and" && titleWord(j + 1)) words.push(j++);
      // "the straight-talking former head": a hyphenated modifier is skipped whole.
      else if (form(tree, j) === "-" && words.length && titleWord(j + 1)) j++;
      else break;
    }
    // "six WorldCom executives indicted in the case": a participle after the title starts a clause.
    if (owner) while (words.length > 1 && /^(VBN|VBG)$/.test(tree.tokens[words[words.length - 1]!]!.xpos)) words.pop();
    if (words.length === 0) continue;
    // "six WorldCom executives": a plural title is read as its singular.
    const lowered = words.map((w) => lower(tree, w));
    const lastWord = words[words.length - 1]!;
    const lastLemma = lemmaOf(tree, lastWord);
    // The tagger may call "executives" a verb: a word ending in -s whose singular is a title is plural.
    const plural = tree.tokens[lastWord]!.xpos === "NNS" || (/s$/.test(lowered[lowered.length - 1]!) && !matchTitle([lowered[lowered.length - 1]!], 0) && matchTitle([lowered[lowered.length - 1]!.replace(/s$/, "")], 0) !== null);
    if (plural) {
      // "Kofi Annan, World Bank officials and …": a plural after a comma is the next item of a list.
      if (!oneOf) continue;
      lowered[lowered.length - 1] = matchTitle([lastLemma], 0) ? lastLemma : lowered[lowered.length - 1]!.replace(/s$/, "");
    }
    const titles = titlesIn(lowered);
    if (titles.length === 0) continue;
    // The last word must end a title: "a senior analyst" yes, "a title-holder who" no.
    if (titles[titles.length - 1]!.end !== words.length) continue;
    let ownerByOf = false;
    if (!owner) {
      const marker = lower(tree, j);
      ownerByOf = marker === "of";
      if (marker !== "of" && marker !== "at" && marker !== "for" && marker !== "with") continue;
      const after = ownerAfter(tree, j + 1);
      if (!after) continue;
      owner = after.owner;
    }
    if (!owner || owner === person) continue;
    const all = lowered;
    const former = all.some((w) => reading.pastWords.has(w) || /^(ex|former)-/.test(w));
    const indefinite = INDEFINITE.has(det) || oneOf;
    let best: RelationshipType | undefined;
    for (const t of titles) {
      const before = all.slice(0, t.start);
      let sort: TitleSort = t.sort;
      if (sort === "head" && before.some((w) => reading.underHead.has(w))) sort = "member";
      const ownsPost = owner.kind === "ORGANIZATION" || (owner.kind === "PLACE" && ownerByOf);
      if (sort === "member" && reading.headOfOrganization.has(t.title) && !indefinite && ownsPost && before.every((w) => reading.timeOfPost.has(w) || reading.pastWords.has(w))) sort = "head";
      // "a director of Acme" is one of its directors; "a co-founder" founded it all the same.
      if (indefinite && sort === "head" && t.title !== "founder" && t.title !== "co-founder") sort = "member";
      const type = reading.memberNouns.has(t.title) ? "MEMBER_OF" : reading.relationOfTitle(sort, t.title, owner, viaDemonym);
      if (type === "LEADER_OF" || (type && !best)) best = type;
    }
    if (!best) continue;
    if (former && best === "CITIZEN_OF") add(best, person, owner, tree);
    else add(best, person, owner, tree, former ? { former: true } : {});
  }
}

/** The titles among lower-case words, each with its word range; longest first at each start. */
function titlesIn(words: readonly string[]): Array<{ title: string; sort: TitleSort; start: number; end: number }> {
  const out: Array<{ title: string; sort: TitleSort; start: number; end: number }> = [];
  for (let s = 0; s < words.length; s++) {
    const t = matchTitle(words, s);
    if (!t) continue;
    out.push({ title: t.title, sort: t.sort, start: s, end: s + t.length });
    s += t.length - 1;
  }
  return out;
}

const SPEECH_VERBS = new Set(["say", "tell", "add", "write", "note", "explain", "warn", "argue", "predict", "estimate"]);

/** Rule speakerAtOrganization: "said Ian Hunter at Goodbody Stockbrokers", "Jane Roe at Acme said". */
export function speakerAtOrganization(tree: SentenceTree, add: AddRelationship): void {
  for (let i = 0; i < tree.tokens.length; i++) {
    const person = tree.entity[i];
    if (person?.kind !== "PERSON" || tree.isReference[i] || endOf(tree, i) !== i) continue;
    if (lower(tree, i + 1) !== "at") continue;
    const j = lower(tree, i + 2) === "the" ? i + 3 : i + 2;
    const org = tree.entity[j];
    if (org?.kind !== "ORGANIZATION" || tree.isReference[j]) continue;
    const after = endOf(tree, j) + 1;
    const start = startOf(tree, i);
    const saidBefore = start > 0 && SPEECH_VERBS.has(lemmaOf(tree, start - 1));
    const saidAfter = SPEECH_VERBS.has(lemmaOf(tree, after)) || (form(tree, after) === "," && SPEECH_VERBS.has(lemmaOf(tree, after + 1)));
    const inAfter = lower(tree, after) === "in" && tree.entity[after + 1]?.kind === "PLACE";
    if (saidBefore || saidAfter || (inAfter && saidBefore)) {
      add("MEMBER_OF", person, org, tree);
      // "said Ian Hunter at Goodbody Stockbrokers in Dublin": the firm's office is in that place.
      if (inAfter && endOf(tree, after + 1) + 1 >= tree.tokens.length - 1) add("LOCATED_IN", org, tree.entity[after + 1], tree);
      else if (inAfter && /^[.,;]$/.test(form(tree, endOf(tree, after + 1) + 1))) add("LOCATED_IN", org, tree.entity[after + 1], tree);
    }
  }
}

/**
 * Rule possessiveTitle: "China's ambassador to Britain Liu Xiaoming", "Nissan's chief executive
 * Carlos Ghosn": an owner's title right before a person's name, whatever the parse made of the
 * words between (a destination after "to" is not the owner).
 */
export function possessiveTitle(tree: SentenceTree, add: AddRelationship, reading: TitleReading): void {
  for (let i = 0; i + 3 < tree.tokens.length; i++) {
    const owner = tree.entity[i];
    if (!owner || owner.kind === "PERSON" || tree.isReference[i] || endOf(tree, i) !== i || !/^['’]s$/.test(form(tree, i + 1))) continue;
    let j = i + 2;
    const words: string[] = [];
    while (isTitleWord(tree, j) && words.length < 4) words.push(lower(tree, j++));
    const title = words.length ? matchTitle(words, words.length - 1) ?? matchTitle(words, 0) : null;
    if (!title) continue;
    // "to Britain", "in Washington": a place the post is held at or sent to.
    if (/^(to|in|at)$/.test(lower(tree, j)) && tree.entity[j + 1]?.kind === "PLACE") j = endOf(tree, j + 1) + 1;
    const person = tree.entity[j];
    if (person?.kind !== "PERSON" || tree.isReference[j] || startOf(tree, j) !== j) continue;
    const type = reading.relationOfTitle(title.sort, title.title, owner, false);
    if (type) add(type, person, owner, tree);
  }
}


/** Rule pairOfCountry: "Ben McLachlan and Yasutaka Uchiyama of Japan": the country is both players'. */
export function pairOfCountry(tree: SentenceTree, add: AddRelationship): void {
  for (let i = 0; i < tree.tokens.length; i++) {
    const a = tree.entity[i];
    if (a?.kind !== "PERSON" || tree.isReference[i] || endOf(tree, i) !== i || lower(tree, i + 1) !== "and") continue;
    const b = tree.entity[i + 2];
    if (b?.kind !== "PERSON" || tree.isReference[i + 2]) continue;
    const bEnd = endOf(tree, i + 2);
    if (lower(tree, bEnd + 1) !== "of") continue;
    const place = tree.entity[bEnd + 2];
    if (place?.kind !== "PLACE" || !isCountry(place)) continue;
    add("CITIZEN_OF", a, place, tree);
    add("CITIZEN_OF", b, place, tree);
  }
}

/** Rule marriedTo: "X, who was married to actress Y", "X was married to Y", "X and Y were married". */
export function marriedTo(tree: SentenceTree, add: AddRelationship): void {
  for (let p = 0; p < tree.tokens.length; p++) {
    if (lower(tree, p) !== "married") continue;
    if (tree.tokens.slice(Math.max(0, p - 3), p).some((t) => /^(not|never|n't)$/i.test(t.form))) continue;
    // The one married: the nearest person before, in the same clause (commas allowed).
    let x: ResolvedEntity | undefined;
    for (let k = p - 1; k >= 0 && !x; k--) {
      if (/^[.;:!?]$/.test(form(tree, k))) break;
      const e = tree.entity[k];
      if (e?.kind === "PERSON") x = e;
    }
    if (lower(tree, p + 1) === "to") {
      let j = p + 2;
      let words = 0;
      while (isWord(tree, j) && words < 2) {
        j++;
        words++;
      }
      const y = tree.entity[j];
      if (y?.kind === "PERSON") add("SPOUSE_OF", x, y, tree);
      continue;
    }
    // "X and Y were married", "X and Y have been married for 56 years".
    let k = p - 1;
    while (k >= 0 && /^(were|are|had|have|been|got|later)$/i.test(form(tree, k))) k--;
    if (k === p - 1) continue;
    const b = tree.entity[k];
    if (b?.kind !== "PERSON") continue;
    const bStart = startOf(tree, k);
    if (lower(tree, bStart - 1) !== "and") continue;
    const a = tree.entity[bStart - 2];
    if (a?.kind === "PERSON") add("SPOUSE_OF", a, b, tree);
  }
}

const CHILD_WORDS = new Set(["child", "children", "son", "sons", "daughter", "daughters", "grandchild", "grandchildren", "brother", "brothers", "sister", "sisters"]);

/** Rule survivedBy: "X is survived by his wife, Ruby, and three children Nora, Hasna and Guy". */
export function survivedBy(tree: SentenceTree, add: AddRelationship): void {
  for (let p = 0; p + 1 < tree.tokens.length; p++) {
    if (lower(tree, p) !== "survived" || lower(tree, p + 1) !== "by") continue;
    let x: ResolvedEntity | undefined;
    for (let k = p - 1; k >= 0 && !x; k--) {
      if (/^[.;:!?]$/.test(form(tree, k))) break;
      const e = tree.entity[k];
      if (e?.kind === "PERSON") x = e;
    }
    if (!x) continue;
    let kin: "SPOUSE_OF" | "FAMILY_OF" | undefined;
    for (let j = p + 2; j < tree.tokens.length && j < p + 30; j++) {
      if (/^[.;:!?]$/.test(form(tree, j))) break;
      const w = lemmaOf(tree, j);
      if (SPOUSE_WORDS.has(w) || SPOUSE_WORDS.has(lower(tree, j))) kin = "SPOUSE_OF";
      else if (FAMILY_WORDS.has(w) || CHILD_WORDS.has(lower(tree, j))) kin = "FAMILY_OF";
      const e = tree.entity[j];
      if (e?.kind === "PERSON" && kin && e !== x) {
        add(kin, x, e, tree);
        j = endOf(tree, j);
      }
    }
  }
}


/** Rule placeOfPlace: "Fort Worth's 6th Avenue", "Syria's al-Tanf": a place's named place lies in it. */
export function placeOfPlace(tree: SentenceTree, add: AddRelationship): void {
  for (let i = 0; i + 2 < tree.tokens.length; i++) {
    const outer = tree.entity[i];
    if (outer?.kind !== "PLACE" || tree.isReference[i] || endOf(tree, i) !== i || !/^['’]s$/.test(form(tree, i + 1))) continue;
    const inner = tree.entity[i + 2];
    if (inner?.kind !== "PLACE" || inner === outer || tree.isReference[i + 2]) continue;
    // "Britain's London" is no containment the rules can tell from "Russia's Ukraine": a smaller place only.
    if (placeRank(inner) >= placeRank(outer) && placeRank(inner) !== 0) continue;
    add("LOCATED_IN", inner, outer, tree);
  }
}

const COMPANY_NOUNS = new Set(["company", "firm", "business", "group", "label", "agency", "studio", "empire", "venture", "outfit", "team"]);

/** Rule ownersCompany: "Robert Sillerman's Sports Entertainment Enterprises", "his 19 Entertainment company". */
export function ownersCompany(tree: SentenceTree, add: AddRelationship): void {
  for (let i = 0; i + 1 < tree.tokens.length; i++) {
    const person = tree.entity[i];
    if (person?.kind !== "PERSON" || endOf(tree, i) !== i) continue;
    const pronoun = tree.isReference[i] && /^(his|her)$/i.test(form(tree, i));
    if (tree.isReference[i] && !pronoun) continue;
    const j = pronoun ? i + 1 : /^['’]s$/.test(form(tree, i + 1)) ? i + 2 : -1;
    const org = tree.entity[j];
    if (j < 0 || org?.kind !== "ORGANIZATION" || tree.isReference[j]) continue;
    const next = endOf(tree, j) + 1;
    // "his 19 Entertainment company": a pronoun's organisation only when the text says it is a
    // company; "Webb's Ford sedan" is a product of the brand, not his company.
    if (pronoun && !COMPANY_NOUNS.has(lower(tree, next))) continue;
    if (!COMPANY_NOUNS.has(lower(tree, next)) && isWord(tree, next) && tree.tokens[next]!.upos === "NOUN") continue;
    add("LEADER_OF", person, org, tree);
  }
}
