// What the explorer writes for an event's kind and subtype, an event still to come and a former
// relationship: words of the vocabulary table, not copies of them.
import { describe, expect, it } from "vitest";
import { eventKindLabel, plannedMark, relationshipLabel } from "../../../src/explorer/vocabulary-labels.ts";
import { EVENT_FACTUALITY_TABLE, EVENT_SUBTYPE_TABLE, EVENT_SUBTYPES } from "../../../src/vocabulary.ts";

describe("the explorer's labels", () => {
  it("name an event by its type's label, then its subtype's", () => {
    expect(eventKindLabel("MEETING", null)).toBe("Meeting");
    expect(eventKindLabel("AGREEMENT", "ACQUISITION")).toBe("Agreement · Acquisition");
    expect(eventKindLabel("APPOINTMENT", "RESIGNATION")).toBe("Appointment · Resignation");
  });

  it("have a label for every subtype of the vocabulary", () => {
    for (const s of EVENT_SUBTYPES) expect(eventKindLabel(EVENT_SUBTYPE_TABLE[s].family, s)).toContain(EVENT_SUBTYPE_TABLE[s].label);
  });

  it("mark a planned event, with what planned means, and leave an asserted one unmarked", () => {
    expect(plannedMark("PLANNED")).toEqual({ text: "planned", title: EVENT_FACTUALITY_TABLE.planned.description });
    expect(plannedMark("ASSERTED")).toBeNull();
    expect(plannedMark(undefined)).toBeNull();
  });

  it("mark a former relationship", () => {
    expect(relationshipLabel("LEADER_OF", true)).toBe("LEADER_OF (former)");
    expect(relationshipLabel("LEADER_OF", false)).toBe("LEADER_OF");
    expect(relationshipLabel("LEADER_OF", null)).toBe("LEADER_OF");
  });
});
