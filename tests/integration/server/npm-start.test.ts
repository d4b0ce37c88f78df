// The `npm start` entry point as a user runs it: migrates, loads the samples into an empty
// database, serves GraphQL and readiness, and shuts down gracefully on Ctrl-C.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.ts";
import { testConnection, testDatabase, wipeGraph } from "../support.ts";

const db = testDatabase();
afterAll(() => db.close());

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

describe("npm start", () => {
  it("serves GraphQL with the sample articles loaded into an empty database, then exits cleanly on SIGINT", async () => {
    await wipeGraph(db);
    const port = await freePort();
    const c = testConnection();
    const child = spawn(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["src/server/main.ts"], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, PORT: String(port), NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, LOG_LEVEL: "warn" },
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      const began = Date.now();
      while (!output.includes("GraphQL ready") && Date.now() - began < 60_000) {
        if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(output).toMatch(/loaded 6 sample articles/);
      const base = `http://127.0.0.1:${port}`;
      const res = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ __typename stats { articles } }" }),
      });
      expect(await res.json()).toEqual({ data: { __typename: "Query", stats: { articles: 6 } } });
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
    expect(output).toMatch(/Closed the Neo4j driver/);
  }, 90_000);
});
