// Acceptance on the seed article (read from ../shared/seed, never copied into the repo).
import { describe, expect, it } from "vitest";
import { ExtractionDocument } from "../../../src/extract/document.ts";
import { precision, recall, scoreDocument } from "../../../src/evaluation/fixture-score.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { loadGoldCases } from "../../../src/evaluation/fixture-cases.ts";
import { sharedFile, skipEachWithout } from "../../shared-data.ts";

const SEED = sharedFile("seed/melania-letter-putin.txt");
skipEachWithout(SEED);
const seed = SEED.present ? loadGoldCases().find((c) => c.name === "melania-letter-putin")! : null;
// Without the seed every test below is skipped (skipEachWithout), so these are never read.
const doc = (seed ? extractArticle(seed.input) : null)!;
const score = (seed ? scoreDocument(doc, seed.gold) : null)!;
const entity = (id: string) => doc.entities.find((e) => e.id === id);
const rel = (type: string, a: string, b: string) =>
  doc.relationships.some((r) => r.type === type && ((r.sourceId === a && r.targetId === b) || (type === "SPOUSE_OF" && r.sourceId === b && r.targetId === a)));

describe("seed article: Melania Trump's letter to Putin", () => {
  it("produces a document valid against the contract", () => {
    expect(() => ExtractionDocument.parse(doc)).not.toThrow();
  });
  it("finds entities with precision and recall of at least 0.95", () => {
    expect(precision(score.entities.ALL)).toBeGreaterThanOrEqual(0.95);
    expect(recall(score.entities.ALL)).toBeGreaterThanOrEqual(0.95);
  });
  it("has no duplicate entities", () => {
    expect(score.duplicates).toEqual([]);
    expect(new Set(doc.entities.map((e) => e.id)).size).toBe(doc.entities.length);
  });
  it("finds at least 9 of the 10 main events with the right type and participants", () => {
    expect(score.mainEvents.total).toBe(10);
    expect(score.mainEvents.found, score.mainEvents.missing.join("; ")).toBeGreaterThanOrEqual(9);
  });
  it("links Melania Trump to Donald Trump as spouses", () => {
    expect(rel("SPOUSE_OF", "person:melania-trump", "person:donald-trump")).toBe(true);
  });
  it("makes Donald Trump leader of the United States and Vladimir Putin leader of Russia", () => {
    expect(rel("LEADER_OF", "person:donald-trump", "place:united-states")).toBe(true);
    expect(rel("LEADER_OF", "person:vladimir-putin", "place:russia")).toBe(true);
  });
  it("resolves 'Putin' and 'Putin’s' to Vladimir Putin", () => {
    const putin = entity("person:vladimir-putin")!;
    expect(putin.aliases).toContain("Putin");
    expect(putin.mentions.filter((m) => m.text === "Putin").length).toBeGreaterThanOrEqual(5);
    expect(doc.entities.filter((e) => e.kind === "PERSON").length).toBe(4);
  });
  // Descriptions ("the first lady") and nationality words ("Russian") point at their entity but are
  // not names, so the document lists them under no entity's mentions (news NER conventions count
  // neither); what they resolve to shows in the roles, events and aliases they give.
  it("keeps Melania and Donald Trump apart and resolves 'the first lady' to Melania", () => {
    const melania = entity("person:melania-trump")!;
    const donald = entity("person:donald-trump")!;
    expect(donald.mentions.some((m) => m.text === "Trump")).toBe(true);
    expect(melania.mentions.map((m) => m.text)).not.toContain("Trump");
    expect(melania.roles?.map((r) => r.title)).toContain("First Lady");
    expect(donald.roles?.map((r) => r.title) ?? []).not.toContain("First Lady");
    const said = doc.events.find((e) => e.type === "COMMUNICATION" && e.evidence.some((x) => x.text.startsWith("The first lady said")))!;
    expect(said.participants).toContainEqual({ entityId: "person:melania-trump", role: "agent" });
    expect(said.participants.map((p) => p.entityId)).not.toContain("person:donald-trump");
  });
  // A relationship needs a sentence that names (or refers to) both ends: the article never says the
  // Kremlin is in Russia, nor where Moscow and Kyiv are, so the gazetteer's geography is not told.
  it("makes the Kremlin an organisation, and states no geography the article does not", () => {
    expect(entity("organization:kremlin")?.kind).toBe("ORGANIZATION");
    expect(rel("PART_OF", "organization:kremlin", "place:russia")).toBe(false);
    expect(rel("LOCATED_IN", "place:moscow", "place:russia")).toBe(false);
    expect(rel("LOCATED_IN", "place:kyiv", "place:ukraine")).toBe(false);
    const forms = (id: string) => entity(id)!.aliases;
    for (const r of doc.relationships) {
      const both = r.evidence.some((ev) => forms(r.sourceId).some((a) => ev.text.includes(a)) && forms(r.targetId).some((a) => ev.text.includes(a)));
      expect(both, `${r.type} ${r.sourceId} ${r.targetId}`).toBe(true);
    }
  });
  it("maps demonyms to their country as aliases, not as mentions", () => {
    expect(entity("place:russia")!.aliases).toContain("Russian");
    expect(entity("place:ukraine")!.aliases).toContain("Ukrainian");
    expect(entity("place:russia")!.mentions.map((m) => m.text)).not.toContain("Russian");
    expect(entity("place:ukraine")!.mentions.map((m) => m.text)).not.toContain("Ukrainian");
  });
  it("has Putin take part in the ICC legal action", () => {
    const legal = doc.events.find((e) => e.type === "LEGAL_ACTION")!;
    expect(legal.participants.map((p) => p.entityId)).toEqual(expect.arrayContaining(["person:vladimir-putin", "organization:international-criminal-court"]));
  });
  it("dates the annexation of Crimea 2014", () => {
    const ev = doc.events.find((e) => (e.type === "TERRITORIAL_CHANGE" || e.type === "MILITARY_ACTION") && e.participants.some((p) => p.entityId === "place:crimea"));
    expect(ev?.date).toBe("2014");
  });
  it("dates the invasion 2022", () => {
    expect(doc.events.some((e) => e.type === "MILITARY_ACTION" && e.date === "2022")).toBe(true);
  });
  it("resolves 'Friday' against publishedAt and keeps the words when there is none", () => {
    const withDate = extractArticle({ ...seed!.input, publishedAt: "2025-08-17" });
    const meeting = withDate.events.find((e) => e.type === "MEETING")!;
    expect(meeting.date).toBe("2025-08-15");
    const undated = doc.events.find((e) => e.type === "MEETING")!;
    expect(undated.date).toBeNull();
    expect(undated.dateText).toBe("Friday");
    expect(undated.placeId).toBe("place:alaska");
  });
});
