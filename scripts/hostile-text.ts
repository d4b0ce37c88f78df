// Hostile text generators shared by the robustness tests (tests/unit/extract, tests/unit/nlp) and
// the benchmarks that measure how time grows with input size (bench:extract, bench:syntax):
// properties are asserted in the tests, growth is measured in the benchmarks, both over the same
// inputs. Deterministic: every generator takes a seeded random source (src/seeded-random.ts).

// Pieces that stress each extraction stage: names and titles, abbreviations, quotes of every kind,
// possessives, datelines, dates, particles, trigger words, accents, CJK, emoji (with ZWJ),
// combining marks, ligatures, full-width letters, zero-width and non-breaking spaces.
const EXTRACT_PIECES = [
  "Vladimir Putin", "Putin", "Mr.", "Ms.", "Dr.", "U.S.", "Gen.", "Jan.", "Inc.", "Ltd.", "the", "President", "Ukraine",
  "Kyiv", "’s", "'s", "s’", "“", "”", '"', "'", "‘", "’", ".", ",", ";", ":", "—", "–", "-", "(", ")", "[", "]", "!", "?",
  "…", "...", "\n", "\n\n", "\r\n", "\t", "  ", " ", " ", " ", " ", "é", "Zoë", "Ñuñoa", "São Paulo", "東京", "习近平",
  "😀", "👩‍👩‍👧", "e\u0301", "A\u0308", "\u200b", "\u00a0", "ﬁ", "İstanbul", "ß", "ǅemal", "ＡＢＣ", "Ⅻ",
  "KYIV, Ukraine (AP) —", "WASHINGTON —", "LONDON, March 3 (Reuters) -", "By Jane Doe", "in 2022", "on Friday",
  "last month", "March 3", "al-", "bin", "van der", "de la", "&", "of", "and", "said", "met", "invaded", "urged",
  "warrant", "his wife", "the first lady", "former", "ex-", "(WHO)", "1234", "3.5", "$", "%", "#", "@", "ALL CAPS",
];

export function randomArticleText(rand: () => number, length: number): string {
  let s = "";
  while (s.length < length) {
    const x = rand();
    if (x < 0.55) s += EXTRACT_PIECES[Math.floor(rand() * EXTRACT_PIECES.length)];
    else if (x < 0.75) s += Array.from({ length: 1 + Math.floor(rand() * 8) }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join("");
    else if (x < 0.9) s += String.fromCharCode(65 + Math.floor(rand() * 26)) + "aeiourstln"[Math.floor(rand() * 10)]!.repeat(1 + Math.floor(rand() * 4));
    else {
      // Any code point outside the surrogate range.
      let cp = Math.floor(rand() * 0x2ffff);
      if (cp >= 0xd800 && cp <= 0xdfff) cp -= 0x800;
      s += String.fromCodePoint(cp);
    }
  }
  return s;
}

function words(rand: () => number, length: number, vocabulary: string[], stop = 0): string {
  let s = "";
  while (s.length < length) s += vocabulary[Math.floor(rand() * vocabulary.length)] + (rand() < stop ? ". " : " ");
  return s;
}

const VOCABULARY = ["word", "Name", "the", "Putin", "and", "Smith", "Bank", "of", "England", "met", "in", "Kyiv", "said", "his", "wife"];
// Inputs shaped to defeat one stage each: one endless sentence, one endless capitalised run,
// shouted copy, thousands of distinct names, ten thousand dotted acronyms, stacked titles,
// possessives, hard-wrapped lines, and nothing but punctuation or newlines.
export const ARTICLE_SHAPES: Record<string, (rand: () => number, length: number) => string> = {
  "random mix": (r, n) => randomArticleText(r, n),
  "no punctuation": (r, n) => words(r, n, VOCABULARY),
  "one capitalised run": (r, n) => words(r, n, ["Abc", "Def", "Ghij", "Klmno", "Pq", "Of", "And"]),
  "all caps": (r, n) => words(r, n, ["PUTIN", "MET", "TRUMP", "IN", "ALASKA", "THE", "SAID", "KREMLIN", "NEWS", "U.S."], 0.03),
  "distinct names": (r, n) => {
    const name = () => String.fromCharCode(65 + Math.floor(r() * 26)) + Array.from({ length: 5 }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join("");
    let s = "";
    while (s.length < n) s += `${name()} ${name()} met ${name()} ${name()} of ${name()} Group in ${name()}, the ${name()} said. `;
    return s;
  },
  "dotted acronyms": (_r, n) => "U.S.".repeat(Math.ceil(n / 4)).slice(0, n) + " met Putin.",
  "stacked titles": (r, n) => words(r, n, ["President", "Prime", "Minister", "Gen.", "Dr.", "Mr.", "Secretary", "of", "State"]),
  possessives: (r, n) => words(r, n, ["Putin’s", "allies’", "Trump's", "the", "Kremlin’s", "said"], 0.05),
  "hard-wrapped lines": (r, n) => words(r, n, ["word\n", "lower", "Name", "the\n", "putin"]),
  "kin and descriptions": (r, n) => words(r, n, ["his", "wife", "Jane", "Doe", "the", "president", "first", "lady", "John", "met"], 0.05),
  punctuation: (r, n) => words(r, n, [".", "…", "?!", "“", "”", "—", "(", ")", "'", ",", "..."]),
  newlines: (r, n) => words(r, n, ["\n", "\n\n", "\r\n", "Putin", "met", "."]),
};

// Tokens that stress the UD tokenizer, tagger and parser; joined mostly with spaces.
const SENTENCE_PIECES = [
  "the", "Minister", "said", "U.S.", "don't", "Kyiv’s", "“", "”", "(", ")", "—", "-", "...", "!", "?", ",", ".", "$600", "51%",
  "東京", "习近平", "Ελλάδα", "Москва", "עברית", "العربية", "😀", "👩‍👩‍👧", "🇺🇸", "e\u0301", "\u200b", "\u00a0", "\u0000", "\u0007",
  "\u001b[31m", "\ud800", "\udc00", "\ufeff", "ﬁ", "ＡＢＣ", "https://example.org/x", "a@b.co", "state-of-the-art", "cannot", "\t", "\r\n",
];

export function randomSentenceText(rand: () => number, tokens: number): string {
  const out: string[] = [];
  for (let i = 0; i < tokens; i++) {
    const x = rand();
    if (x < 0.7) out.push(SENTENCE_PIECES[Math.floor(rand() * SENTENCE_PIECES.length)]!);
    else {
      let cp = Math.floor(rand() * 0x2ffff);
      if (cp >= 0xd800 && cp <= 0xdfff) cp -= 0x800;
      out.push(String.fromCodePoint(cp));
    }
    out.push(rand() < 0.8 ? " " : "");
  }
  return out.join("");
}
