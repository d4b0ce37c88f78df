// The `npm start` entry point as a user runs it: migrates, folds what an interrupted ingest left
// pending, loads the samples into an empty database, serves GraphQL and readiness, and shuts
// down gracefully on Ctrl-C.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.ts";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { summitDocument } from "../../fixtures/ingest/harbour-documents.ts";
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

interface Started {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `npm start`'s entry point against the test database; resolves once it serves. */
async function startServer(): Promise<Started> {
  const port = await freePort();
  const c = testConnection();
  const child = spawn(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["src/server/main.ts"], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, PORT: String(port), NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, LOG_LEVEL: "info" },
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const began = Date.now();
  while (!output.includes("GraphQL ready") && Date.now() - began < 60_000) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, base: `http://127.0.0.1:${port}`, output: () => output, exited };
}

async function query(base: string, q: string) {
  const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q }) });
  return res.json();
}

describe("npm start", () => {
  it("serves GraphQL with the sample articles loaded into an empty database, then exits cleanly on SIGINT", async () => {
    await wipeGraph(db);
    const s = await startServer();
    try {
      expect(s.output()).toMatch(/loaded 7 sample articles/);
      expect(await query(s.base, "{ __typename stats { articles } }")).toEqual({ data: { __typename: "Query", stats: { articles: 7 } } });
      expect((await fetch(`${s.base}/readyz`)).status).toBe(200);
      expect((await fetch(`${s.base}/healthz`)).status).toBe(200);
    } finally {
      s.child.kill("SIGINT");
    }
    expect(await s.exited).toBe(0);
    expect(s.output()).toMatch(/Closed the Neo4j driver/);
  }, 90_000);

  it("folds the shared facts an interrupted ingest left pending before serving", async () => {
    await wipeGraph(db);
    // As if the process died between the article's transaction and the fold.
    await ingestDocument(db, summitDocument(), { deferAggregates: true });
    const s = await startServer();
    try {
      expect(s.output()).toMatch(/Folded the shared facts of 1 article/);
      expect(s.output()).not.toMatch(/sample articles/);
      const r = await query(s.base, `{ entity(id: "person:tomas-lindqvist") { mentionCount relationships { edges { type node { name } } } } }`);
      expect(r.data.entity.mentionCount).toBeGreaterThan(0);
      expect(r.data.entity.relationships.edges).toContainEqual({ type: "SPOUSE_OF", node: { name: "Anna Lindqvist" } });
    } finally {
      s.child.kill("SIGINT");
    }
    expect(await s.exited).toBe(0);
  }, 90_000);
});
