// One organisation or person written two ways in one article is one entity: acronyms, the other
// word order of a public body, the name without its legal form, a short given name.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";

const ids = (text: string) => extractArticle({ text }).entities.map((e) => e.id);

describe("name variants in one article", () => {
  it("joins an acronym to the one name it abbreviates, a word in capitals keeping its letters", () => {
    const out = ids("Nigel Farrow has quit the UK Freedom Alliance. He said UKFA had lost its way.");
    expect(out).toContain("organization:uk-freedom-alliance");
    expect(out).not.toContain("organization:ukfa");
  });
  it("joins 'PG&E'-style acronyms with signs to 'Pacific Gas & Electric'-style names", () => {
    const out = ids("Northern Water & Power Co. cut supplies. NW&P said the cuts would end on Friday.");
    expect(out.filter((id) => id.startsWith("organization:")).length).toBe(1);
  });
  it("joins 'Transport Department' to 'Department of Transport', and 'Marlow Sports' to 'Marlow Sports Enterprises'", () => {
    expect(ids("The Department of Transport issued rules. A Transport Department spokesman said more would follow.").filter((id) => id.includes("transport"))).toEqual(["organization:department-of-transport"]);
    expect(ids("Harbor Media Enterprises was sold. Harbor Media had been losing money.").filter((id) => id.includes("harbor"))).toEqual(["organization:harbor-media-enterprises"]);
  });
  it("joins 'Pat Quigley' to 'Patrick Quigley', not to 'Patricia Quigley' when both are named", () => {
    expect(ids("Patrick Quigley was charged. Pat Quigley denied it.").filter((id) => id.includes("quigley"))).toEqual(["person:patrick-quigley"]);
    const both = ids("Patrick Quigley and Patricia Quigley were charged. Pat Quigley denied it.").filter((id) => id.includes("quigley"));
    expect(both).toContain("person:pat-quigley");
  });
});

describe("sentences", () => {
  it("ends a sentence after an initial when a sentence adverb follows ('Malcolm X. Besides …')", () => {
    const doc = extractArticle({ text: "He spoke at the funeral of Malcolm X. Besides Ruby Dee, Davis is survived by his children." });
    expect(doc.entities.map((e) => e.name)).toContain("Malcolm X");
  });
});
