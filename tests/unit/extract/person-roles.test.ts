// People named with their office: "President X of Y", "Chief Executive X of Acme Corp",
// "Bank of England Governor X". The "of …" part is the office's state or organisation, never
// part of the person's name, and it yields LEADER_OF / MEMBER_OF with the sentence as evidence.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";

const extract = (text: string) => extractArticle({ text });
const ids = (text: string) => extract(text).entities.map((e) => e.id);
const rel = (doc: ReturnType<typeof extract>, type: string, a: string, b: string) =>
  doc.relationships.find((r) => r.type === type && r.sourceId === a && r.targetId === b);

describe("people named with the country or company of their office", () => {
  const text = "President Kamala Kowalski of Albania met President Olga Horvath of Bhutan in Thimphu. Kowalski said the talks had been frank.";

  it("keeps 'of Albania' out of the president's name", () => {
    expect(ids(text)).toEqual(expect.arrayContaining(["person:kamala-kowalski", "person:olga-horvath", "place:albania", "place:bhutan"]));
    expect(ids(text).some((id) => id.includes("-of-"))).toBe(false);
  });
  it("records the office as President of Albania", () => {
    const kowalski = extract(text).entities.find((e) => e.id === "person:kamala-kowalski")!;
    expect(kowalski.roles).toEqual([{ title: "President", of: "place:albania" }]);
  });
  it("makes each president leader of their country, citing the sentence", () => {
    const doc = extract(text);
    const r = rel(doc, "LEADER_OF", "person:kamala-kowalski", "place:albania");
    expect(r?.evidence[0]?.text).toBe("President Kamala Kowalski of Albania met President Olga Horvath of Bhutan in Thimphu.");
    expect(rel(doc, "LEADER_OF", "person:olga-horvath", "place:bhutan")).toBeDefined();
  });
  it("resolves a later surname-only mention to the same president", () => {
    const doc = extract(text);
    expect(ids(text)).not.toContain("person:kowalski");
    expect(doc.entities.find((e) => e.id === "person:kamala-kowalski")!.aliases).toContain("Kowalski");
  });
  it("handles multi-word titles and countries: Prime Minister Elena Varga of Hungary, Theo Urbano of Equatorial Guinea", () => {
    const doc = extract("Prime Minister Elena Varga of Hungary welcomed Foreign Minister Theo Urbano of Equatorial Guinea.");
    expect(rel(doc, "LEADER_OF", "person:elena-varga", "place:hungary")).toBeDefined();
    expect(rel(doc, "MEMBER_OF", "person:theo-urbano", "place:equatorial-guinea")).toBeDefined();
  });
  it("makes a chief executive named with his company the leader of that company", () => {
    const doc = extract("Chief Executive Jane Doe of Acme Corp resigned on Tuesday.");
    // The legal form is not part of the canonical name: "Acme Corp" and "Acme" are one node.
    expect(doc.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["person:jane-doe", "organization:acme"]));
    expect(rel(doc, "LEADER_OF", "person:jane-doe", "organization:acme")).toBeDefined();
  });
  it("makes a person named with a company and no title a member of it", () => {
    const doc = extract("Analyst Tom Reyes said. Maria Lopez of Orion Holdings declined to comment.");
    expect(rel(doc, "MEMBER_OF", "person:maria-lopez", "organization:orion-holdings")).toBeDefined();
  });
  it("splits an organisation from the title that follows it: Bank of England Governor Andrew Bailey", () => {
    const doc = extract("Bank of England Governor Andrew Bailey warned about inflation.");
    expect(doc.entities.map((e) => e.id)).toEqual(expect.arrayContaining(["organization:bank-of-england", "person:andrew-bailey"]));
    expect(rel(doc, "LEADER_OF", "person:andrew-bailey", "organization:bank-of-england")).toBeDefined();
  });
  it("takes a lone surname that is also a known organisation for the person named in full", () => {
    const doc = extract("Gustav Wagner arrived in Oslo. Wagner said the talks would go on.");
    expect(doc.entities.map((e) => e.id)).not.toContain("organization:wagner-group");
    expect(doc.entities.find((e) => e.id === "person:gustav-wagner")!.aliases).toContain("Wagner");
  });
});
