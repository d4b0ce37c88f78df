// Properties over generated text, not news: whatever it is given, the extractor returns a
// contract-valid document whose spans are exact. Inputs are generated from a fixed seed, so a
// failure reproduces; the failing seed is in the assertion message. How its time grows with input
// size is measured by `npm run bench:extract` over the same shapes, not asserted here.
import { describe, expect, it } from "vitest";
import { ExtractionDocument, type ExtractionDocumentT } from "../../../src/extract/document.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { seededRandom as seeded } from "../../../src/seeded-random.ts";
import { ARTICLE_SHAPES, randomArticleText } from "../../../scripts/hostile-text.ts";

/** Every property the contract promises, with `label` in each message. */
function expectSound(text: string, label: string, publishedAt?: string): ExtractionDocumentT {
  const doc = extractArticle({ text, ...(publishedAt ? { publishedAt } : {}) });
  const parsed = ExtractionDocument.safeParse(doc);
  expect(parsed.success, `${label}: ${parsed.success ? "" : parsed.error.message}`).toBe(true);
  const spans = [
    ...doc.entities.flatMap((e) => e.mentions),
    ...doc.events.flatMap((e) => e.evidence),
    ...doc.relationships.flatMap((r) => r.evidence),
  ];
  for (const s of spans) {
    expect(s.start <= s.end && s.end <= text.length, `${label}: span ${s.start}-${s.end} outside the text`).toBe(true);
    expect(text.slice(s.start, s.end), `${label}: span ${s.start}-${s.end}`).toBe(s.text);
  }
  const ids = new Set(doc.entities.map((e) => e.id));
  expect(ids.size, `${label}: duplicate entity ids`).toBe(doc.entities.length);
  for (const e of doc.events) {
    for (const p of e.participants) expect(ids.has(p.entityId), `${label}: participant ${p.entityId}`).toBe(true);
    if (e.placeId) expect(ids.has(e.placeId), `${label}: place ${e.placeId}`).toBe(true);
  }
  for (const r of doc.relationships) expect(ids.has(r.sourceId) && ids.has(r.targetId), `${label}: ${r.type} ends`).toBe(true);
  return doc;
}

describe("extractArticle on generated input", () => {
  it("returns a sound document for 400 random mixes of scripts, quotes and punctuation", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const rand = seeded(seed);
      const text = randomArticleText(rand, 1 + Math.floor(rand() * 3000));
      expectSound(text, `seed ${seed}`, rand() < 0.5 ? "2025-03-07T10:00:00Z" : undefined);
    }
  }, 60_000);

  it("returns a sound document for every input shape at 10 KB", () => {
    for (const [shape, make] of Object.entries(ARTICLE_SHAPES)) expectSound(make(seeded(7), 10_000), shape, "2025-03-07");
  }, 60_000);

  it("handles degenerate texts: whitespace only, one character, one emoji, a lone surrogate", () => {
    for (const text of [" ", "\n\n\n", "a", "A", ".", "😀", "\ud800", "\udc00x", "“”", "Mr.", "U.S."]) expectSound(text, JSON.stringify(text));
  });

  it("refuses empty text with a message instead of returning a document the contract rejects", () => {
    expect(() => extractArticle({ text: "" })).toThrow(/empty/);
  });

  for (const [shape, make] of Object.entries(ARTICLE_SHAPES)) {
    it(`returns a sound document for a 200 KB input: ${shape}`, () => {
      expectSound(make(seeded(11), 200_000), `${shape} 200 KB`);
    }, 120_000);
  }
});
