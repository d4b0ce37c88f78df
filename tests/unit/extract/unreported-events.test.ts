// Events told as not having happened — negated, hypothetical, intended, or an unnamed future — are not events.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";

const types = (text: string) => extractArticle({ text }).events.map((e) => e.type);

describe("events that did not happen", () => {
  it("does not make a meeting of 'did not meet'", () => {
    expect(types("Albania's president Kamala Kowalski did not meet Olga Horvath in Thimphu.")).not.toContain("MEETING");
  });
  it("does not make an agreement of 'has not signed'", () => {
    expect(types("Bhutan has not signed the energy treaty with Albania.")).not.toContain("AGREEMENT");
  });
  it("does not make sanctions of 'could impose sanctions'", () => {
    expect(types("Venezuela could impose sanctions on Morocco over the border dispute.")).not.toContain("SANCTION");
  });
  it("does not make a visit of 'plans to visit'", () => {
    expect(types("Kamala Kowalski plans to visit Monrovia.")).not.toContain("VISIT");
  });
  it("does not make a meeting of 'Nor did she discuss'", () => {
    expect(types("Kamala Kowalski flew home. Nor did Kamala Kowalski discuss the border with Olga Horvath.")).not.toContain("MEETING");
    expect(types("Kamala Kowalski discussed the border with Olga Horvath.")).toContain("MEETING");
  });
  it("does not make an agreement of what a body urged others to agree", () => {
    expect(types("The United Nations urged both governments to agree a ceasefire.")).not.toContain("AGREEMENT");
  });
  it("makes a demand of 'demands that Morocco withdraw', addressed to Morocco, and no withdrawal", () => {
    const evs = extractArticle({ text: "Venezuela demands that Morocco withdraw its troops from the border." }).events;
    expect(evs.map((e) => e.type)).toEqual(["DEMAND"]);
    expect(evs[0]!.participants).toEqual([
      { entityId: "place:venezuela", role: "agent" },
      { entityId: "place:morocco", role: "recipient" },
    ]);
  });
  it("makes no event of what someone did not say ('did not immediately say whom he would support')", () => {
    expect(types("Tom Ashby did not immediately say whom he would support.")).toEqual([]);
  });
  it("keeps the refusal of 'refused to meet' but not the meeting", () => {
    const t = types("Olga Horvath refused to meet Kamala Kowalski.");
    expect(t).toContain("REJECTION");
    expect(t).not.toContain("MEETING");
  });
  it("does not make a meeting of a future one with no named doer ('technical teams would meet')", () => {
    expect(types("Norway's foreign ministry said technical teams would meet in Vienna.")).not.toContain("MEETING");
  });
  it("keeps a named company's stated plan ('the company would appeal')", () => {
    const t = types("Northwind's chief executive, Laura Whitfield, said the company was disappointed and would appeal to the Fifth Circuit Court of Appeals.");
    expect(t).toContain("LEGAL_ACTION");
  });
});
