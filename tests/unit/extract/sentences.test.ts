import { describe, expect, it } from "vitest";
import { splitSentences } from "../../../src/extract/sentences.ts";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("sentence splitting", () => {
  it("splits a full stop glued to the next sentence", () => {
    expect(texts("They met in Alaska.The letter was short.")).toEqual(["They met in Alaska.", "The letter was short."]);
  });
  it("splits before a glued opening quote", () => {
    expect(texts("He was caught in the conflict.“In protecting them,” she wrote.")).toHaveLength(2);
  });
  it("keeps abbreviations inside the sentence", () => {
    expect(texts("The U.S. Army said Gen. Mark Smith arrived on Jan. 5 in Washington. He left.")).toEqual([
      "The U.S. Army said Gen. Mark Smith arrived on Jan. 5 in Washington.",
      "He left.",
    ]);
  });
  it("ends a sentence after U.S. when a sentence opener follows", () => {
    expect(texts("He flew to the U.S. The trip was long.")).toHaveLength(2);
  });
  it("treats a line without final punctuation as a heading", () => {
    const s = splitSentences("Trump urges ceasefire\n\nDonald Trump urged a ceasefire.");
    expect(s.map((x) => x.isHeading)).toEqual([true, false]);
  });
  it("keeps a question inside a quote with its attribution", () => {
    expect(texts("“Is this right?” he asked. Yes.")).toEqual(["“Is this right?” he asked.", "Yes."]);
  });
  it("returns offsets into the original text", () => {
    const t = "  First one.  Second one.\nThird";
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});
