// What kind of thing a name names, read from the words around it in the parse: "an analyst at
// Stratfor" (an organisation), "Renault chief executive" (an organisation), "Mr Sullivan" (a
// person), "Stratfor, the Texas-based intelligence organization" (an organisation). Two jobs:
// - findUnlistedNames: names the mention stage left out because it could not type them (a lone
//   "Renault", "WorldCom", "CNBC") become entities when their contexts say what they are;
// - correctKinds: an entity typed PERSON only by default ("Miller Tabak", "Ulta Beauty") becomes
//   an organisation when its contexts say so and nothing says it is a person.
// Evidence is gathered over every mention of the name in the article and each rule is a named
// function adding a vote; a kind needs clear evidence, never just the name's shape.
import type { EntityKind } from "../vocabulary.ts";
import type { RawMention } from "./entities.ts";
import { lookupExact } from "./gazetteer.ts";
import { entityId } from "./ids.ts";
import { isAmbiguousFirstName, isCommonWord, isDictionaryWord, isFirstName, isKnownSurname, isWeekdayOrMonth } from "./lexicon.ts";
import type { Resolution, ResolvedEntity } from "./resolve.ts";
import { baseRel, caseMarker, dependents, lemmaOf, type SentenceTree } from "./syntax.ts";
import { FAMILY_WORDS, matchTitle, ORG_HEADS, ORG_NOUNS_BEFORE, ORG_SUFFIXES, PLACE_SUFFIXES, SPOUSE_WORDS } from "./titles.ts";

type Votes = Record<EntityKind, number>;

// Nouns whose owner or modifier is an organisation: "Renault chief executive", "WorldCom executives", "Nissan's board".
const ORG_OWNED_NOUNS = new Set(
  (
    "executive executives chief boss chairman chairwoman chair president ceo cfo coo founder owner manager director board " +
    "shareholder shareholders investor investors employee employees staff worker workers spokesman spokeswoman spokesperson " +
    "share shares stock stocks headquarters subsidiary unit division brand brands product products store stores plant factory " +
    "account accounts books revenue profit profits sales earnings customers client clients rival rivals deal takeover bid " +
    "merger acquisition chairmanship coach player players squad fans supporters striker midfielder goalkeeper defender captain " +
    "correspondent correspondents reporter reporters journalist journalists columnist editor anchor presenter producer"
  ).split(" "),
);
const SHARE_NOUNS = new Set(["share", "stake", "stock", "holding", "shareholding", "equity", "bond"]);
// Nouns for people whose "at X" / "of X" / "for X" is where they work: "an analyst at Stratfor".
const PERSON_ROLE_NOUNS = new Set(
  (
    "analyst strategist economist executive officer director manager chief head president chairman chairwoman founder " +
    "spokesman spokeswoman spokesperson official employee researcher professor lecturer editor correspondent reporter " +
    "journalist columnist producer engineer scientist lawyer partner adviser advisor consultant member boss owner " +
    "coach player striker captain worker staff investor trader broker fellow dean student"
  ).split(" "),
);
const PERSON_APPOS_NOUNS = new Set(
  (
    "man woman boy girl actor actress singer star player politician lawmaker senator candidate billionaire businessman " +
    "businesswoman mother father son daughter wife husband victim suspect resident veteran student teacher doctor nurse " +
    "analyst strategist economist executive official spokesman spokeswoman founder lawyer journalist writer author " +
    "correspondent reporter coach manager chairman president minister director chief"
  ).split(" "),
);
const PLACE_APPOS_NOUNS = new Set("city town village country state region province capital island county district area neighbourhood neighborhood suburb site".split(" "));
const ORG_APPOS_NOUNS = new Set([...ORG_NOUNS_BEFORE, "organization", "organisation", "company", "firm", "outlet", "publication", "website", "site", "newspaper", "network", "broadcaster", "channel", "group", "party", "club", "team", "agency", "department", "institute", "center", "centre", "university", "fund", "bank"]);
const PERSON_PREFIXES = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr."]);
const SPEECH_VERBS = new Set(["say", "tell", "add", "write", "explain", "note", "insist", "claim", "argue", "warn", "recall"]);
const CONNECTORS = new Set(["of", "and", "&", "for", "de", "la", "van", "der", "den", "von", "al", "du", "del", "da", "di", "le"]);

function emptyVotes(): Votes {
  return { PERSON: 0, ORGANIZATION: 0, PLACE: 0 };
}

/** Votes for the kind of the name whose head token is h. */
function contextVotes(tree: SentenceTree, h: number, first: number, last: number, votes: Votes): void {
  const t = tree.tokens[h]!;
  const rel = t.deprel;
  const head = t.head;
  const headLemma = head >= 0 ? lemmaOf(tree, head) : "";
  // Rule roleCompound: "Renault chief executive", "Nissan's board", "WorldCom executives".
  const headForm = head >= 0 ? tree.tokens[head]!.form.toLowerCase() : "";
  if ((rel === "compound" || rel === "nmod:poss") && head >= 0 && (ORG_OWNED_NOUNS.has(headLemma) || ORG_OWNED_NOUNS.has(headForm)) && !tree.entity[head]) votes.ORGANIZATION += 2;
  // Rule sharesIn: "shares in Elan and Biogen Idec", "a stake in Kylie Cosmetics", "stock of Acme".
  if (baseRel(rel) === "nmod" && head >= 0 && SHARE_NOUNS.has(headLemma) && (caseMarker(tree, h) === "in" || caseMarker(tree, h) === "of")) votes.ORGANIZATION += 2;
  if (baseRel(rel) === "conj" && head >= 0) {
    const up = tree.tokens[head]!;
    if (baseRel(up.deprel) === "nmod" && up.head >= 0 && SHARE_NOUNS.has(lemmaOf(tree, up.head)) && (caseMarker(tree, head) === "in" || caseMarker(tree, head) === "of")) votes.ORGANIZATION += 2;
  }
  // Rule titleOwner: "Wolves chairman Rick Hayward" (the parse may hang the word anywhere).
  if (first === last && modifiesTitle(tree, first) && !tree.entity[last + 1]) votes.ORGANIZATION += 2;
  // Rule affiliation: "an analyst at Stratfor", "chief executive of Renault", "a spokesman for the club".
  if ((baseRel(rel) === "nmod" || baseRel(rel) === "obl") && head >= 0 && PERSON_ROLE_NOUNS.has(headLemma)) {
    const cm = caseMarker(tree, h);
    if (cm === "at" || cm === "of" || cm === "for" || cm === "with") votes.ORGANIZATION += 2;
  }
  // Rule apposition: "Stratfor, the … organization", "Maley, a strategist at …".
  for (const a of dependents(tree, h, "appos")) {
    if (tree.entity[a]) continue;
    const l = lemmaOf(tree, a);
    if (ORG_APPOS_NOUNS.has(l)) votes.ORGANIZATION += 2;
    else if (PLACE_APPOS_NOUNS.has(l)) votes.PLACE += 2;
    else if (PERSON_APPOS_NOUNS.has(l) || matchTitle([l], 0)) votes.PERSON += 2;
  }
  if (rel === "appos" && head >= 0 && !tree.entity[head]) {
    const l = headLemma;
    if (ORG_APPOS_NOUNS.has(l)) votes.ORGANIZATION += 2;
    else if (PERSON_APPOS_NOUNS.has(l) || matchTitle([l], 0)) votes.PERSON += 2;
  }
  // Rule honorific: "Mr Sullivan", "Dr. Li".
  const before = first > 0 ? tree.tokens[first - 1]!.form.toLowerCase() : "";
  if (PERSON_PREFIXES.has(before)) votes.PERSON += 3;
  // Rule title before: "chief executive James Skinner", "analyst John Petrides".
  if (first > 0 && !tree.entity[first - 1] && matchTitle([before.replace(/\./g, "")], 0) && tree.tokens[first - 1]!.upos !== "PROPN") votes.PERSON += 1;
  // Rule org noun before: "the drugmaker Helix", "its rival Redline".
  if (first > 0 && ORG_NOUNS_BEFORE.has(lemmaOf(tree, first - 1)) && !tree.entity[first - 1]) votes.ORGANIZATION += 2;
  // Rule speaker: the subject of "said" is a person or an organisation, never a place.
  if (baseRel(rel) === "nsubj" && head >= 0 && SPEECH_VERBS.has(headLemma)) votes.PLACE -= 1;
  // Rule "X-based": a place.
  const after = tree.tokens[last + 1];
  if (after && after.form === "-" && /^(based|born)$/.test(tree.tokens[last + 2]?.form.toLowerCase() ?? "")) votes.PLACE += 2;
  // Rule corporate forms after the name: "Coty Inc.", "Sanofi SA" are in ORG_SUFFIXES (nameVotes).
  // Rule coordination: "Robin Haase and Jean-Julien Rojer", "Elan and Biogen Idec": a name listed
  // with typed names is most likely of their kind.
  const partners = [...dependents(tree, h, "conj"), ...(baseRel(rel) === "conj" && head >= 0 ? [head] : [])];
  for (const p of partners) {
    const e = tree.entity[p];
    if (e && !tree.isReference[p]) votes[e.kind] += 1;
    else if (!e && tree.tokens[p]!.upos === "PROPN" && isFirstName(tree.tokens[p]!.form.toLowerCase())) votes.PERSON += 1;
  }
  // Rule location: "in X", "near X" — weak, organisations are "in" the news too.
  const cm = caseMarker(tree, h);
  if (cm === "in" || cm === "near" || cm === "outside") votes.PLACE += 1;
}

/** Votes from the words of the name itself. */
function nameVotes(words: readonly string[], votes: Votes): void {
  const lastWord = words[words.length - 1]!.toLowerCase().replace(/\.$/, "");
  if (ORG_SUFFIXES.has(lastWord)) votes.ORGANIZATION += 2;
  if (PLACE_SUFFIXES.has(lastWord)) votes.PLACE += 2;
  // ("The Joe Louis Story": a name ending in an ordinary word after two others is no person's.)
  const wordEnd = words.length >= 3 && isDictionaryWord(lastWord) && !isKnownSurname(lastWord);
  if (words.length >= 2 && words.length <= 4 && isFirstName(words[0]!.toLowerCase()) && !ORG_SUFFIXES.has(lastWord) && !wordEnd) votes.PERSON += 2;
  // "Ulta Beauty", "Goodbody Stockbrokers": a name ending in an ordinary word is a company's or a
  // place's far more often than a person's (surnames are rarely dictionary words).
  const lastLower = words[words.length - 1]!.toLowerCase();
  if (words.length >= 2 && /^\p{Lu}\p{Ll}/u.test(words[words.length - 1]!) && isDictionaryWord(lastLower) && !isKnownSurname(lastLower) && !isFirstName(words[0]!.toLowerCase())) {
    votes.ORGANIZATION += 1;
    votes.PERSON -= 1;
  }
  // "Farrell Electric", "Hakka Restaurant": a word that is no dictionary word, then a category
  // noun, is a business's name.
  if (words.length === 2 && !isDictionaryWord(words[0]!.toLowerCase()) && !isFirstName(words[0]!.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(words[1]!) && isDictionaryWord(lastLower) && !isKnownSurname(lastLower)) votes.ORGANIZATION += 1;
  // "Frank Sinatra", "Mark Esper": a given name that is also an ordinary word, before a word
  // that is none, names a person.
  const first = words[0]!.toLowerCase();
  if (words.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) && isAmbiguousFirstName(first)) {
    if (!ORG_HEADS.has(first) && !ORG_SUFFIXES.has(first) && !ORG_SUFFIXES.has(lastLower) && !PLACE_SUFFIXES.has(lastLower) && !isDictionaryWord(lastLower)) votes.PERSON += 2;
  }
  // A given name alone ("Nora", "Sara") is a person's far more often than anything else's.
  if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]!) && isFirstName(lastLower) && !isDictionaryWord(lastLower)) votes.PERSON += 1;
  // An all-capital short word is an acronym: organisations far more often than people.
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!)) votes.ORGANIZATION += 1;
}

function best(votes: Votes, margin: number, least = 2): EntityKind | undefined {
  const ranked = (Object.entries(votes) as Array<[EntityKind, number]>).sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  return top![1] >= least && top![1] - second![1] >= margin ? top![0] : undefined;
}

function isNameToken(tree: SentenceTree, i: number): boolean {
  const t = tree.tokens[i]!;
  if (!/^\p{Lu}/u.test(t.form)) return false;
  if (t.upos !== "PROPN" && !(/^\p{Lu}{2,6}$/u.test(t.form) && (t.upos === "NOUN" || t.upos === "X"))) return false;
  if (isWeekdayOrMonth(t.form.toLowerCase())) return false;
  return true;
}

/**
 * "Wolves chairman Rick Hayward", "Acme chief executive Jo Lee", "the new Wolves manager": a
 * capitalised word right before a title (up to two field words between: "Lib Dem foreign affairs
 * spokesman") whose owner it is. The tagger often reads such a word as a common noun, and at a
 * sentence's start it would pass for an ordinary word capitalised.
 */
function modifiesTitle(tree: SentenceTree, i: number): boolean {
  const t = tree.tokens[i]!;
  if (!/^\p{Lu}[\p{Ll}\p{Lu}]+$/u.test(t.form) || isCommonWord(t.form.toLowerCase()) || isWeekdayOrMonth(t.form.toLowerCase())) return false;
  if (t.upos !== "NOUN" && t.upos !== "PROPN") return false;
  const words = tree.tokens.slice(i + 1, i + 6).map((x) => x.form);
  for (let skip = 0; skip <= 2; skip++) {
    if (!words.slice(0, skip).every((w) => /^\p{Ll}+$/u.test(w))) break;
    const lowered = words.slice(skip).map((w) => (/^\p{Ll}/u.test(w) ? w : ""));
    const title = matchTitle(lowered, 0);
    if (!title) continue;
    const next = tree.tokens[i + 1 + skip + title.length];
    // before a name ("chairman Rick Hayward"), or ending a definite description ("the new Wolves manager").
    if (next && /^\p{Lu}/u.test(next.form) && next.upos === "PROPN") return true;
    const prev = tree.tokens.slice(Math.max(0, i - 2), i).map((x) => x.form.toLowerCase());
    if (prev.includes("the") && (!next || next.upos === "PUNCT" || /^(of|at|for|and|,)$/.test(next.form))) return true;
  }
  return false;
}

const KIN_NOUNS = new Set([...FAMILY_WORDS, ...SPOUSE_WORDS, "child", "grandchild", "stepchild", "twin"].filter((w) => w !== "partner"));

/**
 * "three children Nora, Hasna and Guy", "his wife Ruby", "daughters Ann and Beth": the capitalised
 * words listed right after a kin noun are people's given names, whatever the tagger made of them.
 * Returns the token indices of those names (each one word or a short run).
 */
function kinListed(tree: SentenceTree): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k + 1 < tree.tokens.length; k++) {
    if (!KIN_NOUNS.has(lemmaOf(tree, k)) || tree.tokens[k]!.upos !== "NOUN") continue;
    let j = k + 1;
    if (tree.tokens[j]?.form === ",") j++;
    for (;;) {
      const start = j;
      while (j < tree.tokens.length && /^\p{Lu}\p{Ll}+$/u.test(tree.tokens[j]!.form) && j - start < 3) j++;
      if (j === start) break;
      out.push([start, j - 1]);
      const sep = tree.tokens[j]?.form;
      if (sep === "," && /^\p{Lu}/u.test(tree.tokens[j + 1]?.form ?? "")) j++;
      else if (sep === "and" || (sep === "," && tree.tokens[j + 1]?.form === "and")) j += sep === "," ? 2 : 1;
      else break;
    }
  }
  return out;
}

/**
 * From token k on, capitalised words (ADJ, NOUN, PROPN) and at most one small preposition between
 * them, ending in a word that ends organisations' names ("… International Center", "… in Towns
 * Project"): the index of that last word, or -1.
 */
function orgNameEnd(tree: SentenceTree, k: number, free: (k: number) => boolean): number {
  let preps = 0;
  for (let j = k; j < tree.tokens.length && j < k + 5 && free(j); j++) {
    const t = tree.tokens[j]!;
    if (/^(in|on|for|of)$/.test(t.form) && preps === 0 && j > k - 1) {
      preps++;
      continue;
    }
    if (!/^\p{Lu}\p{Ll}/u.test(t.form) || !/^(ADJ|NOUN|PROPN)$/.test(t.upos)) return -1;
    const w = t.form.toLowerCase();
    if (ORG_SUFFIXES.has(w) || ORG_HEADS.has(w)) {
      const next = tree.tokens[j + 1];
      // Stop at the org word unless the name goes on ("Center for …" is left to the connectors).
      if (!next || !/^\p{Lu}/u.test(next.form)) return j;
    }
  }
  return -1;
}

// Capitalised abbreviations that are ordinary nouns, not names ("TV shows", "a CEO", "HIV").
const COMMON_ACRONYMS = new Set(
  "TV PC CD DVD GDP DNA HIV AIDS AM PM OK ID IQ UFO ATM SUV VIP FAQ CEO CFO COO CTO MP MPS PHD MBA IPO AI IT PR HR USB GPS SMS RSS LOL OMG BTW FYI ASAP CV RIP NB PS AKA DIY EU".split(" ").filter((w) => w !== "EU"),
);

interface Found {
  tree: SentenceTree;
  first: number;
  last: number;
  head: number;
  text: string;
}

/** The tokens of a tree that a character span covers, or null when none. */
function tokensOf(tree: SentenceTree, start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let k = 0; k < tree.tokens.length; k++) {
    const t = tree.tokens[k]!;
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (first < 0) first = k;
    last = k;
  }
  return first < 0 ? null : [first, last];
}

function spanHeadOf(tree: SentenceTree, first: number, last: number): number {
  let head = last;
  for (let k = first; k <= last; k++) if (tree.tokens[k]!.head < first || tree.tokens[k]!.head > last) head = k;
  return head;
}

/**
 * Names the mention stage left untyped — the spans it found but could not type, and capitalised
 * runs of proper nouns in the parse — typed by their contexts and the words they are made of.
 * A lone word that is the last word (a surname) or the first word (a company's short name) of
 * exactly one such name is taken for the same name, so its contexts count for it too.
 */
export function findUnlistedNames(trees: readonly SentenceTree[], resolution: Resolution): void {
  const byName = new Map<string, Found[]>();
  const add = (f: Found) => {
    const list = byName.get(f.text) ?? [];
    list.push(f);
    byName.set(f.text, list);
  };
  const treeAt = new Map(trees.map((t) => [t.index, t]));
  const reserved = new Map<SentenceTree, Set<number>>();
  // Given names listed after a kin noun are people, named by that context alone.
  const kin: Array<{ tree: SentenceTree; first: number; last: number }> = [];
  for (const tree of trees) {
    if (tree.isHeading) continue;
    const taken = new Set<number>();
    for (const [first, last] of kinListed(tree)) {
      let free = true;
      for (let k = first; k <= last && free; k++) free = !tree.mention[k] && !taken.has(k);
      if (!free) continue;
      kin.push({ tree, first, last });
      for (let k = first; k <= last; k++) taken.add(k);
    }
    if (taken.size) reserved.set(tree, taken);
  }
  // The detector's own spans first: its segmentation of a capitalised run is better informed than
  // the tagger's PROPN tags ("Tocqueville Asset Management", where "Asset" may be a NOUN).
  for (const m of resolution.untyped) {
    const tree = treeAt.get(m.sentence);
    if (!tree) continue;
    const span = tokensOf(tree, m.start, m.end);
    if (!span) continue;
    const [first, spanLast] = span;
    let free = true;
    for (let k = first; k <= spanLast && free; k++) free = !tree.mention[k] && !reserved.get(tree)?.has(k);
    if (!free) continue;
    // "Refugees" + " in Towns Project": the detector stopped where an organisation's name goes on.
    const onward = orgNameEnd(tree, spanLast + 1, (k) => !tree.mention[k] && !reserved.get(tree)?.has(k));
    const last = onward >= 0 ? onward : spanLast;
    const text = onward >= 0 ? tree.text.slice(tree.tokens[first]!.start - tree.start, tree.tokens[last]!.end - tree.start) : m.text;
    const set = reserved.get(tree) ?? new Set<number>();
    for (let k = first; k <= last; k++) set.add(k);
    reserved.set(tree, set);
    // Titles of works ("Mary Poppins" in quotation marks) hold their tokens but name no entity.
    if (m.work) continue;
    add({ tree, first, last, head: spanHeadOf(tree, first, last), text });
  }
  for (const tree of trees) {
    // Title-case headlines capitalise every word: only names already known count there.
    if (tree.isHeading && tree.tokens.filter((t) => /^\p{Lu}/u.test(t.form)).length > tree.tokens.length / 2) continue;
    const taken = reserved.get(tree);
    const free = (k: number) => !tree.mention[k] && !taken?.has(k);
    for (let i = 0; i < tree.tokens.length; i++) {
      if (free(i) && !isNameToken(tree, i) && modifiesTitle(tree, i) && !(i > 0 && isNameToken(tree, i - 1))) {
        add({ tree, first: i, last: i, head: i, text: tree.tokens[i]!.form });
        continue;
      }
      if (!free(i) || !isNameToken(tree, i)) continue;
      let j = i;
      while (j + 1 < tree.tokens.length && free(j + 1)) {
        if (isNameToken(tree, j + 1)) j++;
        else if (CONNECTORS.has(tree.tokens[j + 1]!.form.toLowerCase()) && j + 2 < tree.tokens.length && isNameToken(tree, j + 2) && free(j + 2)) j += 2;
        else if (/^\d{1,3}$/.test(tree.tokens[j + 1]!.form) && tree.tokens[j + 1]!.head === j) j++;
        else {
          // "Feinstein International Center", "Refugees in Towns Project": capitalised words the
          // tagger read as adjectives or nouns (and a small preposition) inside a name that ends
          // in a word for an organisation.
          const end = orgNameEnd(tree, j + 1, free);
          if (end < 0) break;
          j = end;
        }
      }
      const words = tree.tokens.slice(i, j + 1).map((t) => t.form);
      // A sentence's first word alone is often an ordinary word capitalised ("Shares", "Eventually").
      const opener = i === 0 || /^[“"'‘(—–-]$/.test(tree.tokens[i - 1]!.form);
      // An ordinary word alone is a name only when it is not one ("Parliament voted", "the Ministry");
      // a sentence's opener that is a dictionary word is taken for that word.
      const lower0 = words[0]!.toLowerCase();
      if (words.length === 1 && (isCommonWord(lower0) || (opener && isDictionaryWord(lower0) && !modifiesTitle(tree, i)))) {
        i = j;
        continue;
      }
      // Titles and forms of address alone ("the President said", "Mr.") name no one by themselves.
      const lowered = words.map((w) => w.toLowerCase().replace(/\./g, ""));
      const title = matchTitle(lowered, 0);
      if ((title && title.length === words.length) || (words.length === 1 && PERSON_PREFIXES.has(lowered[0]!))) {
        i = j;
        continue;
      }
      const text = tree.text.slice(tree.tokens[i]!.start - tree.start, tree.tokens[j]!.end - tree.start);
      add({ tree, first: i, last: j, head: spanHeadOf(tree, i, j), text });
      i = j;
    }
  }
  // Lone words joined to the one longer name they shorten.
  const longer = [...byName.keys()].filter((t) => t.includes(" "));
  const endingWith = new Map<string, string[]>();
  const startingWith = new Map<string, string[]>();
  for (const t of longer) {
    const w = t.split(/\s+/);
    endingWith.set(w[w.length - 1]!, [...(endingWith.get(w[w.length - 1]!) ?? []), t]);
    startingWith.set(w[0]!, [...(startingWith.get(w[0]!) ?? []), t]);
  }
  const groups = new Map<string, Found[][]>();
  for (const [text, found] of byName) {
    let into = text;
    // (An acronym before more words is most often the parent body: "VOA Extremism Watch Desk".)
    if (!text.includes(" ") && !/^\p{Lu}{2,6}$/u.test(text)) {
      const ends = endingWith.get(text) ?? [];
      const starts = startingWith.get(text) ?? [];
      if (ends.length + starts.length === 1) into = ends[0] ?? starts[0]!;
    }
    groups.set(into, [...(groups.get(into) ?? []), found]);
  }
  for (const k of kin) {
    const text = k.tree.text.slice(k.tree.tokens[k.first]!.start - k.tree.start, k.tree.tokens[k.last]!.end - k.tree.start);
    if (!lookupExact(text)) attachName(resolution, k.tree, "PERSON", text, k.first, k.last);
  }
  // A name the article already typed elsewhere ("in al-Tanf" here, "Syria's al-Tanf" there) is that entity.
  const typed = new Map<string, ResolvedEntity>();
  for (const e of resolution.entities) if (e.mentions.length) for (const a of e.aliases) if (!typed.has(a)) typed.set(a, e);
  // (Attached after the votes, so that no other name is typed by them.)
  const sameName: Array<[ResolvedEntity, Found[]]> = [];
  for (const [text, parts] of groups) {
    const found = parts.flat();
    const known = typed.get(text);
    if (known && found.every((f) => f.text === text)) {
      sameName.push([known, found]);
      continue;
    }
    const votes = emptyVotes();
    const words = text.split(/\s+/);
    nameVotes(words, votes);
    for (const f of found) contextVotes(f.tree, f.head, f.first, f.last, votes);
    if (words.length === 1 && COMMON_ACRONYMS.has(text.toUpperCase())) continue;
    // "Union president …", "the Council", "Avenue": a head word of names, alone, names nothing by itself.
    const lone = words.length === 1 ? text.toLowerCase() : "";
    if (lone && (ORG_SUFFIXES.has(lone) || ORG_HEADS.has(lone) || PLACE_SUFFIXES.has(lone))) continue;
    // A lone ordinary word ("Office", "Avenue", "Health") is most often a leftover of a name cut
    // in two, or a common noun capitalised: it needs more than one context to be a name.
    const ordinary = words.length === 1 && !/^\p{Lu}{2,}$/u.test(text) && isDictionaryWord(text.toLowerCase());
    const kind = best(votes, 2, ordinary ? 3 : 2);
    if (!kind) continue;
    if (lookupExact(text)) continue; // the gazetteer knows it and chose not to name it here
    for (const f of found) attachName(resolution, f.tree, kind, text, f.first, f.last);
  }
  for (const [known, found] of sameName) for (const f of found) attachName(resolution, f.tree, known.kind, known.name, f.first, f.last);
}

/**
 * Makes tokens first..last of a tree a mention of the entity of this kind and name, creating the
 * entity when the article has none yet; the tree and the resolution both learn of it.
 */
export function attachName(resolution: Resolution, tree: SentenceTree, kind: EntityKind, name: string, first: number, last: number): ResolvedEntity {
  const id = entityId(kind, name);
  let entity = resolution.entities.find((e) => e.id === id);
  if (!entity) {
    entity = { id, kind, name, aliases: new Set([name]), mentions: [], references: [], roles: [], nameTokens: kind === "PERSON" ? name.toLowerCase().split(/\s+/) : [], fromGazetteer: false };
    resolution.entities.push(entity);
  }
  const text = tree.text.slice(tree.tokens[first]!.start - tree.start, tree.tokens[last]!.end - tree.start);
  entity.aliases.add(text);
  const m: RawMention = {
    start: tree.tokens[first]!.start,
    end: tree.tokens[last]!.end,
    text,
    sentence: tree.index,
    firstToken: first,
    lastToken: last,
    kind,
    possessive: tree.tokens[last + 1]?.form === "'s" || tree.tokens[last + 1]?.form === "’s",
  };
  entity.mentions.push(m);
  entity.mentions.sort((a, b) => a.start - b.start);
  resolution.byMention.set(m, entity);
  let head = last;
  for (let k = first; k <= last; k++) {
    tree.mention[k] = m;
    tree.entity[k] = entity;
    if (tree.tokens[k]!.head < first || tree.tokens[k]!.head > last) head = k;
  }
  tree.mentionHead.set(m, head);
  return entity;
}

/** An entity the mention stage typed PERSON by default, whose contexts all say organisation. */
export function correctKinds(trees: readonly SentenceTree[], resolution: Resolution): void {
  const votesOf = new Map<ResolvedEntity, Votes>();
  for (const tree of trees) {
    for (const [m, h] of tree.mentionHead) {
      const e = resolution.byMention.get(m);
      if (!e || e.fromGazetteer || m.gazetteer || m.title || m.descriptive || e.kind !== "PERSON") continue;
      const v = votesOf.get(e) ?? emptyVotes();
      contextVotes(tree, h, tokenAt(tree, m.start), tokenAt(tree, m.end - 1), v);
      votesOf.set(e, v);
    }
  }
  const taken = new Set(resolution.entities.map((e) => e.id));
  for (const [e, v] of votesOf) {
    if (e.roles.length) continue;
    nameVotes(e.name.split(/\s+/), v);
    // Only a clear organisation with no sign of a person changes: the default was the doubt.
    if (v.ORGANIZATION >= 2 && v.PERSON <= 0) {
      const id = entityId("ORGANIZATION", e.name);
      if (taken.has(id)) continue;
      taken.delete(e.id);
      e.kind = "ORGANIZATION";
      e.id = id;
      e.nameTokens = [];
      taken.add(id);
      for (const m of e.mentions) m.kind = "ORGANIZATION";
    }
  }
}

function tokenAt(tree: SentenceTree, offset: number): number {
  const k = tree.tokens.findIndex((t) => t.start <= offset && offset < t.end);
  return Math.max(k, 0);
}
