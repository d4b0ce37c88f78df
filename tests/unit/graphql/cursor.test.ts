import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { keysetList } from "../../../src/graphql/cursor.ts";
import { articlePages, entityPages, relationshipPages } from "../../../src/graphql/keyset-lists.ts";
import { schema } from "../../../src/graphql/schema.ts";
import { keysetConnection } from "../../../src/graphql/types/connection.ts";
import { argBoundViolations } from "../../../src/server/limits.ts";

describe("keyset cursors", () => {
  it("round-trips the sort key and id of the list it came from", () => {
    const c = relationshipPages.encode({ weight: 3, key: "LEADER_OF|OUT|place:russia" });
    expect(relationshipPages.decode(c)).toEqual({ weight: 3, key: "LEADER_OF|OUT|place:russia" });
  });

  it("is opaque: base64url, no offset in sight", () => {
    const c = articlePages.encode({ publishedSort: "2025-08-16", id: "a" });
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("refuses a cursor from another list", () => {
    const c = articlePages.encode({ publishedSort: "", id: "a" });
    expect(() => entityPages.NAME.decode(c)).toThrow(/different list \(articles\)/);
  });

  it("refuses garbage with a message saying what to pass", () => {
    expect(() => articlePages.decode("not-a-cursor")).toThrow(/endCursor/);
  });

  it("refuses a cursor of the right list whose key has the wrong shape, before it reaches a statement", () => {
    const forged = Buffer.from(JSON.stringify(["articles", { offset: 40 }])).toString("base64url");
    expect(() => articlePages.decode(forged)).toThrow(/is not a cursor/);
  });
});

describe("connection pages", () => {
  const list = keysetList("numbers", z.strictObject({ n: z.number() }));
  const info = { parentType: { name: "Query" }, fieldName: "numbers" };
  const source = (rows: number[], seen: { after: unknown; limit: number }[] = []) => ({
    page: async (after: { n: number } | null, limit: number) => {
      seen.push({ after, limit });
      return rows.filter((n) => after === null || n > after.n).slice(0, limit);
    },
    key: (n: number) => ({ n }),
    edge: (n: number) => ({ node: n }),
    count: async () => rows.length,
  });

  it("asks for one row more than the page and uses it only to say a next page exists", async () => {
    const seen: { after: unknown; limit: number }[] = [];
    const page = await keysetConnection({ first: 2 }, info, list, source([1, 2, 3], seen));
    expect(seen).toEqual([{ after: null, limit: 3 }]);
    expect(page.edges.map((e) => e.node)).toEqual([1, 2]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: list.encode({ n: 1 }), endCursor: list.encode({ n: 2 }) });
  });

  it("reads the next page after the sort key in the cursor, never an offset", async () => {
    const seen: { after: unknown; limit: number }[] = [];
    const page = await keysetConnection({ first: 2, after: list.encode({ n: 2 }) }, info, list, source([1, 2, 3], seen));
    expect(seen).toEqual([{ after: { n: 2 }, limit: 3 }]);
    expect(page.edges.map((e) => e.node)).toEqual([3]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("gives an empty page no cursors", async () => {
    const page = await keysetConnection({ first: 5, after: list.encode({ n: 9 }) }, info, list, source([1, 2, 3]));
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it("counts the whole list only when asked", async () => {
    let counted = 0;
    const page = await keysetConnection({ first: 1 }, info, list, { ...source([1, 2, 3]), count: async () => ++counted });
    expect(counted).toBe(0);
    expect(await page.totalCount()).toBe(1);
  });

  it("refuses last and before with a BAD_USER_INPUT error naming the argument (lists page forward only)", async () => {
    await expect(keysetConnection({ last: 2 }, info, list, source([1]))).rejects.toMatchObject({
      message: expect.stringMatching(/^Query\.numbers: last is not supported; lists page forward only/),
      extensions: { code: "BAD_USER_INPUT", argument: "last" },
    });
    await expect(keysetConnection({ first: 2, before: list.encode({ n: 2 }) }, info, list, source([1]))).rejects.toMatchObject({
      extensions: { code: "BAD_USER_INPUT", argument: "before" },
    });
  });
});

describe("argument bounds", () => {
  it("caps first at 100 with a message naming the field and the limit, checked once before execution", () => {
    const [error, ...more] = argBoundViolations(schema, parse("{ entities(first: 101) { totalCount } }"), {});
    expect(more).toEqual([]);
    expect(error?.message).toBe("Query.entities: first must be between 0 and 100 (got 101).");
    expect(error?.extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "maxFirst", max: 100 });
  });
});
