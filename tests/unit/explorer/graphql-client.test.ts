// What the explorer tells an analyst when a request fails.
import { describe, expect, it } from "vitest";
import { ApiError, createGraphQLClient } from "../../../src/explorer/graphql-client.ts";

function replying(status: number, body: unknown): typeof fetch {
  return async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

describe("explorer GraphQL client", () => {
  it("says the server cannot be reached when the request never gets an answer", async () => {
    const request = createGraphQLClient("/graphql", async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(request("{ __typename }")).rejects.toMatchObject({ kind: "unreachable", message: expect.stringContaining("Cannot reach the server") });
  });

  it("says the database is unreachable (not that the query is wrong) on a 503 SERVICE_UNAVAILABLE", async () => {
    const request = createGraphQLClient("/graphql", replying(503, { errors: [{ message: "The database is unreachable right now.", extensions: { code: "SERVICE_UNAVAILABLE" } }] }));
    const err = (await request("{ x }").catch((e: unknown) => e)) as ApiError;
    expect(err.kind).toBe("unavailable");
    expect(err.message).toMatch(/^The database is unreachable/);
    expect(err.message).not.toMatch(/refused the query/);
  });

  it("names the limit when a query is over one (extensions.limit)", async () => {
    const request = createGraphQLClient(
      "/graphql",
      replying(200, { errors: [{ message: "Query.search: first must be between 1 and 100 (got 500).", extensions: { code: "LIMIT_EXCEEDED", limit: "maxFirst", max: 100 } }] }),
    );
    const err = (await request("{ x }").catch((e: unknown) => e)) as ApiError;
    expect(err.kind).toBe("limit");
    expect(err.limit).toBe("maxFirst");
    expect(err.message).toContain("more than the API allows (maxFirst)");
  });

  it("reports an answer without data by its HTTP status", async () => {
    const request = createGraphQLClient("/graphql", async () => new Response("Bad gateway", { status: 502, statusText: "Bad Gateway" }));
    await expect(request("{ x }")).rejects.toMatchObject({ kind: "http", message: expect.stringContaining("502") });
  });

  it("returns the data of a successful answer", async () => {
    const request = createGraphQLClient("/graphql", replying(200, { data: { stats: { articles: 7 } } }));
    expect(await request<{ stats: { articles: number } }>("{ stats { articles } }")).toEqual({ stats: { articles: 7 } });
  });
});
