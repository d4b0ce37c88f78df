// Highlighting the mention inside an evidence sentence.
import { describe, expect, it } from "vitest";
import { aliasRangesInSentence, highlightSegments, mentionRangesInSentence } from "../../../src/explorer/evidence-highlight.ts";

const SENTENCE = "It was handed to Russian President Vladimir Putin in Alaska.";

describe("evidence highlight", () => {
  it("highlights a mention by its article offsets, shifted to the sentence", () => {
    // The sentence starts at offset 100 of its article; "Vladimir Putin" sits at 135–149 there.
    const ranges = mentionRangesInSentence(100, 100 + SENTENCE.length, [{ start: 135, end: 149 }, { start: 5, end: 10 }]);
    const marked = highlightSegments(SENTENCE, ranges).filter((s) => s.highlighted).map((s) => s.text);
    expect(marked).toEqual(["Vladimir Putin"]);
  });

  it("falls back to whole-word alias matches, longest first, ignoring case", () => {
    const ranges = aliasRangesInSentence(SENTENCE, ["Putin", "Vladimir Putin", "alaska"]);
    const marked = highlightSegments(SENTENCE, ranges).filter((s) => s.highlighted).map((s) => s.text);
    expect(marked).toEqual(["Vladimir Putin", "Alaska"]);
  });

  it("does not highlight an alias inside a longer word", () => {
    expect(aliasRangesInSentence("Russians and Russia", ["Russia"])).toEqual([{ start: 13, end: 19 }]);
  });

  it("merges overlapping highlights and keeps every character of the sentence", () => {
    const segments = highlightSegments(SENTENCE, [{ start: 35, end: 49 }, { start: 44, end: 49 }]);
    expect(segments.map((s) => s.text).join("")).toBe(SENTENCE);
    expect(segments.filter((s) => s.highlighted)).toHaveLength(1);
  });
});
