// Events: which words report a new event, who did it to whom, where and when.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";

const events = (text: string, publishedAt?: string) => extractArticle({ text, ...(publishedAt ? { publishedAt } : {}) }).events;
const roles = (e: { participants: Array<{ entityId: string; role: string }> }) =>
  Object.fromEntries(e.participants.map((p) => [p.entityId, p.role]));

describe("event participants", () => {
  it("makes the subject before the verb the agent and the object after it the target, dated by 'In 2015,'", () => {
    const [sanction] = events("In 2015, Venezuela imposed sanctions on Morocco over a border dispute.");
    expect(sanction!.type).toBe("SANCTION");
    expect(sanction!.date).toBe("2015");
    expect(roles(sanction!)).toEqual({ "place:venezuela": "agent", "place:morocco": "target" });
  });
  it("makes both countries participants when they sign together (the parties to an agreement)", () => {
    const [deal] = events("Albania and Bhutan signed an agreement on energy trade in August 2021.");
    expect(roles(deal!)).toEqual({ "place:albania": "participant", "place:bhutan": "participant" });
    expect(deal!.date).toBe("2021-08");
  });
  it("makes the visited city the place of a visit, and the couple its agents", () => {
    const [visit] = events("Petra Young and his wife Ulla Young later visited Monrovia.");
    expect(visit!.type).toBe("VISIT");
    expect(visit!.placeId).toBe("place:monrovia");
    expect(roles(visit!)).toEqual({ "person:petra-young": "agent", "person:ulla-young": "agent", "place:monrovia": "place" });
  });
  it("makes every titled name of a listed subject a party to the talks, and none of their countries", () => {
    const [talks] = events("Austrian Chancellor Lena Hartmann, Greek President Petra Young and Irish Prime Minister Tom Ashby held talks on the sidelines.");
    expect(talks!.type).toBe("NEGOTIATION");
    expect(roles(talks!)).toEqual({ "person:lena-hartmann": "participant", "person:petra-young": "participant", "person:tom-ashby": "participant" });
  });
  it("does not make the countries in presidents' titles parties to their meeting", () => {
    const [meeting] = events("President Kamala Kowalski of Albania met President Olga Horvath of Bhutan in Thimphu.");
    expect(roles(meeting!)).toEqual({ "person:kamala-kowalski": "agent", "person:olga-horvath": "participant", "place:thimphu": "place" });
  });
  it("keeps the parties of an earlier clause out of a later one ('…, after which the court issued a warrant')", () => {
    const evs = events("The Associated Press documented the abuses in 2022, after which the International Criminal Court issued an arrest warrant for Putin.");
    const warrant = evs.find((e) => e.type === "LEGAL_ACTION")!;
    expect(roles(warrant)).toEqual({ "organization:international-criminal-court": "agent", "person:vladimir-putin": "target" });
  });
  it("makes the people named as included in a group its doers, not the one the group supports", () => {
    const ev = events("The plan was criticised by supporters of Olga Horvath, including Maria Lopez.").find((e) => e.type === "REJECTION")!;
    expect(ev.participants).toEqual([{ entityId: "person:maria-lopez", role: "agent" }]);
  });
  it("reads the name before 'which' as the target of a relative clause", () => {
    const ev = events("Russia kept the Crimean Peninsula, which it annexed in 2014.").find((e) => e.type === "TERRITORIAL_CHANGE")!;
    expect(ev.date).toBe("2014");
    expect(roles(ev)).toMatchObject({ "place:russia": "agent", "place:crimea": "target" });
  });
});

describe("events of people the text does not name", () => {
  it("keeps a protest by 'hundreds of farmers', with no participant", () => {
    const evs = events("Outside the ministry, hundreds of farmers protested against fuel costs.");
    expect(evs.map((e) => [e.type, e.participants.length])).toEqual([["PROTEST", 0]]);
  });
});

describe("spurious events", () => {
  it("does not report an agreement when a body only urges governments to agree", () => {
    const evs = events("The United Nations urged both governments to agree a ceasefire before the end of June.");
    expect(evs.map((e) => e.type)).toEqual(["APPEAL"]);
  });
  // (A lone surname with no other evidence of its kind is no typed name: the writer is named in full.)
  it("does not report the shelling an inquiry is demanded into as a new attack", () => {
    const evs = events("Olga Horvath wrote a letter to the United Nations demanding an inquiry into the shelling.");
    expect(evs.map((e) => e.type).sort()).toEqual(["COMMUNICATION", "DEMAND"]);
    expect(evs.find((e) => e.type === "DEMAND")!.participants).toEqual([{ entityId: "person:olga-horvath", role: "agent" }]);
  });
  it("does not report a definite event noun as new when the sentence's verb reports another event", () => {
    const evs = events("Russia's invasion of Ukraine has resulted in Russia taking Ukrainian children out of the country.");
    expect(evs.map((e) => e.type)).toEqual(["ABDUCTION"]);
  });
  it("keeps an event noun after a time preposition: 'during their meeting in Alaska'", () => {
    const evs = events("Donald Trump handed a letter to Vladimir Putin during their meeting in Alaska.");
    expect(evs.map((e) => e.type).sort()).toEqual(["COMMUNICATION", "MEETING"]);
  });
  it("does not read a company named Summit Holdings as a summit", () => {
    expect(events("Summit Holdings announced a new plant in Albania.").map((e) => e.type)).toEqual(["COMMUNICATION"]);
  });
  it("does not report talk of 'any peace negotiations' or 'the next meeting' as events", () => {
    expect(events("Ukraine said a ceasefire is essential before any peace negotiations can begin.").some((e) => e.type === "NEGOTIATION")).toBe(false);
  });
  it("counts talks hosted by mediators as one encounter, not a meeting and a negotiation", () => {
    const evs = events("Talks between the two sides, hosted by Saudi Arabia and the United States in Jeddah, collapsed in June.");
    expect(evs.map((e) => e.type)).toEqual(["NEGOTIATION"]);
  });
  it("reads an appeal to a higher court as a legal action, still to come, besides the statement that tells it", () => {
    const evs = events("Laura Whitfield said the company would appeal to the Fifth Circuit Court of Appeals.");
    expect(evs.map((e) => e.type)).toEqual(["COMMUNICATION", "LEGAL_ACTION"]);
    const appeal = evs.find((e) => e.type === "LEGAL_ACTION")!;
    expect(appeal.factuality).toBe("planned");
    expect(appeal.participants).toContainEqual({ entityId: "organization:fifth-circuit-court-of-appeals", role: "recipient" });
    expect(evs.some((e) => e.type === "APPEAL")).toBe(false);
  });
});

describe("events named again", () => {
  it("makes 'condemned the shelling' a reference to the shelling already told, not a second attack", () => {
    const evs = events("Rapid Support Forces shelled a crowded market in El Fasher on Sunday. The United Nations condemned the shelling.");
    expect(evs.filter((e) => e.type === "MILITARY_ACTION")).toHaveLength(1);
  });
  it("makes 'observers said the vote was orderly' a description of the election already told", () => {
    const evs = events("No candidate won a majority in Sunday's presidential election in Chile. Markets reacted calmly. The peso rose. Observers from the Organization of American States said the vote was orderly.", "2025-11-17");
    expect(evs.filter((e) => e.type === "ELECTION")).toHaveLength(1);
  });
  it("keeps 'the runoff' as a new election after a first round was won", () => {
    const evs = events("No candidate won a majority in Sunday's presidential election in Chile. Markets reacted calmly. The peso rose. The runoff is scheduled for December 14.", "2025-11-17");
    expect(evs.filter((e) => e.type === "ELECTION")).toHaveLength(2);
  });
});
