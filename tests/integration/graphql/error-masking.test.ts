// Unexpected errors are masked in production (no stack, no driver or Cypher detail) and detailed
// in development. The failure is real: the app's driver names a database the server does not have.
import { describe, expect, it } from "vitest";
import { createApp } from "../../../src/server/app.ts";
import { openDatabase } from "../../../src/db/database.ts";
import { testConfig, testConnection, testDatabase } from "../support.ts";
import { graphqlClient } from "./graphql-client.ts";

async function failingRequest(env: "production" | "development") {
  const db = openDatabase({ ...testConnection(), database: "no-such-database" });
  const gql = graphqlClient(createApp({ config: testConfig({ NODE_ENV: env, LOG_LEVEL: "error" }), db }));
  try {
    return await gql(`{ entity(name: "putin") { name } }`);
  } finally {
    await db.close();
  }
}

describe("error masking", () => {
  it("masks unexpected errors in production", async () => {
    const r = await failingRequest("production");
    expect(r.errors?.[0]?.message).toBe("Unexpected error.");
    expect(r.raw).not.toMatch(/stack|neo4j|Pool|MATCH|CALL|\.ts:/i);
  });

  it("details unexpected errors in development", async () => {
    const r = await failingRequest("development");
    const original = r.errors?.[0]?.extensions?.originalError as { message: string; stack: string };
    expect(original.message).toMatch(/no-such-database/);
    expect(original.stack).toMatch(/Neo4jError/);
  });

  it("keeps expected errors readable in production", async () => {
    const db = testDatabase();
    const gql = graphqlClient(createApp({ config: testConfig({ NODE_ENV: "production" }), db }));
    const r = await gql(`{ entities(first: 1000) { totalCount } }`);
    await db.close();
    expect(r.errors?.[0]?.message).toMatch(/first must be between 0 and 100/);
  });
});
