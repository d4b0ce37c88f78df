// Whatever text it is given, the syntax module returns well-formed trees over exact tokens and
// never throws: empty and whitespace-only sentences, one 10,000-token sentence, nothing but
// punctuation, mixed scripts, emoji, control and zero-width characters, lone surrogates. How its
// time grows with sentence length is measured by `npm run bench:syntax` over the same inputs.
import { splitSentences } from "../../../src/extract/sentences.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSyntaxModel, parseSentence, parseText, type ParsedSentence } from "../../../src/nlp/index.ts";
import { seededRandom as seeded } from "../../../src/seeded-random.ts";
import { randomSentenceText as randomText } from "../../../scripts/hostile-text.ts";

/** One root, heads inside the sentence, no cycles, offsets exact. */
function expectTree(p: ParsedSentence, text: string, label: string): void {
  const n = p.tokens.length;
  if (n === 0) return;
  expect(p.tokens.filter((t) => t.head === -1).length, `${label}: roots`).toBe(1);
  p.tokens.forEach((t, i) => {
    expect(t.head >= -1 && t.head < n && t.head !== i, `${label}: head of ${i}`).toBe(true);
    expect(text.slice(t.start, t.end), `${label}: token ${i}`).toBe(t.form);
    expect(t.upos.length > 0 && t.deprel.length > 0, `${label}: labels of ${i}`).toBe(true);
  });
  // Walking up from any token reaches the root in fewer than n steps.
  const depth = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const path: number[] = [];
    let k = i;
    while (k !== -1 && depth[k] === -1 && path.length <= n) {
      path.push(k);
      k = p.tokens[k]!.head;
    }
    expect(path.length <= n, `${label}: cycle through ${i}`).toBe(true);
    let d = k === -1 ? 0 : depth[k]!;
    for (let j = path.length - 1; j >= 0; j--) depth[path[j]!] = ++d;
  }
}

describe("syntax on hostile input", () => {
  // Load the model once, before the tests.
  beforeAll(() => void loadSyntaxModel(), 60_000);

  it("returns no tokens for an empty or whitespace-only sentence", () => {
    expect(parseSentence("").tokens).toEqual([]);
    expect(parseSentence(" \n\t\u200b\u0000 ").tokens).toEqual([]);
  });

  it("parses one 10,000-token sentence into a single well-formed tree", () => {
    const rand = seeded(3);
    const words = ["the", "minister", "said", "and", "talks", "in", "Geneva", "would", "continue", ",", "of", "a", "deal"];
    const text = Array.from({ length: 10_000 }, () => words[Math.floor(rand() * words.length)]).join(" ");
    const p = parseSentence(text);
    expect(p.tokens.length).toBe(10_000);
    expectTree(p, text, "10k tokens");
  }, 60_000);

  it("parses a sentence of nothing but punctuation", () => {
    const text = "!!! ... ,,, ??? --- ((( ))) “” ‘’ ;;; :: // ** ##";
    expectTree(parseSentence(text), text, "punctuation");
  }, 60_000);

  it("handles mixed scripts, emoji, control characters and lone surrogates without throwing", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rand = seeded(seed);
      const text = randomText(rand, 1 + Math.floor(rand() * 60));
      expectTree(parseSentence(text, 0), text, `seed ${seed}`);
    }
  }, 60_000);

  it("parses every sentence of a random article with offsets into the article", () => {
    const text = randomText(seeded(99), 3000).replace(/ \. /g, ".\n");
    for (const s of parseText(text, splitSentences)) expectTree(s, text, `sentence at ${s.start}`);
  }, 60_000);
});
