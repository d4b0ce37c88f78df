// Words that only say how something was said, or name a share, make no event of their own. A
// statement is one communication of its speaker ("said", "wrote": the dev-news conventions count
// reported speech as an event); the words that say how it was made add neither a second one nor
// a participant.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";

const types = (text: string) => extractArticle({ text }).events.map((e) => e.type);
const participants = (text: string) => extractArticle({ text }).events.map((e) => e.participants);

describe("how something was said is not an event", () => {
  it("makes 'said in a statement' one communication of the company, not two", () => {
    const text = "Redline Freight said in a statement that it was reviewing its options.";
    expect(types(text)).toEqual(["COMMUNICATION"]);
    expect(participants(text)).toEqual([[{ entityId: "organization:redline-freight", role: "agent" }]]);
  });
  it("makes a judge's 'wrote that' her communication, and what she wrote no merger", () => {
    const text = "Judge Maria Alvarez wrote that the merger would leave drivers with fewer employers.";
    expect(types(text)).toEqual(["COMMUNICATION"]);
    expect(participants(text)).toEqual([[{ entityId: "person:maria-alvarez", role: "agent" }]]);
  });
  it("makes a quote closed by 'she wrote' her communication, the stationery's owner no party to it", () => {
    const text = "“You serve humanity itself,” Melania Trump wrote on White House stationery.";
    expect(types(text)).toEqual(["COMMUNICATION"]);
    expect(participants(text)).toEqual([[{ entityId: "person:melania-trump", role: "agent" }]]);
  });
  it("keeps 'wrote a report' as a communication", () => {
    expect(types("Mario Draghi wrote a report on competitiveness last year.")).toContain("COMMUNICATION");
  });
  it("makes 'announced sanctions' a sanction only, not also a communication", () => {
    const t = types("The State Department announced sanctions on two Rapid Support Forces commanders.");
    expect(t).toContain("SANCTION");
    expect(t).not.toContain("COMMUNICATION");
  });
  it("makes no attack of attacks a government only accused someone of", () => {
    expect(types("Venezuela sanctioned two commanders it accused of organizing attacks on refugee camps.")).not.toContain("MILITARY_ACTION");
  });
  it("makes no election of a candidate's share of the vote", () => {
    expect(types("With almost all ballots counted, Camila Rojas had 38 percent of the vote.")).not.toContain("ELECTION");
  });
});

describe("an activity named in general is not an event", () => {
  it("makes no election of 'since voting became compulsory'", () => {
    expect(types("Turnout in Chile was the highest since voting became compulsory again in 2022.")).not.toContain("ELECTION");
  });
});
