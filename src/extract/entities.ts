// Mention detection: find every span that names a person, organisation or place, sentence by
// sentence, without deciding yet which entity it is (that is resolve.ts). The design is
// capitalisation-driven: a run of capitalised tokens is segmented into gazetteer names, titles
// and unknown name chunks; unknown chunks are typed by their shape (first name, org suffix,
// place suffix, a preceding title). Lower-case descriptive references ("the U.S. president",
// "the first lady") are collected too, so resolve.ts can point them at a person. Also marked here:
// past titles ("former", "ex-"), bracketed short forms ("the Federal Reserve (Fed)") and unknown
// words listed with a company ("Microsoft and Apple"). Every lookup is by token index, so a
// sentence of any length costs time in proportion to its length.
import type { EntityKind } from "./document.ts";
import { type GazetteerEntry, lookupExact, matchGazetteer } from "./gazetteer.ts";
import { isCommonWord, isDictionaryWord, isFirstName, isKnownSurname, isLastName, isWeekdayOrMonth } from "./lexicon.ts";
import type { Sentence } from "./sentences.ts";
import {
  DESCRIPTIVE_TITLES,
  FAMILY_WORDS,
  matchTitle,
  ORG_HEADS,
  ORG_NOUNS_AFTER,
  ORG_NOUNS_BEFORE,
  ORG_SUFFIXES,
  PLACE_SUFFIXES,
  SPOUSE_WORDS,
  type TitleSort,
} from "./titles.ts";
import { type Token, tokenize } from "./tokens.ts";

export interface TitleInfo {
  title: string;
  sort: TitleSort;
  /** The country/organisation mention that qualifies the title ("Russian" in "Russian President"). */
  of?: RawMention;
  /** "former President", "ex-Prime Minister", "then-Secretary": a role no longer held. */
  former?: boolean;
  /**
   * The owner named by reference rather than by name: "its"/"their" (the organisation the
   * previous sentence is about) or a definite noun ("the bloc's", "the company's"); resolve.ts
   * points it at an entity named earlier.
   */
  ofRef?: string;
}

export interface RawMention {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Token index range [first, last] within the sentence. */
  firstToken: number;
  lastToken: number;
  /** null: a lone capitalised word whose kind only resolution can decide ("Bondi", "Trump"). */
  kind: EntityKind | null;
  gazetteer?: GazetteerEntry;
  title?: TitleInfo;
  /** Further roles in one apposition: "the secretary general of NATO and a former Dutch prime minister". */
  moreTitles?: TitleInfo[];
  /** For descriptive references: the title they use, and its qualifier. */
  descriptive?: TitleInfo;
  /** Kin cue right before this person mention ("her husband", "his daughter"). */
  kin?: { word: string; spouse: boolean };
  /** Lower-cased word right before the mention ("in" for "in Temuco"). */
  prevWord?: string;
  /** The mention is a demonym or part of an organisation name's qualifier; kept as a mention. */
  demonym?: boolean;
  /** A sentence-opening ordinary word ("Young said"): kept only if it is the surname of someone named in full. */
  weak?: boolean;
  /** "Jane Doe of Acme Corp" with no title: the organisation she is with (MEMBER_OF). */
  affiliation?: RawMention;
  /** Sub-mentions of a compound org name ("Russian" in "Russian Defence Ministry") for PART_OF. */
  partOf?: RawMention;
  /** The place an organisation's name ends with ("Vietnam" in "Diplomatic Academy of Vietnam") for LOCATED_IN. */
  placeOf?: RawMention;
  /** "Microsoft and Apple": a name joined by "and"/"or"/a comma to this one (typing a lone unknown word). */
  coordinated?: RawMention;
  /** “Mary Poppins”: a name filling a quotation, the title of a work; it names no entity. */
  work?: boolean;
  /** "the World Health Organization (WHO)": this mention is the bracketed short form of that one. */
  abbreviates?: RawMention;
  possessive: boolean;
}

export interface SentenceTokens {
  sentence: Sentence;
  tokens: Token[];
}

const PLACE_NOUNS = new Set([
  "city", "town", "village", "region", "province", "state", "port", "district", "capital", "island", "county", "resort", "suburb",
  "neighbourhood", "neighborhood", "enclave", "municipality", "prefecture", "governorate", "settlement", "camp",
]);
const CONNECTORS = new Set(["of", "for", "de", "del", "da", "di", "du", "van", "von", "der", "bin", "al", "la", "le", "y", "and"]);
// Particles inside surnames ("Van der Berg", "de la Cruz"): the capitalised word before them is a name, not a sentence opener.
const NAME_PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "la", "le", "bin", "ibn"]);
const COMPASS = new Set(["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower"]);
const ARTICLES = new Set(["the", "a", "an"]);
// First words of place names that would otherwise read as a first name: "Santa Clara", "San Jose", "Fort Worth".
const PLACE_PREFIXES = new Set(["San", "Santa", "Santo", "São", "Sao", "Los", "Las", "Fort", "Port", "Mount", "Lake", "Cape", "Puerto", "Porto", "Sankt"]);
const CREDIT_WORDS = new Set(["Photo", "Photos", "Photograph", "Image", "Images", "Pictures", "Video", "File"]);
const BYLINE = /^(?:by|photo|photos|photograph|photographs|credit|reporting by|written by|edited by|editing by|additional reporting by)\b[\s:]|^\(?[\p{L} ]{0,24}\b(?:photo|photograph|image|credit)\s*[:/]/iu;
// Words that make a title a past one: "former President", "the late Queen", "onetime adviser".
const FORMER_WORDS = new Set(["former", "ex", "onetime", "one-time", "erstwhile", "late", "then"]);
/** "ex-Prime", "Ex-President", "then-Secretary": the prefix marks a past title; the rest is the title word. */
const PAST_PREFIX = /^(?:ex|then|former)-(?=\p{L})/iu;
const PRONOUN_STARTERS = new Set(["he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my"]);

function normText(t: Token): string {
  // (The replacements only when there is something to replace: this runs on every token.)
  let x = t.text.includes("’") ? t.text.replace(/’/g, "'") : t.text;
  if (x.includes("-")) x = x.replace(PAST_PREFIX, "");
  // Datelines and shouted headlines ("OSLO (Reuters)"): compare all-caps words in title case,
  // except those the gazetteer knows in capitals (NATO, UNICEF).
  if (x.length >= 4 && /^\p{Lu}+$/u.test(x) && !matchGazetteer([x], 0)) return x[0] + x.slice(1).toLowerCase();
  return x;
}
/** Up to six words from k (no further than `to`), lowercased without dots, for title matching. */
function lowerWindow(texts: readonly string[], k: number, to: number): string[] {
  return texts.slice(k, Math.min(to + 1, k + 6)).map(lowerWithoutDots);
}
function lowerWithoutDots(x: string): string {
  const l = x.toLowerCase();
  return l.includes(".") ? l.replace(/\./g, "") : l;
}
function bare(t: Token): string {
  return t.lower.includes(".") ? t.lower.replace(/\./g, "") : t.lower;
}

/** Is this sentence a title-case headline ("Putin Rejects Ceasefire Offer")? Then only known names count. */
function isTitleCase(s: SentenceTokens): boolean {
  if (!s.sentence.isHeading) return false;
  // Bylines and credit lines are capitalised because they are names: "By Maria Lopez and John Smith".
  if (BYLINE.test(s.sentence.text)) return false;
  const words = s.tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  if (words.length < 3) return false;
  return words.filter((t) => t.cap).length / words.length > 0.7;
}

export function tokenizeSentences(_text: string, sentences: Sentence[]): SentenceTokens[] {
  return sentences.map((sentence) => ({ sentence, tokens: tokenize(sentence.text, sentence.start) }));
}

/** A run continues across whitespace, and across "Gen. " after an abbreviation. */
/** "Lindqvist & Moreau", "Rothschild & Co": an ampersand between capitalised words makes one firm's name. */
function ampersand(t: Token): boolean {
  return /^\s+&\s+$/.test(t.gap);
}

/** "Code Media and Tufts University": both sides of the "and" end in an organisation's head word, so each is a name. */
function twoNamesJoined(toks: Token[], i: number, j: number, k: number): boolean {
  let start = i;
  while (start < j && ARTICLES.has(toks[start]!.lower)) start++;
  if (j - start < 1 || !ORG_SUFFIXES.has(toks[j]!.lower)) return false;
  let x = k;
  while (x + 1 < toks.length && !toks[x]!.possessive && toks[x + 1]!.cap && toks[x + 1]!.joinedToPrev) x++;
  return x > k && ORG_SUFFIXES.has(toks[x]!.lower);
}

// "Orange and Riverside counties": capitalised words before a plural place noun are a list of places.
const PLACE_PLURALS = new Set(["counties", "cities", "states", "provinces", "regions", "districts", "islands", "rivers", "streets", "towns", "villages", "countries", "parishes", "boroughs"]);
function listOfPlaces(toks: Token[], k: number): boolean {
  let x = k;
  while (x + 1 < toks.length && toks[x + 1]!.cap && toks[x + 1]!.joinedToPrev) x++;
  const after = toks[x + 1];
  return after?.joinedToPrev === true && PLACE_PLURALS.has(after.lower);
}

const CHANNEL_WORDS = new Set(["radio", "channel", "tv", "news"]);

/**
 * "6th Avenue" (an ordinal and a street's head word) is a place; "19 Entertainment" (a number and
 * an organisation's head word, ending the capitalised run) a company.
 */
function numberLedName(s: SentenceTokens, i: number): EntityKind | null {
  const toks = s.tokens;
  const n = toks[i]!;
  const w = toks[i + 1];
  if (!w?.cap || !w.joinedToPrev || /^\d/.test(w.text)) return null;
  if (toks[i + 2]?.cap && toks[i + 2]!.joinedToPrev) return null;
  if (/^\d+(?:st|nd|rd|th)$/i.test(n.text) && PLACE_SUFFIXES.has(w.lower)) return "PLACE";
  if (/^\d{1,4}$/.test(n.text) && ORG_SUFFIXES.has(w.lower)) return "ORGANIZATION";
  return null;
}

/** Tokens j ("Health") and k ("Human"), either side of "and", are capitalised ordinary words, neither a name of its own. */
function ordinaryWordsJoined(toks: Token[], texts: string[], j: number, k: number): boolean {
  const plain = (x: number) => {
    const t = toks[x]!;
    return /^\p{Lu}\p{Ll}+$/u.test(t.text) && isDictionaryWord(t.lower) && !isFirstName(t.lower) && !matchTitle([t.lower], 0);
  };
  // "Orange County and Riverside County": a place's head word closes a name of its own.
  if (PLACE_SUFFIXES.has(toks[j]!.lower)) return false;
  return plain(j) && plain(k) && !matchGazetteer(texts, k) && !matchGazetteer(texts, j);
}

/**
 * "People's Liberation Army": token j, possessive, is a capitalised ordinary word that no gazetteer
 * knows, and the capitalised words right after it end in an organisation's head word.
 */
function possessiveInName(toks: Token[], texts: string[], j: number): boolean {
  const t = toks[j]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isDictionaryWord(t.lower) || matchGazetteer(texts, j)) return false;
  for (let x = j + 1; x < toks.length && x <= j + 4; x++) {
    const n = toks[x]!;
    const glued = x === j + 1 ? /^(?:['’]s?)?[ \t]+$/.test(n.gap) : n.joinedToPrev;
    if (!n.cap || !glued) return false;
    if (ORG_SUFFIXES.has(n.lower)) return true;
    if (n.possessive) return false;
  }
  return false;
}

function joined(prev: Token, next: Token): boolean {
  if (prev.possessive) return false;
  if (next.joinedToPrev) return true;
  if (ampersand(next)) return next.cap && prev.cap;
  return prev.dotted && /^\.\s+$/.test(next.gap) && (matchTitle([bare(prev)], 0) !== null || prev.text.length === 1);
}

function mention(
  s: SentenceTokens,
  first: number,
  last: number,
  kind: EntityKind | null,
  text: string,
  extra: Partial<RawMention> = {},
): RawMention {
  const a = s.tokens[first]!;
  const b = s.tokens[last]!;
  return {
    start: a.start,
    end: b.end,
    text: text.slice(a.start, b.end),
    sentence: s.sentence.index,
    firstToken: first,
    lastToken: last,
    kind,
    possessive: b.possessive,
    ...(first > 0 ? { prevWord: s.tokens[first - 1]!.lower } : {}),
    ...extra,
  };
}

/** Lower-case titles right before a name ("spokesman Dmitry Peskov", "Russian foreign minister …"). */
function titleBefore(s: SentenceTokens, runStart: number, found: RawMention[]): TitleInfo | undefined {
  const lowers: string[] = [];
  let k = runStart - 1;
  while (k >= 0 && runStart - k <= 4 && !s.tokens[k]!.cap && s.tokens[k + 1]!.joinedToPrev) {
    lowers.unshift(bare(s.tokens[k]!).replace(PAST_PREFIX, ""));
    k--;
  }
  for (let from = 0; from < lowers.length; from++) {
    const m = matchTitle(lowers, from);
    if (m && from + m.length === lowers.length) {
      const titleStart = runStart - lowers.length + from;
      const qualifierEnd = titleStart - 1;
      // The qualifier ends just before the run, so it is among the last few found.
      const of = found.slice(-8).find((x) => x.lastToken === qualifierEnd && x.kind !== "PERSON" && x.sentence === s.sentence.index);
      const former = pastTitle(s.tokens, titleStart, of);
      // "Union president Sean Gallagher": the capitalised noun stands for the union named before.
      const noun = (!of || (of.kind === null && of.firstToken === qualifierEnd)) && qualifierEnd >= 0 && s.tokens[qualifierEnd]!.cap ? s.tokens[qualifierEnd]!.lower : "";
      if (OWNER_NOUNS.has(noun) && noun !== "country") return { title: m.title, sort: m.sort, ofRef: noun, ...(former ? { former } : {}) };
      return { title: m.title, sort: m.sort, ...(of ? { of } : {}), ...(former ? { former } : {}) };
    }
  }
  return undefined;
}

/**
 * Is the title starting at token `at` a past one? "ex-Prime Minister", or "former" before it or
 * before its qualifier: "former German Chancellor Angela Merkel".
 */
function pastTitle(toks: Token[], at: number, qualifier?: RawMention): boolean {
  if (PAST_PREFIX.test(toks[at]?.text ?? "")) return true;
  let j = at - 1;
  if (qualifier && qualifier.lastToken === j) j = qualifier.firstToken - 1;
  if (j >= 0 && PAST_PREFIX.test(toks[j]!.text)) return true; // "ex-Soviet leader"
  return j >= 0 && FORMER_WORDS.has(toks[j]!.lower);
}

function kinBefore(s: SentenceTokens, runStart: number): RawMention["kin"] {
  // "her husband US President Donald Trump": skip capitalised title/qualifier tokens back to the kin word.
  for (let k = runStart - 1; k >= 0 && runStart - k <= 4; k--) {
    const t = s.tokens[k]!;
    if (!t.cap) {
      if (SPOUSE_WORDS.has(t.lower)) return { word: t.lower, spouse: true };
      if (FAMILY_WORDS.has(t.lower)) return { word: t.lower, spouse: false };
      if (!matchTitle([bare(t)], 0)) return undefined;
    }
  }
  return undefined;
}

/** Classify an unknown capitalised chunk by its shape and the words around it. */
function classifyChunk(chunk: Token[], hasTitle: boolean, before: Token | undefined, after: Token | undefined, beforeBefore?: Token): EntityKind | null {
  const first = chunk[0]!;
  const last = chunk[chunk.length - 1]!;
  // "Beauty company Coty": an ordinary word opening a sentence before an organisation noun is that noun's modifier.
  const openerWord = chunk.length === 1 && (!before || /[.!?:"“‘(—–-]\s*$/.test(first.gap) || first.gap === "") && isDictionaryWord(first.lower);
  const orgContext =
    (before && !before.cap && (ORG_NOUNS_BEFORE.has(before.lower) || (before.lower === "rival" && beforeBefore?.lower === "its")) && first.joinedToPrev) ||
    (after && !after.cap && ORG_NOUNS_AFTER.has(after.lower) && after.joinedToPrev && !last.possessive && !openerWord);
  if (orgContext && !hasTitle) return "ORGANIZATION";
  // "Shares of Tui fell", "a stake in Tui": only a company has shares.
  if (!hasTitle && (before?.lower === "of" || before?.lower === "in") && /^(shares|stake|stock)$/.test(beforeBefore?.lower ?? "")) return "ORGANIZATION";
  // "the city of El Fasher", "the town of Kupiansk".
  if (before?.lower === "of" && beforeBefore && PLACE_NOUNS.has(beforeBefore.lower) && !hasTitle) return "PLACE";
  if (hasTitle) return "PERSON";
  if (chunk.length >= 2 && ORG_SUFFIXES.has(last.lower.replace(/\./g, ""))) return "ORGANIZATION";
  // "Customs and Border Protection": capitalised ordinary words joined by "and" name a body when
  // they end in a body's head word; otherwise ("Do the Right Thing and Jungle Fever") they may be titles.
  // "People's Liberation Army".
  if (chunk.length >= 3 && chunk[0]!.possessive) return "ORGANIZATION";
  if (chunk.length >= 3 && ORG_HEADS.has(first.lower) && chunk.some((t) => t.lower === "of")) return "ORGANIZATION";
  if (chunk.length >= 2 && PLACE_SUFFIXES.has(last.lower)) return "PLACE";
  if (chunk.length >= 2 && PLACE_PREFIXES.has(first.text)) return "PLACE";
  // “Mary Poppins”, "Jungle Fever": a name that fills a pair of quotation marks is the title of a work.
  if (quoted(chunk, after)) return null;
  // "The Joe Louis Story": a person's name does not end in an ordinary word after two names.
  const wordEnd = chunk.length >= 3 && isDictionaryWord(last.lower) && !isKnownSurname(last.lower) && /^\p{Lu}\p{Ll}+$/u.test(last.text);
  if (chunk.length >= 2 && chunk.length <= 4 && isFirstName(first.lower) && !wordEnd) return "PERSON";
  if (chunk.length >= 2 && chunk.length <= 3 && isLastName(last.lower) && !isCommonWord(first.lower)) return "PERSON";
  if (chunk.length === 1) return null;
  // Two or three unknown capitalised words, none an ordinary word, not followed by "which": a
  // name. Surnames are rarely dictionary words, while the last word of a company's or a place's
  // name usually is ("Ulta Beauty", "Goodbody Stockbrokers", "Business Insider"): such a phrase
  // needs evidence of its kind from its contexts (name-kinds.ts), not the default.
  if (
    chunk.length <= 3 &&
    // Inner capitals are name shapes too: "LeBron", "McDonald", "DeSantis".
    chunk.every((t) => !isCommonWord(t.lower) && /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text)) &&
    !(isDictionaryWord(last.lower) && !isKnownSurname(last.lower)) &&
    !(after && after.lower === "which")
  ) {
    return "PERSON";
  }
  return null;
}

/** The chunk is the whole of a quotation: an opening mark right before it, a closing one right after. */
function quoted(chunk: Token[], after: Token | undefined): boolean {
  if (!/[“"‘]\s*$/.test(chunk[0]!.gap) || /\p{L}/u.test(chunk[0]!.gap)) return false;
  return after ? /^[”"’]/.test(after.gap.trimStart()) || /^[”"’]/.test(after.gap) : false;
}

export function detectMentions(text: string, sentences: SentenceTokens[]): RawMention[] {
  const out: RawMention[] = [];
  for (const s of sentences) detectInSentence(text, s, out);
  return out;
}

function detectInSentence(text: string, s: SentenceTokens, out: RawMention[]): void {
  const toks = s.tokens;
  const texts = toks.map(normText);
  const titleCase = isTitleCase(s);
  const found: RawMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (/^\d/.test(t.text) && !titleCase) {
      const led = numberLedName(s, i);
      if (led) {
        found.push(mention(s, i, i + 1, led, text));
        i += 2;
        continue;
      }
    }
    if (!t.cap || /^\d/.test(t.text)) {
      i++;
      continue;
    }
    // Grow the capitalised run.
    let j = i;
    while (j + 1 < toks.length) {
      const nx = toks[j + 1]!;
      // "People's Liberation Army", "Actors' Equity Association": a possessive ordinary word opening
      // an organisation's name.
      // ("U.S. Attorney's Office": a state's name may come first.)
      const opening = j === i || (j === i + 1 && (ARTICLES.has(toks[i]!.lower) || matchGazetteer(texts, i)?.entry.sort === "country"));
      if (opening && toks[j]!.possessive && possessiveInName(toks, texts, j)) {
        j++;
        continue;
      }
      if (!joined(toks[j]!, nx)) break;
      if (nx.cap && !/^\d/.test(nx.text)) {
        j++;
        continue;
      }
      // "BBC Radio 4", "Channel 4": a broadcaster's channel is numbered.
      if (/^\d{1,3}$/.test(nx.text) && CHANNEL_WORDS.has(toks[j]!.lower)) {
        j++;
        continue;
      }
      // "Refugees in Towns Project", "Center on Budget Priorities": a small preposition inside a
      // name that ends, two or three capitalised words on, in a word for an organisation.
      if ((nx.text === "in" || nx.text === "on") && toks[j]!.cap) {
        let e = j + 2;
        while (e < toks.length && e < j + 5 && toks[e]!.cap && joined(toks[e - 1]!, toks[e]!) && !ORG_SUFFIXES.has(toks[e]!.lower)) e++;
        if (e < toks.length && e > j + 2 && toks[e]!.cap && ORG_SUFFIXES.has(toks[e]!.lower) && joined(toks[e - 1]!, toks[e]!) && !toks[e + 1]?.cap) {
          j = e;
          continue;
        }
      }
      // Lower-case connectors inside names: "Bank of England", "Ursula von der Leyen".
      let k = j + 1;
      while (k < toks.length && CONNECTORS.has(toks[k]!.text) && k - j <= 2 && joined(toks[k - 1]!, toks[k]!)) k++;
      if (k > j + 1 && k < toks.length && toks[k]!.cap && joined(toks[k - 1]!, toks[k]!)) {
        // "and" joins inside a known name ("Securities and Exchange Commission"), and between two
        // capitalised ordinary words ("Health and Human Services", "Department of Trade and
        // Industry"), never before a name of its own ("… Security and Alex Azar", "Microsoft and Apple").
        if (toks[j + 1]!.text === "and") {
          const g = matchGazetteer(texts, i);
          const known = g && i + g.length - 1 >= k;
          if (!known && (!ordinaryWordsJoined(toks, texts, j, k) || listOfPlaces(toks, k) || twoNamesJoined(toks, i, j, k))) break;
        }
        j = k;
        continue;
      }

      break;
    }
    // "(AP Photo/Lena Brandt)": the credit word after an agency is no part of its name.
    let last = j;
    while (last > i && CREDIT_WORDS.has(toks[last]!.text) && (toks[last + 1]?.text === "/" || /^\s*\//.test(toks[last + 1]?.gap ?? ""))) last--;
    segmentRun(text, s, texts, i, last, titleCase, found);
    i = j + 1;
  }
  if (!titleCase) {
    detectDescriptive(text, s, found);
    detectAppositiveRoles(s, found);
  }
  markAbbreviations(text, s, found);
  markCoordination(s, found);
  out.push(...found);
}

function segmentRun(
  text: string,
  s: SentenceTokens,
  texts: string[],
  from: number,
  to: number,
  titleCase: boolean,
  found: RawMention[],
): void {
  const toks = s.tokens;
  let k = from;
  const sentenceInitial = (idx: number) => idx === 0 || /[“‘"'(:—–-]\s*$/.test(toks[idx]!.gap) || /[.!?]\s*$/.test(toks[idx]!.gap);
  // Leading article and sentence-opening ordinary words ("The", "Nor", "So far") are not names.
  while (k <= to) {
    const tk = toks[k]!;
    if (ARTICLES.has(tk.lower) || PRONOUN_STARTERS.has(tk.lower)) {
      k++;
      continue;
    }
    const titleHere = matchTitle(texts.slice(k, Math.min(to + 1, k + 4)).map(lowerWithoutDots), 0);
    const particleNext = k < to && NAME_PARTICLES.has(toks[k + 1]!.text);
    if (sentenceInitial(k) && k === from && !matchGazetteer(texts, k) && isCommonWord(tk.lower) && !isFirstName(tk.lower) && !titleHere && !particleNext) {
      // "Young said …": an ordinary word opening a sentence may still be the surname of someone
      // named in full elsewhere; resolution keeps it only then.
      if (k === to && /^\p{Lu}\p{Ll}+$/u.test(tk.text) && !titleCase) found.push(mention(s, k, k, null, text, { weak: true }));
      k++;
      continue;
    }
    break;
  }
  while (k <= to && !toks[k]!.cap) k++; // a connector left at the front after stripping ("Shares of …")
  if (k > to) return;

  // Whole remainder an organisation? "Russian Defence Ministry", "Bank of England", "Supreme Court of Canada".
  const whole = matchGazetteer(texts, k);
  const lastBare = toks[to]!.lower.replace(/\./g, "");
  const hasOf = texts.slice(k, to + 1).includes("of");
  let orgBeforeTitle: RawMention | undefined;
  if (to > k && !titleCase && toks.slice(k + 1, to + 1).some(ampersand) && !matchTitle([bare(toks[k]!)], 0)) {
    found.push(mention(s, k, to, "ORGANIZATION", text));
    return;
  }
  if ((!whole || whole.length < to - k + 1) && to > k) {
    // Searched within the run only: the rest of a long sentence is not this name's business.
    const within = (w: string) => {
      for (let x = k; x <= to; x++) if (texts[x] === w) return x;
      return -1;
    };
    let ofAt = within("of");
    const forAt = within("for");
    if (forAt > k && forAt < to && (ofAt < 0 || ofAt > to) && (ORG_HEADS.has(toks[forAt - 1]!.lower) || ORG_SUFFIXES.has(toks[forAt - 1]!.lower))) ofAt = forAt;
    const headIsOrg = (hasOf || ofAt > k) && ofAt > k && ofAt < to && (ORG_HEADS.has(toks[ofAt - 1]!.lower) || ORG_SUFFIXES.has(toks[ofAt - 1]!.lower));
    const firstTitle = matchTitle(lowerWindow(texts, k, to), 0);
    // "Jane Smith of Orion Holdings" is a person with her organisation, not one long name.
    const personOf = hasOf && !headIsOrg && ofAt > k && classifyChunk(toks.slice(k, ofAt), false, toks[k - 1], toks[ofAt], toks[k - 2]) === "PERSON";
    if ((ORG_SUFFIXES.has(lastBare) || headIsOrg) && !personOf && !(firstTitle && firstTitle.sort !== "descriptor" && !headIsOrg && !(whole && whole.entry.sort === "country"))) {
      // "Bank of England Governor Andrew Bailey": a title inside the run ends the organisation's
      // name, and the person after it holds that title in the organisation.
      let orgEnd = to;
      if (headIsOrg) {
        for (let x = ofAt + 2; x < to; x++) {
          const t = matchTitle(lowerWindow(texts, x, to), 0);
          if (t && (t.sort === "head" || t.sort === "member") && x + t.length <= to) {
            orgEnd = x - 1;
            break;
          }
        }
      }
      if (titleCase) return;
      // Keep a leading country/demonym as its own mention and remember it for PART_OF.
      let qualifier: RawMention | undefined;
      const g = matchGazetteer(texts, k);
      // "Russian Defence Ministry" is a mention of Russia, and part of it; "European Space Agency"
      // is no part of Europe, nor "Manchester United" of Manchester: only states qualify.
      const state = g && (g.entry.sort === "country" || g.entry.sort === "demonym") && lookupExact(g.entry.canonical)?.sort !== "continent";
      if (g && state && k + g.length <= orgEnd) {
        qualifier = mention(s, k, k + g.length - 1, "PLACE", text, { gazetteer: g.entry, demonym: g.entry.sort === "demonym" });
        found.push(qualifier);
      }
      const named = orgEnd === to ? undefined : matchGazetteer(texts, k);
      const org = mention(s, k, orgEnd, "ORGANIZATION", text, {
        ...(qualifier ? { partOf: qualifier } : {}),
        ...(named && named.length === orgEnd - k + 1 && named.entry.kind === "ORGANIZATION" ? { gazetteer: named.entry } : {}),
      });
      found.push(org);
      if (orgEnd === to) return;
      orgBeforeTitle = org;
      k = orgEnd + 1;
    }
  }

  let pendingTitle: TitleInfo | undefined = titleBefore(s, k, found);
  let lastQualifier: RawMention | undefined = orgBeforeTitle;
  while (k <= to) {
    const tk = toks[k]!;
    // A connector left over between two names ("Story and Gone …" once the first is taken).
    if (!tk.cap && !/^\d/.test(tk.text)) {
      k++;
      continue;
    }
    const lowerWords = lowerWindow(texts, k, to);
    const title = matchTitle(lowerWords, 0);
    const g = matchGazetteer(texts, k);
    // A gazetteer word that is also a first name followed by an unknown word is a person ("Jordan Peele").
    // "North Darfur", "Eastern Ukraine" as written: the compass word stays part of the place name
    // unless the gazetteer knows the whole ("North Korea").
    if (!g && COMPASS.has(tk.text) && k < to) {
      const inner = matchGazetteer(texts, k + 1);
      if (inner && inner.entry.kind === "PLACE" && inner.entry.sort !== "demonym" && inner.entry.sort !== "country") {
        const end = k + inner.length;
        found.push(mention(s, k, end, "PLACE", text, inner.entry.country ? { gazetteer: { ...inner.entry, canonical: texts.slice(k, end + 1).join(" "), sort: "region" } } : {}));
        k = end + 1;
        continue;
      }
    }
    // A city's name followed by a surname is a person too ("Alexandria Ocasio-Cortez", "Austin Butler").
    const surnameNext =
      k < to &&
      ["city", "capital", "lexicon", "state"].includes(g?.entry.sort ?? "") &&
      ((/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(toks[k + 1]!.text) && !/^(?:Saint|Sainte|San|Santa|St|Sao|São)-/u.test(toks[k + 1]!.text)) ||
        (isLastName(toks[k + 1]!.lower) && !isCommonWord(toks[k + 1]!.lower)));
    const placeHeadNext = k < to && (PLACE_SUFFIXES.has(toks[k + 1]!.lower) || COMPASS.has(toks[k + 1]!.text));
    const nameLike = g && g.length === 1 && k < to && (isFirstName(tk.lower) || surnameNext) && !placeHeadNext && !matchGazetteer(texts, k + 1) && !matchTitle([lowerWords[1]!], 0);
    if (g && !nameLike && (!title || g.length >= title.length)) {
      const end = k + g.length - 1;
      // "Boston Celtics", "Los Angeles Lakers", "Texas Instruments": a city or state followed by a
      // capitalised plural the gazetteer does not know is a team or firm named after the place.
      const plural = toks[end + 1];
      if (
        !titleCase &&
        plural &&
        end + 1 <= to &&
        ["city", "capital", "state", "lexicon"].includes(g.entry.sort) &&
        g.entry.kind === "PLACE" &&
        /^\p{Lu}\p{Ll}+s$/u.test(plural.text) &&
        !matchGazetteer(texts, end + 1) &&
        !matchTitle([plural.lower], 0)
      ) {
        found.push(mention(s, k, end + 1, "ORGANIZATION", text));
        k = end + 2;
        continue;
      }
      // "Kowloon West", "Miami Beach", "Orange County": a place's name, then a compass word or a
      // place's head word, is the name of a district, a town or a constituency of its own.
      const nx = toks[end + 1];
      if (
        !titleCase &&
        nx &&
        end + 1 <= to &&
        g.entry.kind === "PLACE" &&
        g.entry.sort !== "demonym" &&
        g.entry.sort !== "country" &&
        (PLACE_SUFFIXES.has(nx.lower) || COMPASS.has(nx.text)) &&
        !matchGazetteer(texts, end + 1)
      ) {
        let last = end + 1;
        while (last + 1 <= to && (PLACE_SUFFIXES.has(toks[last + 1]!.lower) || COMPASS.has(toks[last + 1]!.text)) && !matchGazetteer(texts, last + 1)) last++;
        const m = mention(s, k, last, "PLACE", text);
        found.push(m);
        lastQualifier = m;
        k = last + 1;
        continue;
      }
      // "BBC Radio 4", "CBS News Radio": an outlet's name, then capitalised words that are neither a
      // title nor a name of their own, is one of its channels or desks.
      if (!titleCase && g.entry.sort === "media" && end < to) {
        let x = end + 1;
        while (x <= to && !matchTitle([bare(toks[x]!)], 0) && !isFirstName(toks[x]!.lower) && !matchGazetteer(texts, x) && !toks[x - 1]!.possessive) x++;
        if (x > to) {
          found.push(mention(s, k, to, "ORGANIZATION", text));
          return;
        }
      }
      const m = mention(s, k, end, g.entry.kind, text, { gazetteer: g.entry, demonym: g.entry.sort === "demonym" });
      found.push(m);
      lastQualifier = m;
      k = end + 1;
      continue;
    }
    if (title && title.sort !== "descriptor" && (k + title.length <= to || title.sort === "honorific")) {
      const former = title.sort !== "honorific" && pastTitle(toks, k, lastQualifier);
      pendingTitle = { title: title.title, sort: title.sort, ...(lastQualifier ? { of: lastQualifier } : {}), ...(former ? { former } : {}) };
      k += title.length;
      continue;
    }
    if (title && k + title.length > to) {
      // A capitalised title with no name after it ("the President said") is a descriptive reference.
      if (!titleCase && DESCRIPTIVE_TITLES.has(title.title)) {
        found.push(
          mention(s, k, to, "PERSON", text, {
            descriptive: { title: title.title, sort: title.sort, ...(lastQualifier ? { of: lastQualifier } : {}) },
          }),
        );
      }
      return;
    }
    // Unknown chunk: a name after a title or first name takes the rest of the run.
    let end = k;
    // "his wife Ulla Young": a kin word announces a person, whatever the lexicon knows of the words.
    const kinCue = kinBefore(s, k);
    if (pendingTitle || isFirstName(tk.lower) || kinCue) {
      // Four name words, particles not counted: "Mohammed bin Abdulrahman Al Thani".
      let words = 0;
      end = k;
      while (end + 1 <= to && words < 3) {
        // "Rod and Elyse": a conjunction joins two people, it is in no one's name.
        if (toks[end + 1]!.lower === "and" || toks[end + 1]!.lower === "or") break;
        end++;
        if (!NAME_PARTICLES.has(toks[end]!.lower) && toks[end]!.lower !== "al") words++;
      }
    } else {
      while (end + 1 <= to && !matchGazetteer(texts, end + 1) && !matchTitle([texts[end + 1]!.toLowerCase()], 0)) end++;
    }
    // A name never ends in a connector or a possessive-less lowercase word.
    while (end > k && !toks[end]!.cap) end--;
    // "President Kamala Kowalski of Albania", "Chief Executive Jane Doe of Acme Corp": "of" ends a
    // person's name, and what follows it is the state or organisation the title is held in.
    let ofAfterName = -1;
    for (let x = k + 1; x < Math.min(to, k + 6); x++) {
      if (toks[x]!.lower !== "of") continue;
      const pre = toks.slice(k, x);
      if (pendingTitle || classifyChunk(pre, false, toks[k - 1], toks[x], toks[k - 2]) === "PERSON") ofAfterName = x;
      break;
    }
    if (ofAfterName > 0) end = ofAfterName - 1;
    const chunk = toks.slice(k, end + 1);
    if (chunk.length === 1 && isWeekdayOrMonth(tk.lower) && !pendingTitle) {
      k = end + 1;
      continue;
    }
    const kind = kinCue && chunk.length >= 2 && chunk.length <= 4 ? "PERSON" : classifyChunk(chunk, pendingTitle !== undefined && pendingTitle.sort !== "descriptor", toks[k - 1], toks[end + 1], toks[k - 2]);
    const initial = sentenceInitial(k);
    const drop =
      (titleCase && kind !== null && !pendingTitle) ||
      (kind === null && chunk.length === 1 && initial && isCommonWord(tk.lower)) ||
      (kind === null && chunk.length > 1 && titleCase);
    if (!drop) {
      const kin = kind === "PERSON" || kind === null ? kinBefore(s, k) : undefined;
      const work = kind === null && !pendingTitle && quoted(chunk, toks[end + 1]);
      const person = mention(s, k, end, ofAfterName > 0 ? "PERSON" : kind, text, {
        ...(work ? { work } : {}),
        ...(pendingTitle ? { title: pendingTitle } : {}),
        ...(kin ? { kin } : {}),
      });
      found.push(person);
      if (ofAfterName > 0) {
        const before = found.length;
        segmentRun(text, s, texts, ofAfterName + 1, to, titleCase, found);
        const of = found.slice(before).find((x) => x.firstToken === ofAfterName + 1 && x.kind !== "PERSON" && x.kind !== null);
        if (of && person.title && !person.title.of) person.title = { ...person.title, of };
        else if (of && !person.title && of.kind === "ORGANIZATION") person.affiliation = of;
        return;
      }
    }
    pendingTitle = undefined;
    lastQualifier = undefined;
    k = end + 1;
  }
}

/**
 * "the World Health Organization (WHO)", "the Federal Reserve (Fed)", "Alexandria Ocasio-Cortez
 * (AOC)": a bracketed short form right after a name is that name's alias for the whole article,
 * so its later bare uses resolve to the same entity — even when the gazetteer knows the letters
 * as something else ("ICC"). Only when its letters can be read off the name, first letter
 * first, so "KYIV, Ukraine (AP)" stays the news agency.
 */
function markAbbreviations(text: string, s: SentenceTokens, found: RawMention[]): void {
  const toks = s.tokens;
  const byLast = new Map<number, RawMention>();
  const byFirst = new Map<number, RawMention>();
  for (const m of found) {
    if (m.descriptive) continue;
    const prev = byLast.get(m.lastToken);
    if (!prev || prev.end - prev.start < m.end - m.start) byLast.set(m.lastToken, m);
    byFirst.set(m.firstToken, m);
  }
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!/\(\s*$/.test(t.gap) || !/^\p{Lu}[\p{L}\p{N}&.-]{1,11}$/u.test(t.text)) continue;
    const next = toks[i + 1];
    if (!(next ? /^\s*\)/.test(next.gap) : text[t.end] === ")")) continue;
    const full = byLast.get(i - 1);
    if (!full || full.kind === null || full.firstToken === full.lastToken || !abbreviates(t.text, full.text)) continue;
    let short = byFirst.get(i);
    if (short && short.lastToken !== i) continue;
    if (!short) {
      short = mention(s, i, i, null, text);
      found.push(short);
    }
    short.abbreviates = full;
    delete short.weak;
  }
}

/** "Microsoft and Apple", "Google, Apple": a lone unknown word in a list with a typed name. */
function markCoordination(s: SentenceTokens, found: RawMention[]): void {
  const toks = s.tokens;
  const byLast = new Map<number, RawMention>();
  const byFirst = new Map<number, RawMention>();
  for (const m of found) {
    if (m.descriptive) continue;
    byLast.set(m.lastToken, m);
    byFirst.set(m.firstToken, m);
  }
  const joiner = (k: number) => k >= 0 && k < toks.length && (toks[k]!.lower === "and" || toks[k]!.lower === "or");
  for (const m of found) {
    if (m.kind !== null || m.weak || m.firstToken !== m.lastToken) continue;
    const f = m.firstToken;
    const before = joiner(f - 1) ? byLast.get(f - 2) : /^\s*,\s*$/.test(toks[f]!.gap) ? byLast.get(f - 1) : undefined;
    const after = joiner(f + 1) ? byFirst.get(f + 2) : toks[f + 1] && /^\s*,\s*$/.test(toks[f + 1]!.gap) ? byFirst.get(f + 1) : undefined;
    const other = [before, after].find((x) => x && x.kind === "ORGANIZATION");
    if (other) m.coordinated = other;
  }
}

/** Can `short` be read off `name` letter by letter, starting with its first letter? */
function abbreviates(short: string, name: string): boolean {
  const a = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  const b = name.toLowerCase();
  if (!a || a[0] !== b[0] || a === b) return false;
  let j = 0;
  for (let k = 0; k < b.length && j < a.length; k++) if (b[k] === a[j]) j++;
  return j === a.length;
}

/** "the U.S. president", "the American first lady", "the Russian leader" — no name follows. */
function detectDescriptive(text: string, s: SentenceTokens, found: RawMention[]): void {
  const toks = s.tokens;
  const lowers = toks.map(bare);
  // Indexed by first token: a long sentence would otherwise search every mention at every "the".
  // What this function adds are persons, which the lookups below skip anyway.
  const nonPersonAt = new Map<number, RawMention>();
  for (const m of found) if (m.kind !== "PERSON" && !m.descriptive && !nonPersonAt.has(m.firstToken)) nonPersonAt.set(m.firstToken, m);
  for (let i = 0; i < toks.length; i++) {
    if (lowers[i] !== "the") continue;
    let k = i + 1;
    let qualifier: RawMention | undefined;
    const q = nonPersonAt.get(k);
    if (q) {
      qualifier = q;
      k = q.lastToken + 1;
    }
    if (k >= toks.length || toks[k]!.cap) continue;
    const title = matchTitle(lowers, k);
    if (!title || !DESCRIPTIVE_TITLES.has(title.title)) continue;
    const end = k + title.length - 1;
    const next = toks[end + 1];
    if (next?.cap && next.joinedToPrev) continue; // "the president Donald Trump": the name carries it
    if (next && (next.lower === "of" || next.lower === "'s")) {
      // "the president of Russia": qualifier follows.
      const after = nonPersonAt.get(end + 2);
      if (after) qualifier = after;
    }
    const startTok = qualifier && qualifier.firstToken === i + 1 ? i + 1 : k;
    found.push(
      mention(s, startTok, end, "PERSON", text, {
        descriptive: { title: title.title, sort: title.sort, ...(qualifier ? { of: qualifier } : {}) },
      }),
    );
  }
  // "Britain's prime minister said …": a country's possessive before a lower-case title, no "the".
  for (const q of nonPersonAt.values()) {
    const k = q.lastToken + 1;
    if (q.gazetteer?.sort !== "country" || !toks[q.lastToken]!.possessive || lowers[q.firstToken - 1] === "the" || k >= toks.length || toks[k]!.cap) continue;
    const title = matchTitle(lowers, k);
    if (!title || !DESCRIPTIVE_TITLES.has(title.title)) continue;
    const end = k + title.length - 1;
    const next = toks[end + 1];
    if (next?.cap && next.joinedToPrev) continue; // "Britain's prime minister Keir Starmer": the name carries it
    found.push(mention(s, q.firstToken, end, "PERSON", text, { descriptive: { title: title.title, sort: title.sort, of: q } }));
  }
}

/**
 * Roles stated in appositions: "Northwind's chief executive, Laura Whitfield", "a spokesman for
 * the Russian Foreign Ministry, Pavel Orlov", "Laura Whitfield, the chief executive of Northwind".
 */
function detectAppositiveRoles(s: SentenceTokens, found: RawMention[]): void {
  const toks = s.tokens;
  const lowers = toks.map(bare);
  // Indexed by token once: a long sentence would otherwise search every mention for every mention.
  const ending = new Map<number, RawMention>();
  const starting = new Map<number, RawMention>();
  const personEnding = new Map<number, RawMention>();
  for (const m of found) {
    if (m.kind !== "PERSON" && m.kind !== null && !m.descriptive) {
      if (!ending.has(m.lastToken)) ending.set(m.lastToken, m);
      if (!starting.has(m.firstToken)) starting.set(m.firstToken, m);
    }
    if ((m.kind === null || m.kind === "PERSON") && !personEnding.has(m.lastToken)) personEnding.set(m.lastToken, m);
  }
  const nonPersonEndingAt = (idx: number) => ending.get(idx);
  const nonPersonStartingAt = (idx: number) => starting.get(idx);
  const titleEndingAt = (end: number): { start: number; title: ReturnType<typeof matchTitle> } | null => {
    for (let start = Math.max(0, end - 3); start <= end; start++) {
      const t = matchTitle(lowers, start);
      // Lower-case, or capitalised right after the organisation it belongs to ("The United Nations Secretary-General, António Guterres").
      if (t && start + t.length - 1 === end && (!toks[start]!.cap || nonPersonEndingAt(start - 1))) return { start, title: t };
    }
    return null;
  };
  for (const m of found) {
    // "Ms. Kallas, the European Union's foreign policy chief": a form of address does not hide the role.
    if ((m.title && m.title.sort !== "honorific") || m.descriptive || (m.kind !== "PERSON" && m.kind !== null)) continue;
    const f = m.firstToken;
    // Before: "..., PERSON" with the role phrase ending right before the comma.
    if (f > 0 && /,\s*$/.test(toks[f]!.gap)) {
      const org = nonPersonEndingAt(f - 1);
      if (org) {
        // "a spokesman for the Russian Foreign Ministry, Pavel Orlov"
        let k = org.firstToken - 1;
        if (k >= 0 && lowers[k] === "the") k--;
        if (k >= 0 && (lowers[k] === "for" || lowers[k] === "of" || lowers[k] === "at")) {
          const t = titleEndingAt(k - 1);
          if (t?.title) m.title = { title: t.title.title, sort: t.title.sort, of: org };
        }
      } else {
        // "Northwind's chief executive, Laura Whitfield"; "The chancellor, Olaf Scholz," (no owner).
        const t = titleEndingAt(f - 1);
        if (t?.title) {
          // "The former chancellor, Olaf Scholz,": a past title, the article before "former".
          const former = t.start > 0 && FORMER_WORDS.has(lowers[t.start - 1]!);
          let before = former ? t.start - 1 : t.start;
          // "the EU's competition commissioner,": up to two field words between a possessive owner and
          // the title; a head title so narrowed heads a field, not the owner ("the bloc's trade chief").
          let narrowed = false;
          for (let skip = 1; skip <= 2 && before - skip > 0; skip++) {
            const w = toks[before - skip]!;
            if (w.cap || !/^\p{Ll}+$/u.test(w.text)) break;
            const o = nonPersonEndingAt(before - skip - 1);
            if ((o && toks[o.lastToken]!.possessive) || ownerReference(toks, lowers, before - skip - 1)) {
              before -= skip;
              narrowed = t.title.sort === "head";
              break;
            }
          }
          if (narrowed) t.title = { ...t.title, sort: "member" };
          const owner = nonPersonEndingAt(before - 1) ?? personEnding.get(before - 1);
          const past = former ? { former } : {};
          const ref = owner ? undefined : ownerReference(toks, lowers, before - 1);
          if (ref) {
            // "Its president, Alan Garber,"; "the bloc's foreign policy chief, Kaja Kallas".
            m.title = { title: t.title.title, sort: t.title.sort, ofRef: ref, ...past };
            continue;
          }
          // "Northwind's chief executive," and, attributively, "The White House press secretary,".
          const attributive = owner && !toks[owner.lastToken]!.possessive && owner.kind === "ORGANIZATION" && owner.lastToken === before - 1;
          if (owner && (toks[owner.lastToken]!.possessive || attributive)) m.title = { title: t.title.title, sort: t.title.sort, of: owner, ...past };
          else if (!owner && before > 0 && lowers[before - 1] === "the" && t.title.sort !== "descriptor") m.title = { title: t.title.title, sort: t.title.sort, ...past };
        }
      }
    }
    // After: "PERSON, the chief executive of Northwind," / "PERSON, Northwind's chief executive".
    const l = m.lastToken;
    if (l + 1 < toks.length && /^,\s*$/.test(toks[l + 1]!.gap)) {
      let k = l + 1;
      const definite = lowers[k] === "the";
      if (["a", "an", "the"].includes(lowers[k]!)) k++;
      // "Boris Johnson, the former prime minister," / "Sergei Lavrov, Russia's former foreign minister,".
      let former = FORMER_WORDS.has(lowers[k]!);
      if (former) k++;
      const owner = nonPersonStartingAt(k);
      const ref = !owner && definite && toks[k]?.possessive ? ownerReference(toks, lowers, k) : undefined;
      if (ref) {
        // "Ms. Kallas, the bloc's foreign policy chief,"
        const t = matchTitle(lowers, k + 1);
        if (t) m.title = { title: t.title, sort: t.sort, ofRef: ref, ...(former ? { former } : {}) };
      } else if (owner && toks[owner.lastToken]!.possessive) {
        let at = owner.lastToken + 1;
        if (FORMER_WORDS.has(lowers[at]!)) {
          former = true;
          at++;
        }
        const t = matchTitle(lowers, at);
        // "Google's president of global affairs": a title narrowed by "of …" heads a division, not the firm.
        const narrowed = t && ["of", "for"].includes(lowers[at + t.length] ?? "") && t.sort === "head";
        if (t) m.title = { title: t.title, sort: narrowed ? "member" : t.sort, of: owner, ...(former ? { former } : {}) };
      } else if (owner && owner.gazetteer?.sort === "demonym") {
        // "Pieter van der Berg, a former Belgian sports minister,": a nationality, perhaps a field, a title.
        for (let at = owner.lastToken + 1; at <= owner.lastToken + 2 && at < toks.length && !toks[at]!.cap; at++) {
          const t = matchTitle(lowers, at);
          if (!t) continue;
          m.title = { title: t.title, sort: t.sort, of: owner, ...(former ? { former } : {}) };
          break;
        }
      } else {
        const t = matchTitle(lowers, k);
        if (t && !toks[k]!.cap) {
          const after = k + t.length;
          const past = former ? { former } : {};
          if (["of", "for", "at"].includes(lowers[after] ?? "")) {
            const o = nonPersonStartingAt(lowers[after + 1] === "the" ? after + 2 : after + 1);
            if (o) {
              m.title = { title: t.title, sort: t.sort, of: o, ...past };
              const more = coordinatedTitle(toks, lowers, o.lastToken + 1, nonPersonStartingAt);
              if (more) m.moreTitles = [more];
            }
          } else if (definite && t.sort !== "descriptor" && (after >= toks.length || /[,;)—–]/.test(toks[after]!.gap))) {
            // "Antony Blinken, the secretary of state, met …": the title closes the apposition; no owner named.
            m.title = { title: t.title, sort: t.sort, ...past };
          }
        }
      }
    }
  }
}

// Nouns that stand for an owner named earlier: "the bloc's", "the company's". "its"/"their"
// stand for the organisation the previous sentence is about.
const OWNER_NOUNS = new Set(["bloc", "alliance", "company", "firm", "group", "bank", "union", "country", "organisation", "organization", "agency", "party", "court", "ministry", "university"]);
function ownerReference(toks: Token[], lowers: string[], at: number): string | undefined {
  if (at < 0) return undefined;
  const w = lowers[at]!;
  if (w === "its" || w === "their") return w;
  if (toks[at]!.possessive && OWNER_NOUNS.has(w) && lowers[at - 1] === "the") return w;
  return undefined;
}

/**
 * "…, the secretary general of NATO and a former Dutch prime minister,": a second role joined by
 * "and a/an/the", perhaps past, perhaps qualified by a nationality or a country.
 */
function coordinatedTitle(toks: Token[], lowers: string[], at: number, startingAt: (i: number) => RawMention | undefined): TitleInfo | undefined {
  if (lowers[at] !== "and") return undefined;
  let k = at + 1;
  if (!["a", "an", "the"].includes(lowers[k] ?? "")) return undefined;
  k++;
  const former = FORMER_WORDS.has(lowers[k] ?? "");
  if (former) k++;
  const q = startingAt(k);
  if (q && q.kind === "PLACE") k = q.lastToken + 1;
  const t = toks[k] && !toks[k]!.cap ? matchTitle(lowers, k) : null;
  if (!t || t.sort === "descriptor" || t.sort === "honorific") return undefined;
  return { title: t.title, sort: t.sort, ...(q && q.kind === "PLACE" ? { of: q } : {}), ...(former ? { former } : {}) };
}
