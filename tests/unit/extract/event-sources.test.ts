// Who takes part in an event, and who only reports it: a dateline's agency, "according to …"
// and the speaker of reported speech are sources, not participants; "the resort of X" is where
// the event happened.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";

const eventOf = (text: string, type: string) => extractArticle({ text }).events.find((e) => e.type === type);
const ids = (text: string, type: string) => eventOf(text, type)?.participants.map((p) => p.entityId) ?? [];

describe("sources of a report are not participants", () => {
  it("leaves the source after 'according to' out of a strike", () => {
    const text = "Israeli airstrikes killed 12 people in Gaza on Sunday, according to the Gaza Health Ministry.";
    expect(ids(text, "MILITARY_ACTION")).not.toContain("organization:gaza-health-ministry");
  });
  it("leaves a dateline's (AP) out of the event", () => {
    const text = "BRUSSELS (AP) — European Union leaders met in Brussels on Thursday.";
    expect(ids(text, "MEETING")).not.toContain("organization:associated-press");
  });
  it("does not make the speaker the agent of the agreement he reports", () => {
    const text = "Steffen Hebestreit said Olaf Scholz and Sundar Pichai had agreed to keep talking.";
    expect(ids(text, "AGREEMENT")).not.toContain("person:steffen-hebestreit");
  });
  // The speaker is the agent of her statement; the company she speaks for is the agent of what it does.
  it("makes the speaker the agent of the statement and 'the company' she speaks for the agent of its appeal", () => {
    const text = "Northwind Logistics lost the case. Laura Whitfield said the company would appeal to the Fifth Circuit Court of Appeals.";
    expect(eventOf(text, "COMMUNICATION")?.participants).toEqual([{ entityId: "person:laura-whitfield", role: "agent" }]);
    const appeal = extractArticle({ text }).events.find((e) => e.type === "LEGAL_ACTION" && e.factuality === "planned");
    expect(appeal?.participants).toContainEqual({ entityId: "organization:northwind-logistics", role: "agent" });
    expect(appeal?.participants.map((p) => p.entityId)).not.toContain("person:laura-whitfield");
  });
  it("keeps the speaker as agent when a pronoun stands for it", () => {
    const text = "The International Criminal Court said it had issued an arrest warrant for Putin.";
    expect(ids(text, "LEGAL_ACTION")).toContain("organization:international-criminal-court");
  });
});

describe("the medium of a communication", () => {
  it("makes the journal the findings were published in the medium, and 'Its' the study, not the university", () => {
    const text = "Oxford University ran the study in Kenya. The study enrolled 4,800 children. Its findings were published in The Lancet two days ago.";
    expect(eventOf(text, "COMMUNICATION")?.participants).toEqual([{ entityId: "organization:the-lancet", role: "instrument" }]);
  });
});

describe("the place after a place noun", () => {
  it("makes 'the Sudanese city of El Fasher' the place of the shelling", () => {
    const ev = eventOf("Paramilitary fighters shelled a market in the Sudanese city of El Fasher on Saturday.", "MILITARY_ACTION");
    expect(ev?.placeId).toBe("place:el-fasher");
  });
});
