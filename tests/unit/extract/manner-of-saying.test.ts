// Words that only say how something was said, or name a share, make no event of their own.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";

const types = (text: string) => extractArticle({ text }).events.map((e) => e.type);

describe("how something was said is not an event", () => {
  it("makes no communication of 'said in a statement'", () => {
    expect(types("Redline Freight said in a statement that it was reviewing its options.")).not.toContain("COMMUNICATION");
  });
  it("makes no communication of 'wrote that' in a judge's opinion", () => {
    expect(types("Judge Maria Alvarez wrote that the merger would leave drivers with fewer employers.")).not.toContain("COMMUNICATION");
  });
  it("makes no communication of a quote closed by 'she wrote'", () => {
    expect(types("“You serve humanity itself,” Melania Trump wrote on White House stationery.")).not.toContain("COMMUNICATION");
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
