// What an event reported more than once is, from its reports (src/ingest/event-report-facts.ts;
// refresh-events.cypher applies the same rules across articles, tested in
// tests/integration/ingest/event-reports.test.ts).
import { describe, expect, it } from "vitest";
import { combinedFactuality, combinedSubtype } from "../../../src/ingest/event-report-facts.ts";

const planned = { factuality: "planned" };
const asserted = { factuality: "asserted" };

describe("an event's factuality over its reports", () => {
  it("is planned while every report says it is still to come", () => {
    expect(combinedFactuality([planned, planned])).toBe("planned");
  });
  it("is asserted as soon as one report tells it as having happened", () => {
    expect(combinedFactuality([planned, asserted, planned])).toBe("asserted");
  });
  it("is asserted with no report at all", () => {
    expect(combinedFactuality([])).toBe("asserted");
  });
});

describe("an event's subtype over its reports", () => {
  it("is the one report's subtype when the others name none", () => {
    expect(combinedSubtype([{ subtype: null, latest: "2026-03-01|a" }, { subtype: "ACQUISITION", latest: "2026-02-01|b" }])).toBe("ACQUISITION");
  });
  it("is null when no report names one", () => {
    expect(combinedSubtype([{ subtype: null, latest: "" }, { subtype: null, latest: "" }])).toBeNull();
  });
  it("is the subtype most reports name, whatever the latest says", () => {
    expect(
      combinedSubtype([
        { subtype: "DEAL", latest: "2026-03-01|a" },
        { subtype: "DEAL", latest: "2026-03-02|b" },
        { subtype: "ACQUISITION", latest: "2026-03-09|c" },
      ]),
    ).toBe("DEAL");
  });
  it("goes to the latest report's on a tie ('a deal' before 'the acquisition')", () => {
    const older = { subtype: "DEAL", latest: "2026-03-01|z" };
    const newer = { subtype: "ACQUISITION", latest: "2026-03-02|a" };
    expect(combinedSubtype([older, newer])).toBe("ACQUISITION");
    expect(combinedSubtype([newer, older])).toBe("ACQUISITION");
  });
  it("goes to the name on a tie of reports published alike", () => {
    expect(combinedSubtype([{ subtype: "MERGER", latest: "" }, { subtype: "DEAL", latest: "" }])).toBe("DEAL");
  });
});
