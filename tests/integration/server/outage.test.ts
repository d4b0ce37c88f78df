// Losing Neo4j, for real: a dedicated short-lived server (its own data dir, a free port) is stopped
// under a running app and killed under a running `npm run ingest`. The app answers at once with a
// coded SERVICE_UNAVAILABLE and HTTP 503 (the explorer says the database is unreachable) and
// recovers without a restart; the CLI stops, says what it wrote and how to resume, and the rerun
// finishes. The shared test server is never touched.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, loadConfig } from "../../../src/config/config.ts";
import { openDatabase, type Database } from "../../../src/db/database.ts";
import * as localNeo4j from "../../../src/db/local-neo4j.ts";
import { migrate } from "../../../src/db/migrate.ts";
import { wipeGraph } from "../../../src/db/wipe-graph.ts";
import { ApiError, createGraphQLClient } from "../../../src/explorer/graphql-client.ts";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { createApp } from "../../../src/server/app.ts";
import { silentLogger } from "../../../src/config/logger.ts";
import { summitDocument } from "../../fixtures/ingest/harbour-documents.ts";
import { generateCorpus } from "../../../scripts/gen-corpus.ts";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

let opts: localNeo4j.LocalNeo4jOptions;
let conn: localNeo4j.LocalNeo4jConnection;
let db: Database;

beforeAll(async () => {
  opts = { dir: path.join(PROJECT_ROOT, ".neo4j", "outage-test"), port: await freePort(), heap: "512m", pageCache: "128m" };
  await localNeo4j.stop(opts); // one left by an interrupted run would listen on another port
  conn = await localNeo4j.start(opts);
  // A fresh server on a busy machine plans its first statements slowly: generous timeouts here.
  db = openDatabase({ uri: conn.uri, username: "neo4j", password: conn.password, database: "neo4j" }, { checkRows: true, txTimeoutMs: 180_000 });
  await migrate(db);
  await wipeGraph(db);
  await ingestDocument(db, summitDocument());
}, 240_000);

afterAll(async () => {
  await db?.close();
  if (opts) await localNeo4j.stop(opts);
}, 120_000);

const articleCount = async () => (await db.read((tx) => tx.run("read/stats")))[0]!.articles;

describe("Neo4j outages", { timeout: 600_000 }, () => {
  it("keeps the local Neo4j's password off the JVM's command line", () => {
    const cmdline = fs.readFileSync(`/proc/${conn.pid}/cmdline`, "utf8");
    expect(cmdline).toContain("newsgraph.Neo4jLauncher");
    expect(cmdline).not.toContain(conn.password);
  });

  it("answers SERVICE_UNAVAILABLE with HTTP 503 within 2 s while Neo4j is stopped, and recovers without a restart", async () => {
    const config = loadConfig({ NODE_ENV: "production", NEO4J_URI: conn.uri, NEO4J_PASSWORD: conn.password });
    const appDb = openDatabase({ uri: conn.uri, username: "neo4j", password: conn.password, database: "neo4j" }, { txTimeoutMs: 180_000 });
    const server = http.createServer(createApp({ config, db: appDb, logger: silentLogger }).handler);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
    const query = (q = `{ entity(id: "person:elena-varga") { name } }`) =>
      fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q }) });
    try {
      expect((await query()).status).toBe(200);
      await localNeo4j.stop(opts);
      // A response cached a moment ago is still served (RESPONSE_CACHE); anything else needs Neo4j.
      expect((await query()).status).toBe(200);
      for (let i = 0; i < 3; i++) {
        const began = performance.now();
        const res = await query(`{ e${i}: entity(id: "person:elena-varga") { name } }`);
        const ms = performance.now() - began;
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect(res.status).toBe(503);
        expect(res.headers.get("retry-after")).toBe("2");
        expect(body.errors[0]!.extensions.code).toBe("SERVICE_UNAVAILABLE");
        expect(body.errors[0]!.message).toMatch(/database is unreachable/);
        expect(ms, `request ${i + 1} took ${Math.round(ms)} ms`).toBeLessThan(2_000);
      }
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      // What an analyst reads in the explorer.
      const explorer = createGraphQLClient(`${base}/graphql`);
      const refused = await explorer(`{ stats { articles } }`).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ApiError);
      expect((refused as ApiError).kind).toBe("unavailable");
      expect((refused as ApiError).message).toMatch(/database is unreachable/);

      conn = await localNeo4j.start(opts);
      let status = 0;
      for (let i = 0; i < 120 && status !== 200; i++) {
        status = (await query(`{ recovered${i}: entity(id: "person:elena-varga") { name } }`)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 500));
      }
      expect(status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await appDb.close();
    }
  });

  it("stops `npm run ingest` soon after Neo4j is killed, says what was written and how to resume; the rerun finishes", async () => {
    await wipeGraph(db);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-outage-"));
    const corpus = path.join(dir, "corpus.jsonl");
    const total = 40;
    fs.writeFileSync(corpus, generateCorpus(total, 7).map((a) => JSON.stringify(a)).join("\n") + "\n");
    const ingest = () => {
      const child = spawn(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["src/cli/ingest.ts", "--concurrency", "2", corpus], {
        cwd: PROJECT_ROOT,
        env: { PATH: process.env.PATH, NEO4J_URI: conn.uri, NEO4J_PASSWORD: conn.password, LOG_LEVEL: "warn", EXTRACTION_WORKERS: "1", NEO4J_TX_TIMEOUT_MS: "180000" },
      });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
      return { exited, stderr: () => stderr };
    };
    try {
      const run = ingest();
      let written = 0;
      for (let i = 0; i < 600 && written < 10; i++) {
        await new Promise((r) => setTimeout(r, 250));
        written = await articleCount();
      }
      expect(written).toBeGreaterThanOrEqual(10);
      process.kill(conn.pid, "SIGKILL");
      const killedAt = performance.now();
      // Before this change it went on rejecting articles for 15+ minutes: a minute is plenty.
      const code = await Promise.race([run.exited, new Promise<"still running">((r) => setTimeout(() => r("still running"), 60_000))]);
      const stoppedAfter = performance.now() - killedAt;
      expect(code, run.stderr()).toBe(3);
      expect(stoppedAfter).toBeLessThan(60_000);
      const out = run.stderr();
      expect(out).toMatch(/Stopped: the database became unreachable/);
      expect(out).toMatch(/the remaining articles were not attempted/);
      expect(out).toMatch(/run the same command again/);
      const reported = Number(/after (\d+) article\(s\) were written/.exec(out)?.[1]);
      expect(reported).toBeGreaterThanOrEqual(written - 2); // counted as committed, up to the pipelined ones
      expect(reported).toBeLessThan(total);

      conn = await localNeo4j.start(opts);
      const rerun = ingest();
      expect(await rerun.exited, rerun.stderr()).toBe(0);
      expect(rerun.stderr()).toMatch(/skipped \d+ unchanged/);
      const skipped = Number(/skipped (\d+) unchanged/.exec(rerun.stderr())?.[1]);
      expect(skipped).toBeGreaterThanOrEqual(reported);
      expect(await articleCount()).toBe(total);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
