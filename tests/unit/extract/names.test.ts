// Names that are easy to get wrong: firms that read like people, surname particles, nationality
// before a job title, kin words, and offices held for a person.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";

const doc = (text: string) => extractArticle({ text });
const kinds = (text: string) => Object.fromEntries(doc(text).entities.map((e) => [e.id, e.kind]));
const rels = (text: string) => doc(text).relationships.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`);

describe("names", () => {
  it("reads 'Lindqvist & Moreau' and 'Rothschild & Co' as firms, not people", () => {
    const k = kinds("Lindqvist & Moreau was advised by Rothschild & Co on the deal.");
    expect(k).toMatchObject({ "organization:lindqvist-moreau": "ORGANIZATION", "organization:rothschild-co": "ORGANIZATION" });
    expect(Object.keys(k).some((id) => id.startsWith("person:"))).toBe(false);
  });
  it("knows banks named like people: Morgan Stanley cut its rating", () => {
    expect(kinds("Morgan Stanley cut its rating on the company.")).toEqual({ "organization:morgan-stanley": "ORGANIZATION" });
  });
  it("keeps a sentence-opening 'Van der Berg Payments' whole", () => {
    expect(kinds("Van der Berg Payments was founded in 2011.")).toEqual({ "organization:van-der-berg-payments": "ORGANIZATION" });
  });
  it("names a regulator 'Authority for Consumers and Markets' in full", () => {
    expect(kinds("The Netherlands Authority for Consumers and Markets must approve it.")).toHaveProperty(
      "organization:netherlands-authority-for-consumers-and-markets",
    );
  });
  it("does not make a place of '-listed' compounds: 'the Stockholm-listed company'", () => {
    expect(kinds("Analysts cut their rating on the Stockholm-listed company.")).toEqual({ "place:stockholm": "PLACE" });
  });
});

describe("relationships from titles and kin words", () => {
  it("makes 'the Romanian director Radu Jude' a Romanian citizen, not Romania's leader", () => {
    const r = rels("The jury gave a prize to the Romanian director Radu Jude.");
    expect(r).toContain("CITIZEN_OF person:radu-jude place:romania");
    expect(r.some((x) => x.startsWith("LEADER_OF"))).toBe(false);
  });
  it("still makes 'German Economy Minister Felix Brauer' a member of the German state", () => {
    expect(rels("German Economy Minister Felix Brauer spoke in Berlin.")).toContain("MEMBER_OF person:felix-brauer place:germany");
  });
  it("marries 'his wife' to the man sharing her surname, not the nearest name", () => {
    const r = rels("Nuri Ceylan thanked the founder, Mirsad Purivatra, and dedicated the award to his wife, Ebru Ceylan.");
    expect(r).toContain("SPOUSE_OF person:ebru-ceylan person:nuri-ceylan");
    expect(r.some((x) => x.includes("purivatra") && x.startsWith("SPOUSE_OF"))).toBe(false);
  });
  it("gives no membership for an office held for a person: 'Scholz's spokesman, Steffen Hebestreit'", () => {
    expect(rels("Olaf Scholz met reporters. Scholz's spokesman, Steffen Hebestreit, said little.")).toEqual([]);
  });
  it("does not make an organisation part of a continent: 'European Broadcasting Union'", () => {
    expect(rels("A debate was organised by the European Broadcasting Union.")).toEqual([]);
  });
});
