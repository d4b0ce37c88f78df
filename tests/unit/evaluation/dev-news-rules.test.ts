// The dev-news scorer applies the README rules of ../shared/dev-news literally. These cases are
// small originals, so the rules are checked even where the set is absent.
import { describe, expect, it } from "vitest";
import type { ExtractionDocumentT } from "../../../src/extract/document.ts";
import { entityPrecision, norm, scoreDevDocument, type DevGold } from "../../../src/evaluation/dev-news.ts";

const text = "Harbour Bank chief Ada Varga met Tomas Reed in Lisbon. Varga said the bank would grow.";
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const gold: DevGold = {
  entities: [
    { key: "bank", kinds: ["ORGANIZATION"], required: true, names: ["Harbour Bank"] },
    { key: "ada", kinds: ["PERSON"], required: true, names: ["Ada Varga", "Varga"] },
    { key: "tomas", kinds: ["PERSON"], required: true, names: ["Tomas Reed"] },
    { key: "lisbon", kinds: ["PLACE"], required: false, names: ["Lisbon"] },
  ],
  events: [
    { key: "meet", required: true, types: ["MEETING"], anchor: "met Tomas Reed", participants_all_of_any: [["ada", "tomas"]], roles: { ada: "participant", tomas: "participant" } },
    { key: "say", required: false, types: ["COMMUNICATION"], anchor: "Varga said" },
  ],
  relationships: [
    { key: "lead", required: true, types: ["LEADER_OF"], a: "ada", b: "bank" },
    { key: "in", required: false, types: ["LOCATED_IN"], a: "bank", b: "lisbon" },
  ],
};
const sentence = span("Harbour Bank chief Ada Varga met Tomas Reed in Lisbon.");
function doc(partial: Partial<ExtractionDocumentT>): ExtractionDocumentT {
  return { article: { id: "a", title: null, url: null, publishedAt: null, text }, entities: [], events: [], relationships: [], ...partial };
}
const entity = (id: string, kind: "PERSON" | "ORGANIZATION" | "PLACE", name: string, aliases: string[] = [name]) => ({ id, kind, name, aliases, mentions: [] });

describe("the dev-news scorer", () => {
  it("normalises names the README's way (case, possessive, leading 'the', punctuation)", () => {
    expect(norm("The Pentagon")).toBe("pentagon");
    expect(norm("McDonald’s")).toBe("mcdonald");
    expect(norm("PG&E")).toBe("pg e");
  });

  it("counts a second entity carrying a required gold name as a duplicate, and a wrong kind as a false positive", () => {
    const s = scoreDevDocument(doc({ entities: [entity("p1", "PERSON", "Ada Varga"), entity("p2", "PERSON", "Varga"), entity("o1", "PERSON", "Harbour Bank")] }), gold);
    expect(s.entities).toMatchObject({ matched: 1, duplicates: 1, wrongKinds: 1, falsePositives: 0 });
    expect(entityPrecision(s.entities)).toBeCloseTo(1 / 3);
  });

  it("neither credits nor penalises an optional gold entity", () => {
    const s = scoreDevDocument(doc({ entities: [entity("l", "PLACE", "Lisbon")] }), gold);
    expect(s.entities).toMatchObject({ matched: 0, falsePositives: 0, wrongKinds: 0, duplicates: 0 });
  });

  it("matches an event only with an accepted type, an anchor and a whole participant set, and scores its roles", () => {
    const entities = [entity("p1", "PERSON", "Ada Varga"), entity("p2", "PERSON", "Tomas Reed")];
    const meeting = { id: "e", type: "MEETING" as const, subtype: null, factuality: "asserted" as const, name: "Meeting", date: null, dateText: null, placeId: null, evidence: [sentence] };
    const full = scoreDevDocument(doc({ entities, events: [{ ...meeting, participants: [{ entityId: "p1", role: "agent" }, { entityId: "p2", role: "participant" }] }] }), gold);
    expect(full.events.matchedRequired).toBe(1);
    expect(full.roles).toEqual({ right: 1, total: 2 });
    const half = scoreDevDocument(doc({ entities, events: [{ ...meeting, participants: [{ entityId: "p1", role: "agent" }] }] }), gold);
    expect(half.events.matchedRequired).toBe(0);
    const wrongType = scoreDevDocument(doc({ entities, events: [{ ...meeting, type: "VISIT", participants: [{ entityId: "p1", role: "agent" }, { entityId: "p2", role: "participant" }] }] }), gold);
    expect(wrongType.events.matchedRequired).toBe(0);
    expect(wrongType.events.unanchored).toBe(0);
  });

  it("counts a relationship to an optional gold fact as precise but not as recall", () => {
    const entities = [entity("o", "ORGANIZATION", "Harbour Bank"), entity("l", "PLACE", "Lisbon")];
    const s = scoreDevDocument(doc({ entities, relationships: [{ type: "LOCATED_IN", sourceId: "o", targetId: "l", evidence: [sentence] }] }), gold);
    expect(s.relationships).toMatchObject({ matchedRequired: 0, predictedMatching: 1, predicted: 1 });
  });
});
