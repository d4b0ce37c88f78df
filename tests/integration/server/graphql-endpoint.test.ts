import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/server/app.ts";
import { testConfig, testDatabase } from "../support.ts";

const db = testDatabase();
const app = createApp({ config: testConfig(), db });
afterAll(() => db.close());

async function post(query: string) {
  const res = await app.yoga.fetch("http://test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
}

describe("GraphQL endpoint", () => {
  it("answers { __typename }", async () => {
    const { status, body } = await post("{ __typename }");
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: "Query" } });
  });

  it("reads counts from Neo4j as plain numbers", async () => {
    const { body } = await post("{ stats { articles persons events } }");
    expect(body.errors).toBeUndefined();
    const stats = body.data!.stats as Record<string, unknown>;
    for (const v of Object.values(stats)) expect(typeof v).toBe("number");
  });
});
