// Liveness and readiness as a load balancer sees them: /healthz answers while the process serves;
// /readyz answers 200 only while Neo4j answers and the server is not shutting down.
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/database.ts";
import { createApp } from "../../../src/server/app.ts";
import { testConfig, testDatabase } from "../support.ts";

const db = testDatabase();
// Nothing listens on port 1: a Neo4j that is down.
const downDb = openDatabase({ uri: "bolt://127.0.0.1:1", username: "neo4j", password: "not-a-server", database: "neo4j" });
afterAll(async () => {
  await db.close();
  await downDb.close();
});

const get = (app: ReturnType<typeof createApp>, path: string) => app.yoga.fetch(`http://test${path}`);

describe("health and readiness", () => {
  it("/healthz answers 200 while the process serves, even with Neo4j down", async () => {
    expect((await get(createApp({ config: testConfig(), db: downDb }), "/healthz")).status).toBe(200);
  });

  it("/readyz answers 200 and says Neo4j is up while it answers", async () => {
    const res = await get(createApp({ config: testConfig(), db }), "/readyz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready", neo4j: "up" });
  });

  it("/readyz answers 503 while Neo4j is down", async () => {
    const res = await get(createApp({ config: testConfig(), db: downDb }), "/readyz");
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "unavailable", neo4j: "down" });
  });

  it("/readyz answers 503 once shutdown has begun, though Neo4j is up", async () => {
    const app = createApp({ config: testConfig(), db });
    app.markShuttingDown();
    const res = await get(app, "/readyz");
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "unavailable", neo4j: "up" });
  });
});
