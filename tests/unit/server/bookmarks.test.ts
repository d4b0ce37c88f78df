// The x-neo4j-bookmarks header: what a client sends back is checked before it reaches Neo4j.
import { describe, expect, it } from "vitest";
import { BookmarkHeaderError, MAX_BOOKMARKS, parseBookmarks } from "../../../src/server/bookmarks.ts";

describe("bookmark header", () => {
  it("reads comma-separated bookmarks, ignoring spaces, empties and repeats", () => {
    expect(parseBookmarks(null)).toEqual([]);
    expect(parseBookmarks(" ")).toEqual([]);
    expect(parseBookmarks("FB:kcwQAbc+/=, FB:kcwQdef,,FB:kcwQAbc+/=")).toEqual(["FB:kcwQAbc+/=", "FB:kcwQdef"]);
  });

  it("refuses something that is not a bookmark, naming the header and what to send", () => {
    expect(() => parseBookmarks("FB:ok, drop table")).toThrow(BookmarkHeaderError);
    expect(() => parseBookmarks("FB:ok, drop table")).toThrow(/x-neo4j-bookmarks: "drop table" is not a bookmark\. Send back the value/);
  });

  it("refuses more than MAX_BOOKMARKS", () => {
    const many = Array.from({ length: MAX_BOOKMARKS + 1 }, (_, i) => `FB:b${i}`).join(",");
    expect(() => parseBookmarks(many)).toThrow(`at most ${MAX_BOOKMARKS} bookmarks (got ${MAX_BOOKMARKS + 1})`);
  });
});
