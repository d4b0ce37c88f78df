// Whatever text it is given, the syntax module returns well-formed trees over exact tokens and
// never throws: empty and whitespace-only sentences, one 10,000-token sentence, nothing but
// punctuation, mixed scripts, emoji, control and zero-width characters, lone surrogates. And its
// time grows linearly: twice the tokens take about twice the time (a loose ratio, not a timing).
import { splitSentences } from "../../../src/extract/sentences.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSyntaxModel, parseSentence, parseText, type ParsedSentence } from "../../../src/nlp/index.ts";

/** mulberry32, so every generated input is reproducible from its seed. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

const PIECES = [
  "the", "Minister", "said", "U.S.", "don't", "Kyiv’s", "“", "”", "(", ")", "—", "-", "...", "!", "?", ",", ".", "$600", "51%",
  "東京", "习近平", "Ελλάδα", "Москва", "עברית", "العربية", "😀", "👩‍👩‍👧", "🇺🇸", "e\u0301", "\u200b", "\u00a0", "\u0000", "\u0007",
  "\u001b[31m", "\ud800", "\udc00", "\ufeff", "ﬁ", "ＡＢＣ", "https://example.org/x", "a@b.co", "state-of-the-art", "cannot", "\t", "\r\n",
];

function randomText(rand: () => number, tokens: number): string {
  const out: string[] = [];
  for (let i = 0; i < tokens; i++) {
    const x = rand();
    if (x < 0.7) out.push(PIECES[Math.floor(rand() * PIECES.length)]!);
    else {
      let cp = Math.floor(rand() * 0x2ffff);
      if (cp >= 0xd800 && cp <= 0xdfff) cp -= 0x800;
      out.push(String.fromCodePoint(cp));
    }
    out.push(rand() < 0.8 ? " " : "");
  }
  return out.join("");
}

describe("syntax on hostile input", () => {
  // Load the model once, outside the timed tests.
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

  it("takes about twice as long for twice the tokens (linear, loosely)", () => {
    const rand = seeded(5);
    const sentence = (n: number): string => randomText(rand, n);
    const small = Array.from({ length: 4 }, () => sentence(1_500));
    const large = Array.from({ length: 4 }, () => sentence(3_000));
    const time = (texts: string[]): number => {
      let best = Infinity;
      for (let r = 0; r < 3; r++) {
        // CPU time of this process: other work on a shared machine does not count.
        const t0 = process.cpuUsage();
        for (const t of texts) parseSentence(t);
        const d = process.cpuUsage(t0);
        best = Math.min(best, d.user + d.system);
      }
      return best;
    };
    time(small); // warm-up
    const ratio = time(large) / time(small);
    // Quadratic work would make this about 4; noise on a shared machine stays well under 3.
    expect(ratio, `2N/N time ratio ${ratio.toFixed(2)}`).toBeLessThan(3);
  }, 120_000);
});
