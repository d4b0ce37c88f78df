// compromise's word lexicon, used as data rather than as a parser: looking a word up is a hash
// probe, while running compromise over text costs far more (see BENCHMARKS.md). It tells us
// whether a capitalised word is a known first name, surname, city, organisation — or an
// ordinary English word that is only capitalised because it opens a sentence.
import { readFileSync } from "node:fs";
import nlp from "compromise";

type Tag = string;
const raw = (nlp as unknown as { model(): { one: { lexicon: Record<string, Tag | Tag[]> } } }).model().one.lexicon;

function tagsOf(word: string): Tag[] {
  const t = raw[word];
  if (t === undefined) return [];
  return Array.isArray(t) ? t : [t];
}

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName"]);
const COMMON_TAGS = new Set([
  "Gerund", "Adjective", "PastTense", "Plural", "PresentTense", "Infinitive", "Singular", "Comparative",
  "Superlative", "Uncountable", "Adverb", "Preposition", "Conjunction", "Determiner", "Pronoun", "Modal",
  "Noun", "Participle", "Expression", "QuestionWord", "Reflexive", "Copula", "Negative", "Actor",
  "Cardinal", "Ordinal", "TextValue", "Unit", "Duration", "Auxiliary",
]);

/** A given name: compromise's, or one of data/first-names.txt (Moby's English names, Phoenix's names of world politics). */
export function isFirstName(lower: string): boolean {
  if (tagsOf(lower).some((t) => NAME_TAGS.has(t))) return true;
  firstNames ??= new Set(readFileSync(new URL("./data/first-names.txt", import.meta.url), "utf8").split("\n"));
  return firstNames.has(lower);
}
let firstNames: Set<string> | null = null;
/** A given name that is also an ordinary word ("frank", "mark", "rose"): data/first-names-ambiguous.txt. */
export function isAmbiguousFirstName(lower: string): boolean {
  ambiguousFirstNames ??= new Set(readFileSync(new URL("./data/first-names-ambiguous.txt", import.meta.url), "utf8").split("\n").filter(Boolean));
  return ambiguousFirstNames.has(lower);
}
let ambiguousFirstNames: Set<string> | null = null;
export function isLastName(lower: string): boolean {
  return tagsOf(lower).includes("LastName");
}
/** An ordinary English word ("the", "nor", "documented"), by compromise's lexicon. */
export function isCommonWord(lower: string): boolean {
  return tagsOf(lower).some((t) => COMMON_TAGS.has(t));
}
// The lexicon leaves out "march" and "may" (tagged as verbs), so months and weekdays are listed.
const CALENDAR_WORDS = new Set(
  "january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday"
    .split(" "),
);
export function isWeekdayOrMonth(lower: string): boolean {
  return CALENDAR_WORDS.has(lower) || tagsOf(lower).some((t) => t === "WeekDay" || t === "Month" || t === "Date");
}

/** Lexicon entries that name things: multi-word keys included ("al jazeera"). */
export function lexiconNamedEntries(): Array<{ phrase: string; kind: "ORGANIZATION" | "PLACE" }> {
  const out: Array<{ phrase: string; kind: "ORGANIZATION" | "PLACE" }> = [];
  for (const [word, t] of Object.entries(raw)) {
    const tags = Array.isArray(t) ? t : [t];
    if (tags.includes("Organization")) out.push({ phrase: word, kind: "ORGANIZATION" });
    else if (tags.includes("City") || tags.includes("Region") || tags.includes("Country")) out.push({ phrase: word, kind: "PLACE" });
  }
  return out;
}

/** A first name's usual gender by compromise's lexicon, when it has one. */
export function firstNameGender(lower: string): "male" | "female" | undefined {
  const tags = tagsOf(lower);
  const male = tags.includes("MaleName");
  const female = tags.includes("FemaleName");
  return male === female ? undefined : male ? "male" : "female";
}

// SCOWL's everyday English vocabulary (data/english-words.txt, `npm run data:words`), read once at
// first use. compromise's lexicon holds only the words its tagger needs; most ordinary nouns
// ("beauty", "insider", "stockbrokers") are not in it.
let dictionary: Set<string> | null = null;
/** An ordinary English word of the dictionary, lower case ("beauty", "young", "rice"; not "pixar"). */
export function isDictionaryWord(lower: string): boolean {
  dictionary ??= new Set(readFileSync(new URL("./data/english-words.txt", import.meta.url), "utf8").split("\n"));
  return dictionary.has(lower);
}

let surnames: Set<string> | null = null;
/**
 * A surname, even one that is an ordinary word: compromise's surnames, and the last words of the
 * Phoenix persons' names that are dictionary words (data/surnames.txt: "rice", "bush", "young").
 */
export function isKnownSurname(lower: string): boolean {
  if (isLastName(lower)) return true;
  surnames ??= new Set(readFileSync(new URL("./data/surnames.txt", import.meta.url), "utf8").split("\n"));
  return surnames.has(lower);
}
