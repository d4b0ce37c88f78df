// Name keys: the normalised forms under which an entity can be found again in a later article.
// Pure. Linking at ingest (link-entities.ts) looks candidates up by these keys, and the graph
// keeps them as (:NameKey {key})-[:NAMES]->(entity) (docs/graph-model.md, "Linking"), so a lookup
// is one index seek per key whatever the size of the graph.
//
// A key is `KIND|TYPE|form`:
//   N  the whole name, normalised: case, diacritics, punctuation, a leading "the", legal forms
//      ("Sanofi SA" = "Sanofi"), initials and honorifics of people, transliteration variants
//      ("Zelenskyy" = "Zelensky", "Kiev" = "Kyiv")
//   T  a looser consonant skeleton of the name ("Mohammed"/"Muhammad"): only ever a candidate
//   L  a person's surname ("halvorsen", "von der leyen"), F  a person's first name ("ingrid")
//   A  an organisation's or place's acronym ("icc" for International Criminal Court)
//   W  the first word of an organisation's name ("northwind" for Northwind Logistics)
//   P  a prefix of that first word, for short forms ("fed" for Federal Reserve)
// and `ID|<id>` redirects an extraction id to the entity it was linked or merged into.
import type { EntityKind } from "../vocabulary.ts";

export type KeyType = "N" | "T" | "L" | "F" | "A" | "W" | "P";

export const nameKey = (kind: EntityKind, type: KeyType, form: string) => `${kind}|${type}|${form}`;
export const idKey = (id: string) => `ID|${id}`;

/** The type of a key string (`ID` for redirects). */
export function keyType(key: string): KeyType | "ID" | "EV" {
  if (key.startsWith("ID|")) return "ID";
  if (key.startsWith("EV|")) return "EV";
  return key.split("|")[1] as KeyType;
}

// Letters NFKD does not take apart.
const LETTERS: Record<string, string> = { ø: "o", æ: "ae", œ: "oe", ß: "ss", đ: "d", ð: "d", ł: "l", ı: "i", þ: "th", ħ: "h" };

// Place names with two spellings in common use (transliterations and renamings), normalised form
// on the left, the form they are kept under on the right. Short on purpose: each pair is a fact.
const SPELLINGS: Record<string, string> = {
  kiev: "kyiv",
  kharkov: "kharkiv",
  odessa: "odesa",
  lvov: "lviv",
  nikolaev: "mykolaiv",
  peking: "beijing",
  bombay: "mumbai",
  calcutta: "kolkata",
  madras: "chennai",
  burma: "myanmar",
  "ivory coast": "cote d ivoire",
  "czech republic": "czechia",
  turkiye: "turkey",
  goteborg: "gothenburg",
  sevilla: "seville",
  munchen: "munich",
  koln: "cologne",
  lisboa: "lisbon",
  warszawa: "warsaw",
  praha: "prague",
  wien: "vienna",
  roma: "rome",
  moskva: "moscow",
};

// Company legal forms, as normalised tokens (the extractor drops some of them already).
const LEGAL_FORMS = new Set(
  "inc incorporated corp corporation co company ltd limited llc plc ag sa se nv bv gmbh spa sarl ab asa oyj kk lp llp pty".split(" "),
);
const SPLIT_LEGAL_FORMS = ["s a", "s p a", "n v", "b v", "s a s", "s e"];
const HONORIFICS = new Set("mr mrs ms miss dr sir dame prof lord lady".split(" "));
const SUFFIXES = new Set("jr sr ii iii iv".split(" "));
const SURNAME_PARTICLES = new Set("von van der den de da di du del della la le al el bin ibn ben abu dos das mac st".split(" "));
// Words too common to stand for an organisation on their own ("National" is not the National Bank).
const GENERIC_FIRST_WORDS = new Set(
  (
    "national international united european world federal central general new royal state people peoples american " +
    "african asian global first north south east west northern southern eastern western great grand union"
  ).split(" "),
);
const ACRONYM_SKIP = new Set("of the and for in on at to de la du des".split(" "));

/**
 * Transliteration variants of one name token folded to one form: "zelenskyy", "zelenskiy" →
 * "zelensky"; "iaremchuk" → "yaremchuk"; "rakhimi" → "rahimi".
 */
function foldToken(token: string): string {
  if (token.length < 4) return token;
  return token
    .replace(/(?:yy|iy|ij|ii)$/, "y")
    .replace(/ie$/, "y")
    .replace(/^i(?=[aeu])/, "y")
    .replace(/kh/g, "h");
}

// Linking normalises the same names again and again (each candidate's name for every entity it
// is a candidate of, each entity's keys for the lookup and again for the plan): the words of a
// name are kept, frozen and typed readonly, in a bounded memo
// that starts over when full.
const MEMO_LIMIT = 50_000;
function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}
const NAME_WORDS = new Map<string, readonly string[]>();
const NORMALISED_WORDS = new Map<string, readonly string[]>();

/** Lower case, no diacritics, punctuation to spaces, "&" to "and": the words of a name. */
export function nameWords(text: string): readonly string[] {
  return memo(NAME_WORDS, text, () => Object.freeze(computeNameWords(text)));
}

function computeNameWords(text: string): string[] {
  const plain = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[øæœßđðłıþħ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[’'`]s\b/g, "")
    .replace(/[’'`]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return plain ? plain.split(" ") : [];
}

/** The words a name is written with, a leading "the" aside: "Quantum Corporation" has two, "the Fed" one. */
export function writtenWords(text: string): readonly string[] {
  const words = nameWords(text);
  return words[0] === "the" && words.length > 1 ? words.slice(1) : words;
}

/** The words of a name as its kind normalises them (no "the", no legal form, no initials). */
export function normalisedWords(kind: EntityKind, text: string): readonly string[] {
  return memo(NORMALISED_WORDS, `${kind}|${text}`, () => Object.freeze(computeNormalisedWords(kind, text)));
}

function computeNormalisedWords(kind: EntityKind, text: string): string[] {
  let words: readonly string[] = nameWords(text);
  if (words[0] === "the" && words.length > 1) words = words.slice(1);
  if (kind === "ORGANIZATION") {
    for (let changed = true; changed && words.length > 1; ) {
      changed = false;
      const tail = words.join(" ");
      const split = SPLIT_LEGAL_FORMS.find((f) => tail.endsWith(` ${f}`) && words.length > f.split(" ").length);
      if (split) {
        words = words.slice(0, words.length - split.split(" ").length);
        changed = true;
      } else if (LEGAL_FORMS.has(words[words.length - 1]!)) {
        words = words.slice(0, -1);
        changed = true;
      }
    }
  }
  if (kind === "PERSON") {
    while (words.length > 1 && HONORIFICS.has(words[0]!)) words = words.slice(1);
    while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!)) words = words.slice(0, -1);
    // Middle initials: "Donald J. Trump" is Donald Trump.
    if (words.length > 2) words = words.filter((w, i) => i === 0 || i === words.length - 1 || w.length > 1);
  }
  // Own keys only: a name such as "constructor" must not find Object.prototype's members.
  const joined = words.join(" ");
  const respelt = Object.hasOwn(SPELLINGS, joined) ? SPELLINGS[joined] : undefined;
  return (respelt ? respelt.split(" ") : words).map(foldToken);
}

/** The normalised form of a name: the `N` key's form. */
export function normaliseName(kind: EntityKind, text: string): string {
  return normalisedWords(kind, text).join(" ");
}

/**
 * The consonant skeleton: first letter, then consonants without h, w, y, doubled letters once,
 * after folding spellings that sound alike ("x"/"ks", "ph"/"f", "ck"/"k", "q"/"k"):
 * "Aleksandr" and "Alexander", "Youssef" and "Yusuf" have one skeleton.
 */
export function skeleton(words: readonly string[]): string {
  return words
    .map((w) => w.replace(/x/g, "ks").replace(/ph/g, "f").replace(/ck/g, "k").replace(/q/g, "k"))
    .map((w) => (w[0] ?? "") + w.slice(1).replace(/[aeiouyhw]/g, ""))
    .map((w) => w.replace(/(.)\1+/g, "$1"))
    .join(" ");
}

/** A person's surname forms: the last word, and with its particles ("der leyen", "von der leyen"). */
export function surnames(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const out = [words[words.length - 1]!];
  for (let i = words.length - 2; i >= 1 && SURNAME_PARTICLES.has(words[i]!); i--) out.push(words.slice(i).join(" "));
  return out;
}

/** Initials of a name's significant words ("international criminal court" → "icc"), with and without "of"/"and". */
export function acronyms(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]).join("");
  const significant = words.filter((w) => !ACRONYM_SKIP.has(w)).map((w) => w[0]).join("");
  return [...new Set([significant, all])].filter((a) => a.length >= 2);
}

/** True when the surface text looks like an acronym or short form ("ICC", "NATO", "Fed"). */
export function looksLikeAcronym(text: string): boolean {
  const t = text.replace(/^the\s+/i, "").replace(/\./g, "");
  return /^\p{Lu}[\p{Lu}\d&]{1,6}s?$/u.test(t);
}

export interface KeyedName {
  kind: EntityKind;
  name: string;
  aliases: readonly string[];
}

/**
 * A name is weak when it cannot identify an entity by itself: a person named by one word
 * ("Halvorsen", "Ingrid"), an organisation named by an acronym alone ("ICC"). A weak name's
 * extraction id (person:halvorsen) is no identity: it is linked by context, never by id.
 */
export function isWeakName(kind: EntityKind, name: string): boolean {
  if (kind === "PERSON") return normalisedWords(kind, name).length < 2;
  if (kind === "ORGANIZATION") return looksLikeAcronym(name);
  return false;
}

/**
 * An alias strong enough to name the entity by itself (so it gets an N key): a person's full
 * name, an organisation's name of two words or more, any place name. A lone word an article used
 * for a person or a company ("Halvorsen", "Granite" for Granite Bank) is a short form another
 * entity may share: it finds the entity through its L, F, W or A key, and context decides.
 */
function strongAlias(kind: EntityKind, alias: string): boolean {
  const words = normalisedWords(kind, alias);
  if (words.length === 0) return false;
  if (kind === "PERSON") return words.length >= 2;
  if (kind === "ORGANIZATION") return writtenWords(alias).length >= 2 && !looksLikeAcronym(alias);
  return true;
}

/** Prefixes of an organisation's first word that a short form may be ("fed" … "federa"). */
function prefixes(word: string): string[] {
  const out: string[] = [];
  for (let n = 3; n < Math.min(word.length, 9); n++) out.push(word.slice(0, n));
  return out;
}

/**
 * The keys an entity answers to, from its name, its aliases and the extraction ids linked to it
 * (redirects). The same function gives the keys written at ingest and the keys recomputed after a
 * delete, a merge or a split, so the stored keys are always a function of what the entity holds.
 */
export function entityKeys(e: KeyedName, linkedIds: readonly string[] = [], ownId?: string): string[] {
  const keys = new Set<string>();
  const { kind } = e;
  const nameWordsOf = normalisedWords(kind, e.name);
  const forms = [e.name, ...e.aliases.filter((a) => strongAlias(kind, a))];
  for (const form of forms) {
    const words = normalisedWords(kind, form);
    if (words.length === 0) continue;
    keys.add(nameKey(kind, "N", words.join(" ")));
    if (kind === "PERSON" && words.length > 2) keys.add(nameKey(kind, "N", `${words[0]} ${words[words.length - 1]}`));
    const skel = skeleton(words);
    if (skel.replace(/ /g, "").length >= 4) keys.add(nameKey(kind, "T", skel));
    if (kind === "PERSON" && words.length >= 2) {
      for (const s of surnames(words)) keys.add(nameKey(kind, "L", s));
      keys.add(nameKey(kind, "F", words[0]!));
    }
    if (kind !== "PERSON") for (const a of acronyms(words)) keys.add(nameKey(kind, "A", a));
    if (kind === "ORGANIZATION" && words.length >= 2) {
      if (!GENERIC_FIRST_WORDS.has(words[0]!) && words[0]!.length >= 3) keys.add(nameKey(kind, "W", words[0]!));
      for (const p of prefixes(words[0]!)) keys.add(nameKey(kind, "P", p));
    }
  }
  // Acronyms the articles used for it ("ICC" defined in brackets) find it as acronyms.
  if (kind !== "PERSON") for (const a of e.aliases) if (looksLikeAcronym(a) && nameWordsOf.length >= 2) keys.add(nameKey(kind, "A", normaliseName(kind, a)));
  for (const id of linkedIds) if (id !== ownId) keys.add(idKey(id));
  return [...keys].sort();
}

/**
 * How a looked-up key relates the extracted name to the entity found under it, strongest first:
 * the same name; the same skeleton; the lone word is the entity's surname, first name, acronym,
 * first word or a prefix of it; or the other way round, the entity was named by a lone word that
 * is this name's surname, first name, acronym or first word ("upgrade": a fuller name arrives).
 */
export type KeyRelation =
  | "name"
  | "skeleton"
  | "surname"
  | "firstName"
  | "acronym"
  | "firstWord"
  | "prefix"
  | "upgradeSurname"
  | "upgradeFirstName"
  | "upgradeAcronym"
  | "upgradeFirstWord"
  | "sharedFirstWord"
  | "initialled";

const RELATION_RANK: Record<KeyRelation, number> = {
  name: 0, skeleton: 1, surname: 2, acronym: 3, upgradeSurname: 4, upgradeAcronym: 5, firstWord: 6, upgradeFirstWord: 7, sharedFirstWord: 8, initialled: 8,
  firstName: 9, upgradeFirstName: 10, prefix: 11,
};

/**
 * The keys to look an extracted entity up by, each with how it relates the two names: its own
 * forms (N, T), and the forms an existing entity may know it by — a lone word as a surname, first
 * name, acronym, first word or prefix of a longer name; a long name as the surname, acronym or
 * first word an earlier article used alone.
 */
export function lookupKeys(e: KeyedName): Map<string, KeyRelation> {
  const keys = new Map<string, KeyRelation>();
  const add = (key: string, relation: KeyRelation) => {
    const had = keys.get(key);
    if (had === undefined || RELATION_RANK[relation] < RELATION_RANK[had]) keys.set(key, relation);
  };
  const { kind } = e;
  for (const form of [e.name, ...e.aliases]) {
    const words = normalisedWords(kind, form);
    if (words.length === 0) continue;
    const joined = words.join(" ");
    add(nameKey(kind, "N", joined), "name");
    if (kind === "PERSON" && words.length > 2) add(nameKey(kind, "N", `${words[0]} ${words[words.length - 1]}`), "name");
    const skel = skeleton(words);
    if (skel.replace(/ /g, "").length >= 4) add(nameKey(kind, "T", skel), "skeleton");
    // A lone word as written ("Granite Corporation" is two words, though its legal form goes).
    const lone = writtenWords(form).length === 1;
    if (lone && words.length === 1) {
      if (kind === "PERSON") {
        add(nameKey(kind, "L", joined), "surname");
        add(nameKey(kind, "F", joined), "firstName");
      } else {
        add(nameKey(kind, "A", joined), "acronym");
        if (kind === "ORGANIZATION") {
          add(nameKey(kind, "W", joined), "firstWord");
          if (joined.length >= 3) add(nameKey(kind, "P", joined), "prefix");
        }
      }
    } else if (lone || words.length < 2) {
      // A company's name with its legal form: no short-form lookups for "Granite" alone.
    } else if (kind === "PERSON") {
      for (const s of surnames(words)) add(nameKey(kind, "N", s), "upgradeSurname");
      add(nameKey(kind, "N", words[0]!), "upgradeFirstName");
      const last = words[words.length - 1]!;
      // "E. Dahl" and "Erik Dahl": the initial form finds the full one by surname, the full one
      // finds the initial form by its N key (the linker checks the initial fits).
      if (words[0]!.length === 1) add(nameKey(kind, "L", last), "initialled");
      else add(nameKey(kind, "N", `${words[0]![0]} ${last}`), "initialled");
    } else {
      for (const a of acronyms(words)) add(nameKey(kind, "N", a), "upgradeAcronym");
      if (kind === "ORGANIZATION" && !GENERIC_FIRST_WORDS.has(words[0]!)) {
        add(nameKey(kind, "N", words[0]!), "upgradeFirstWord");
        // "Nordvik Pharma" for Nordvik Pharmaceuticals (the linker checks the words abbreviate).
        if (words[0]!.length >= 3) add(nameKey(kind, "W", words[0]!), "sharedFirstWord");
      }
    }
  }
  return new Map([...keys].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** True when one organisation name abbreviates the other word by word ("nordvik pharma", "nordvik pharmaceuticals"). */
export function abbreviates(a: string, b: string): boolean {
  const x = normalisedWords("ORGANIZATION", a);
  const y = normalisedWords("ORGANIZATION", b);
  if (x.length !== y.length || x.length < 2) return false;
  return x.every((w, i) => w.length >= 3 && (y[i]!.startsWith(w) || w.startsWith(y[i]!)));
}
