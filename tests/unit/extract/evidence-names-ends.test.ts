// The product's promise, as a property over every document we can read: each relationship's
// evidence sentence names or refers to both of its ends, and each event's evidence names or refers
// to every participant and its place. "Names" is a mention of the entity inside the evidence span;
// "refers to" is a reference the extractor resolved to it (a pronoun, a description, a nationality
// word), also inside the span. Run over our fixtures, the seed and the dev-news articles by others
// (read in place from ../shared; skipped with a note when absent).
import { describe, expect, it } from "vitest";
import type { ExtractionDocumentT, SpanT } from "../../../src/extract/document.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { devNewsAvailable, loadDevCases } from "../../../src/evaluation/dev-news.ts";
import { presentGoldCases, sharedFile } from "../../shared-data.ts";

interface Unsupported {
  what: string;
  end: string;
  evidence: string;
}

/** Every end of every relationship and event whose evidence neither names nor refers to it. */
function unsupportedEnds(doc: ExtractionDocumentT): Unsupported[] {
  const spansOf = new Map(doc.entities.map((e) => [e.id, [...e.mentions, ...(e.references ?? [])]]));
  const inside = (id: string, evidence: readonly SpanT[]) =>
    (spansOf.get(id) ?? []).some((m) => evidence.some((s) => m.start >= s.start && m.end <= s.end));
  const out: Unsupported[] = [];
  for (const r of doc.relationships) {
    // Each sentence given as evidence must say it on its own: both ends in that one sentence.
    for (const ev of r.evidence) {
      for (const end of [r.sourceId, r.targetId]) {
        if (!inside(end, [ev])) out.push({ what: `${r.sourceId} ${r.type} ${r.targetId}`, end, evidence: ev.text });
      }
    }
  }
  for (const e of doc.events) {
    // An event told over several sentences may name its participants in different ones.
    const ends = new Set([...e.participants.map((p) => p.entityId), ...(e.placeId ? [e.placeId] : [])]);
    for (const end of ends) {
      if (!inside(end, e.evidence)) out.push({ what: `${e.type} ${e.name}`, end, evidence: e.evidence.map((s) => s.text).join(" / ") });
    }
  }
  return out;
}

/** Reference spans are spans of the text and never repeat a name of the same entity. */
function badReferences(doc: ExtractionDocumentT): string[] {
  const out: string[] = [];
  for (const e of doc.entities) {
    const names = new Set(e.mentions.map((m) => `${m.start}:${m.end}`));
    for (const r of e.references ?? []) {
      if (doc.article.text.slice(r.start, r.end) !== r.text) out.push(`${e.id}: reference ${r.start}-${r.end} is not "${r.text}"`);
      if (names.has(`${r.start}:${r.end}`)) out.push(`${e.id}: "${r.text}" is both a name and a reference`);
    }
  }
  return out;
}

describe("the property itself", () => {
  it("catches a relationship whose sentence does not name one of its ends", () => {
    const doc = extractArticle({ text: "Acme Corp chief executive Jane Doe spoke in Paris on Monday. She was cheerful." });
    const tie = doc.relationships.find((r) => r.type === "LEADER_OF");
    expect(tie).toBeDefined();
    expect(unsupportedEnds(doc)).toEqual([]);
    // Move the evidence to the second sentence: "She" still refers to Jane Doe, but nothing there
    // names or refers to the company, so that end is caught.
    const second = doc.article.text.indexOf("She");
    const forged = {
      ...doc,
      relationships: [{ ...tie!, evidence: [{ start: second, end: doc.article.text.length, text: doc.article.text.slice(second) }] }],
    };
    expect([tie!.sourceId, tie!.targetId]).toEqual(["person:jane-doe", "organization:acme"]);
    expect(unsupportedEnds(forged).map((u) => u.end)).toEqual(["organization:acme"]);
  });
  it("counts a resolved pronoun as referring to its entity", () => {
    const doc = extractArticle({ text: "Judge Maria Alvarez blocked the merger on Friday. In a long opinion, she wrote that it would hurt drivers." });
    const alvarez = doc.entities.find((e) => e.id === "person:maria-alvarez");
    expect(alvarez?.references?.map((r) => r.text)).toContain("she");
    const said = doc.events.find((e) => e.type === "COMMUNICATION" && e.participants.some((p) => p.entityId === "person:maria-alvarez"));
    expect(said?.evidence.map((s) => s.text)).toEqual(["In a long opinion, she wrote that it would hurt drivers."]);
    expect(unsupportedEnds(doc)).toEqual([]);
  });
});

describe("every relationship and event of every fixture names or refers to all its ends", () => {
  const { cases } = presentGoldCases();
  for (const c of cases) {
    it(c.name, () => {
      const doc = extractArticle(c.input);
      expect(badReferences(doc)).toEqual([]);
      expect(unsupportedEnds(doc)).toEqual([]);
    });
  }
});

describe("every relationship and event of every dev-news article names or refers to all its ends", () => {
  const set = sharedFile("dev-news");
  if (!devNewsAvailable()) {
    it.skip(`dev-news: ${set.why}`, () => {});
    return;
  }
  const cases = loadDevCases();
  it("reads the whole set", () => {
    expect(cases.length).toBeGreaterThanOrEqual(24);
  });
  for (const c of cases) {
    it(c.slug, () => {
      const doc = extractArticle(c.input);
      expect(badReferences(doc)).toEqual([]);
      expect(unsupportedEnds(doc)).toEqual([]);
    });
  }
});
