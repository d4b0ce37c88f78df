// The UD tokenizer's conventions, stated as the treebank states them, and its one promise to
// extraction: every token's offsets point at exactly its form in the article, for every token of
// every fixture article (and the seed article, read in place from ../shared/seed when present).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/extract/sentences.ts";
import { tokenizeUd } from "../../../src/nlp/tokenize.ts";
import { repoRoot } from "../../../src/evaluation/fixture-cases.ts";

const forms = (text: string): string[] => tokenizeUd(text).map((t) => t.form);

describe("UD tokens", () => {
  it("splits clitics off as EWT does: do + n't, ca + n't, wo + n't, Putin + 's", () => {
    expect(forms("They don't know.")).toEqual(["They", "do", "n't", "know", "."]);
    expect(forms("We can't and won't.")).toEqual(["We", "ca", "n't", "and", "wo", "n't", "."]);
    expect(forms("Putin's envoy")).toEqual(["Putin", "'s", "envoy"]);
    expect(forms("they're, we've, I'll, she'd, I'm")).toEqual(["they", "'re", ",", "we", "'ve", ",", "I", "'ll", ",", "she", "'d", ",", "I", "'m"]);
  });

  it("treats curly apostrophes as apostrophes: “don’t” → do + n’t", () => {
    expect(forms("“We don’t,” said Kyiv’s mayor.")).toEqual(["“", "We", "do", "n’t", ",", "”", "said", "Kyiv", "’s", "mayor", "."]);
  });

  it("splits cannot, gonna, wanna and gotta into the two words UD reads", () => {
    expect(forms("cannot gonna wanna gotta")).toEqual(["can", "not", "gon", "na", "wan", "na", "got", "ta"]);
  });

  it("marks the pieces of a split word with the written word's span", () => {
    const [, doPiece, nt] = tokenizeUd("I don't", 100);
    expect(doPiece).toMatchObject({ form: "do", start: 102, end: 104, multiword: { start: 102, end: 107 } });
    expect(nt).toMatchObject({ form: "n't", start: 104, end: 107, multiword: { start: 102, end: 107 } });
  });

  it("splits hyphenated compounds at the hyphen, except after prefixes EWT keeps attached", () => {
    expect(forms("a Boston-based drugmaker")).toEqual(["a", "Boston", "-", "based", "drugmaker"]);
    expect(forms("state-of-the-art")).toEqual(["state", "-", "of", "-", "the", "-", "art"]);
    expect(forms("an e-mail to the co-founder of a non-profit")).toEqual(["an", "e-mail", "to", "the", "co-founder", "of", "a", "non-profit"]);
  });

  it("keeps U.S., initials and abbreviations whole with their dots", () => {
    expect(forms("Mr. J. Smith of the U.S. Army met Gen. Lee.")).toEqual(["Mr.", "J.", "Smith", "of", "the", "U.S.", "Army", "met", "Gen.", "Lee", "."]);
  });

  it("reads money, percentages, dates and times the way EWT tokenizes them", () => {
    expect(forms("$600 million, 51%, on 2019-11-20 at 10:30")).toEqual(["$", "600", "million", ",", "51", "%", ",", "on", "2019-11-20", "at", "10:30"]);
    expect(forms("1,000.50 euros")).toEqual(["1,000.50", "euros"]);
  });

  it("keeps URLs and e-mail addresses whole, without the full stop that ends the sentence", () => {
    expect(forms("See https://example.org/a?b=1 or write to press@example.org.")).toEqual([
      "See", "https://example.org/a?b=1", "or", "write", "to", "press@example.org", ".",
    ]);
  });

  it("keeps runs of dots, dashes and ?! together and every other symbol apart", () => {
    expect(forms("Really?! Well... -- no (sic) 👩‍👩‍👧")).toEqual(["Really", "?!", "Well", "...", "--", "no", "(", "sic", ")", "👩‍👩‍👧"]);
  });

  it("records where no space follows (CoNLL-U SpaceAfter=No)", () => {
    expect(tokenizeUd("said, “no.”").map((t) => t.spaceAfter)).toEqual([false, true, false, false, false, true]);
  });
});

function articles(): Array<[string, string]> {
  const dir = path.join(repoRoot, "tests/fixtures/articles");
  const out: Array<[string, string]> = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => [f, readFileSync(path.join(dir, f), "utf8")]);
  for (const f of ["tests/fixtures/ingest/harbour-summit.txt", "tests/fixtures/ingest/harbour-followup.txt"]) out.push([f, readFileSync(path.join(repoRoot, f), "utf8")]);
  return out;
}
const seedFile = path.resolve(repoRoot, "../shared/seed/melania-letter-putin.txt");

describe("offsets round trip", () => {
  for (const [name, text] of articles()) {
    it(`every token of ${name} is text.slice(start, end)`, () => {
      let n = 0;
      for (const s of splitSentences(text)) {
        for (const t of tokenizeUd(s.text, s.start)) {
          expect(text.slice(t.start, t.end), `${name} @${t.start}`).toBe(t.form);
          if (t.multiword) expect(t.multiword.start <= t.start && t.end <= t.multiword.end).toBe(true);
          n++;
        }
      }
      expect(n).toBeGreaterThan(20);
    });
  }

  const seedPresent = existsSync(seedFile);
  const seedTitle = seedPresent
    ? "every token of the seed article (../shared/seed) is text.slice(start, end)"
    : "seed article skipped: ../shared/seed/melania-letter-putin.txt not found next to the project";
  it.skipIf(!seedPresent)(seedTitle, () => {
    const text = readFileSync(seedFile, "utf8");
    for (const s of splitSentences(text)) for (const t of tokenizeUd(s.text, s.start)) expect(text.slice(t.start, t.end)).toBe(t.form);
  });
});
