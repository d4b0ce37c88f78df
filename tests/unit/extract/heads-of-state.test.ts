// Heads of state and government named with a title but no country: "President Gabriel Boric",
// "Chancellor Olaf Scholz". The country comes from the article (the same title qualified by a
// country close by, or the one country the article is about) or from a short dated list of
// well-known leaders — never for a past title. It is the role's country (the entity's `roles`);
// a LEADER_OF relationship needs a sentence that names both ends, so it comes only where the
// title's sentence names the country too.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";

const has = (text: string, type: string, a: string, b: string) =>
  extractArticle({ text }).relationships.some((r) => r.type === type && r.sourceId === a && r.targetId === b);
const rolesOf = (text: string, id: string) => extractArticle({ text }).entities.find((e) => e.id === id)?.roles;

describe("the country of a head of state named without one", () => {
  it("takes the country from 'the German chancellor' in the previous sentence, as her role's country", () => {
    const text = "The German chancellor flew to Paris on Monday. Chancellor Lena Hartmann said the talks went well.";
    expect(rolesOf(text, "person:lena-hartmann")).toEqual([{ title: "Chancellor", of: "place:germany" }]);
    // Her sentence does not name Germany: no relationship without evidence of both ends.
    expect(has(text, "LEADER_OF", "person:lena-hartmann", "place:germany")).toBe(false);
  });
  it("takes the country from 'Britain's prime minister' in the same sentence, which names both ends", () => {
    const text = "Britain's prime minister, speaking in Leeds, said Prime Minister Tom Ashby would not resign.";
    expect(rolesOf(text, "person:tom-ashby")).toEqual([{ title: "Prime Minister", of: "place:united-kingdom" }]);
    expect(has(text, "LEADER_OF", "person:tom-ashby", "place:united-kingdom")).toBe(true);
  });
  it("takes the country the article is plainly about, as his role's country", () => {
    const text =
      "SANTIAGO, Chile (AP) — Chile voted on Sunday. Chile's Electoral Service counted the ballots. The Chilean peso rose. Her campaign was endorsed by President Gabriel Boric.";
    expect(rolesOf(text, "person:gabriel-boric")).toEqual([{ title: "President", of: "place:chile" }]);
    expect(has(text, "LEADER_OF", "person:gabriel-boric", "place:chile")).toBe(false);
  });
  it("does not lend the country of another person's title: 'the wife of President Tom Ashby wrote to Norwegian Prime Minister Eva Lund'", () => {
    const text = "Clara Ashby, the wife of President Tom Ashby, wrote to Norwegian Prime Minister Eva Lund about the talks.";
    expect(has(text, "LEADER_OF", "person:eva-lund", "place:norway")).toBe(true);
    expect(extractArticle({ text }).relationships.some((r) => r.sourceId === "person:tom-ashby" && r.type === "LEADER_OF")).toBe(false);
    const text2 = "Clara Ashby, the wife of President Tom Ashby, wrote to Norwegian President Eva Lund about the talks.";
    expect(has(text2, "LEADER_OF", "person:eva-lund", "place:norway")).toBe(true);
    expect(extractArticle({ text: text2 }).relationships.some((r) => r.sourceId === "person:tom-ashby" && r.targetId === "place:norway")).toBe(false);
  });
  it("does not guess when no country stands out", () => {
    const text = "Chile and Peru signed a deal. President Ana Ruiz welcomed it.";
    expect(extractArticle({ text }).relationships.some((r) => r.sourceId === "person:ana-ruiz" && r.type === "LEADER_OF")).toBe(false);
    expect(rolesOf(text, "person:ana-ruiz")).toEqual([{ title: "President" }]);
  });
  it("knows President Joe Biden led the United States, even in an article about Ukraine", () => {
    const text = "Ukraine asked for help. Ukraine's army is short of shells. Ukraine's allies met. The United States sent aid, President Joe Biden said.";
    expect(has(text, "LEADER_OF", "person:joe-biden", "place:united-states")).toBe(true);
    expect(has(text, "LEADER_OF", "person:joe-biden", "place:ukraine")).toBe(false);
  });
  it("gives a former president no country to lead", () => {
    const text = "Chile voted. Chile's Electoral Service counted. The Chilean peso rose. Former President Michelle Bachelet voted early.";
    expect(has(text, "LEADER_OF", "person:michelle-bachelet", "place:chile")).toBe(false);
  });
});

describe("a capitalised owner noun before a title", () => {
  it("makes 'Union president Sean Gallagher' the leader of the union just named", () => {
    const text = "The Teamsters union had supported the case. Union president Sean Gallagher praised the ruling.";
    expect(has(text, "LEADER_OF", "person:sean-gallagher", "organization:teamsters")).toBe(true);
  });
});
