// Properties over every gold case (original fixtures and the seed): spans round-trip, ids are
// stable, entity ids agree across articles, and each fixture meets a quality floor.
import { describe, expect, it } from "vitest";
import { ExtractionDocument } from "../../../src/extract/document.ts";
import { precision, recall, scoreDocument } from "../../../src/evaluation/fixture-score.ts";
import { entityId } from "../../../src/extract/ids.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { presentGoldCases } from "../../shared-data.ts";

// The seed case reads ../shared/seed: without it, the other cases still run.
const { cases, missing } = presentGoldCases();

describe("every fixture", () => {
  it("has at least five original articles besides the seed", () => {
    expect(cases.filter((c) => c.name !== "melania-letter-putin").length).toBeGreaterThanOrEqual(5);
  });
  for (const c of cases) {
    describe(c.name, () => {
      const doc = extractArticle(c.input);
      it("round-trips every mention and evidence span", () => {
        const text = doc.article.text;
        const spans = [
          ...doc.entities.flatMap((e) => e.mentions),
          ...doc.events.flatMap((e) => e.evidence),
          ...doc.relationships.flatMap((r) => r.evidence),
        ];
        expect(spans.length).toBeGreaterThan(0);
        for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
      });
      it("is valid against the contract and references only its own entities", () => {
        expect(() => ExtractionDocument.parse(doc)).not.toThrow();
        const ids = new Set(doc.entities.map((e) => e.id));
        for (const e of doc.events) {
          for (const p of e.participants) expect(ids.has(p.entityId)).toBe(true);
          if (e.placeId) expect(ids.has(e.placeId)).toBe(true);
        }
        for (const r of doc.relationships) expect(ids.has(r.sourceId) && ids.has(r.targetId)).toBe(true);
      });
      it("gives the same ids when extracted twice", () => {
        const again = extractArticle(c.input);
        expect(again.article.id).toBe(doc.article.id);
        expect(again.entities.map((e) => e.id)).toEqual(doc.entities.map((e) => e.id));
        expect(again.events.map((e) => e.id)).toEqual(doc.events.map((e) => e.id));
      });
      it("derives entity ids from kind and canonical name", () => {
        for (const e of doc.entities) expect(e.id).toBe(entityId(e.kind, e.name));
      });
      it("reaches entity precision and recall of 0.85 and finds most main events", () => {
        const s = scoreDocument(doc, c.gold);
        expect(precision(s.entities.ALL), s.extraEntities.join(", ")).toBeGreaterThanOrEqual(0.85);
        expect(recall(s.entities.ALL), s.missingEntities.join(", ")).toBeGreaterThanOrEqual(0.85);
        expect(s.duplicates).toEqual([]);
        expect(s.mainEvents.found / Math.max(1, s.mainEvents.total)).toBeGreaterThanOrEqual(0.7);
      });
    });
  }
  it("gives the same entity the same id in different articles", () => {
    const ids = cases.map((c) => new Set(extractArticle(c.input).entities.map((e) => e.id)));
    const withUS = ids.filter((s) => s.has("place:united-states")).length;
    expect(withUS).toBeGreaterThanOrEqual(3);
    const withICC = ids.filter((s) => s.has("organization:international-criminal-court")).length;
    // The seed is one of the two articles naming the ICC.
    expect(withICC).toBe(missing.length ? 1 : 2);
  });
});
