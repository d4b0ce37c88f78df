// The rows an extraction document becomes before ingest writes them: what each event report and
// each relationship claim carries of subtype, factuality and former, and what ingest refuses.
import { describe, expect, it } from "vitest";
import { ExtractedEvent } from "../../../src/extract/document.ts";
import { articleRows, InvalidDocumentError, validateDocument } from "../../../src/ingest/article-rows.ts";
import { EVENT_FACTUALITIES, EVENT_SUBTYPES } from "../../../src/vocabulary.ts";
import { buildDocument } from "../../fixtures/ingest/build-document.ts";

const TEXT = "Former mayor Ingrid Halvorsen of Bergen will meet Lars Vik on Friday. Halvorsen led Bergen for ten years. Nordvik bought Helix.";
const entities = [
  { kind: "PERSON" as const, name: "Ingrid Halvorsen", surfaces: ["Ingrid Halvorsen", "Halvorsen"] },
  { kind: "PERSON" as const, name: "Lars Vik", surfaces: ["Lars Vik"] },
  { kind: "PLACE" as const, name: "Bergen", surfaces: ["Bergen"] },
  { kind: "ORGANIZATION" as const, name: "Nordvik", surfaces: ["Nordvik"] },
  { kind: "ORGANIZATION" as const, name: "Helix", surfaces: ["Helix"] },
];

describe("the extraction contract", () => {
  it("speaks the vocabulary's factualities and subtypes", () => {
    expect(ExtractedEvent.shape.factuality.unwrap().options).toEqual(EVENT_FACTUALITIES);
    expect(ExtractedEvent.shape.subtype.unwrap().unwrap().options).toEqual(EVENT_SUBTYPES);
  });
});

describe("event report rows", () => {
  it("carry the report's subtype and factuality", () => {
    const doc = buildDocument("a", TEXT, {
      entities,
      events: [
        { type: "MEETING", factuality: "planned", name: "Meeting", date: null, sentence: "will meet", participants: [["Ingrid Halvorsen", "agent"], ["Lars Vik", "participant"]] },
        { type: "AGREEMENT", subtype: "ACQUISITION", name: "Acquisition of Helix", date: null, sentence: "bought", participants: [["Nordvik", "agent"], ["Helix", "target"]] },
      ],
    });
    expect(articleRows(doc).events.map((e) => [e.type, e.subtype, e.factuality])).toEqual([
      ["MEETING", null, "planned"],
      ["AGREEMENT", "ACQUISITION", "asserted"],
    ]);
  });

  it("are refused when the subtype refines another type than the event's", () => {
    const doc = buildDocument("a", TEXT, {
      entities,
      events: [{ type: "MEETING", subtype: "ACQUISITION", name: "Meeting", date: null, sentence: "bought", participants: [["Nordvik", "agent"]] }],
    });
    expect(() => validateDocument(doc)).toThrow(InvalidDocumentError);
    expect(() => validateDocument(doc)).toThrow(/events\[0\]\.subtype: ACQUISITION refines AGREEMENT, not MEETING/);
  });
});

describe("relationship claims", () => {
  it("say former when the article tells the tie as past", () => {
    const doc = buildDocument("a", TEXT, {
      entities,
      relationships: [{ type: "LEADER_OF", from: "Ingrid Halvorsen", to: "Bergen", sentence: "Former mayor", former: true }],
    });
    const rows = articleRows(doc);
    expect(rows.relationships.map((r) => r.former)).toEqual([true]);
    expect(rows.article.claimFormer).toEqual([true]);
  });

  it("say current when the extraction does not mark the tie (former absent)", () => {
    const doc = buildDocument("a", TEXT, {
      entities,
      relationships: [{ type: "LEADER_OF", from: "Ingrid Halvorsen", to: "Bergen", sentence: "led Bergen" }],
    });
    expect(articleRows(doc).article.claimFormer).toEqual([false]);
  });

  it("say current when one sentence of the article tells the tie as former and another as holding", () => {
    const doc = buildDocument("a", TEXT, {
      entities,
      relationships: [
        { type: "LEADER_OF", from: "Ingrid Halvorsen", to: "Bergen", sentence: "Former mayor", former: true },
        { type: "LEADER_OF", from: "Ingrid Halvorsen", to: "Bergen", sentence: "led Bergen", former: false },
      ],
    });
    const rows = articleRows(doc);
    expect(rows.relationships).toHaveLength(1);
    expect(rows.relationships[0]).toMatchObject({ former: false, evidence: ["a#0", "a#1"] });
    expect(rows.article.claimFormer).toEqual([false]);
  });

  it("say former when every sentence of the article does", () => {
    const doc = buildDocument("a", TEXT, {
      entities,
      relationships: [
        { type: "LEADER_OF", from: "Ingrid Halvorsen", to: "Bergen", sentence: "Former mayor", former: true },
        { type: "LEADER_OF", from: "Ingrid Halvorsen", to: "Bergen", sentence: "led Bergen", former: true },
      ],
    });
    expect(articleRows(doc).article.claimFormer).toEqual([true]);
  });
});
