import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageSize, toPage } from "../../../src/graphql/cursor.ts";

describe("keyset cursors", () => {
  it("round-trips the sort key and id of the list it came from", () => {
    const c = encodeCursor("relationships", { weight: 3, key: "LEADER_OF|OUT|place:russia" });
    expect(decodeCursor("relationships", c)).toEqual({ weight: 3, key: "LEADER_OF|OUT|place:russia" });
  });

  it("is opaque: base64url, no offset in sight", () => {
    const c = encodeCursor("articles", { publishedSort: "2025-08-16", id: "a" });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("refuses a cursor from another list", () => {
    const c = encodeCursor("articles", { publishedSort: "", id: "a" });
    expect(() => decodeCursor("entities:NAME", c)).toThrow(/different list \(articles\)/);
  });

  it("refuses garbage with a message saying what to pass", () => {
    expect(() => decodeCursor("articles", "not-a-cursor")).toThrow(/endCursor/);
  });

  it("caps first at 100 with a message naming the limit", () => {
    expect(pageSize(100, 20)).toBe(100);
    expect(pageSize(undefined, 20)).toBe(20);
    expect(() => pageSize(101, 20)).toThrow(/between 0 and 100 \(got 101\)/);
  });

  it("uses the extra row only to say a next page exists", () => {
    const page = toPage([1, 2, 3], 2, false, (n) => `c${n}`, (n, c) => ({ n, c }), async () => 3);
    expect(page.edges).toEqual([{ n: 1, c: "c1" }, { n: 2, c: "c2" }]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: "c1", endCursor: "c2" });
  });
});
