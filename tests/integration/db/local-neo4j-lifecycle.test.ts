// The project's own Neo4j server: one server however often it is started, none after stop,
// and the app's readiness follows it without a restart. Uses its own data dir and port so the
// shared test server is never disturbed.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, loadConfig } from "../../../src/config/config.ts";
import { openDatabase } from "../../../src/db/database.ts";
import * as localNeo4j from "../../../src/db/local-neo4j.ts";
import { createApp } from "../../../src/server/app.ts";

const opts = {
  dir: path.join(PROJECT_ROOT, ".neo4j", "lifecycle-test"),
  port: 7689,
  heap: "512m",
  pageCache: "128m",
} as const;

function launcherPids(): number[] {
  return fs
    .readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const cmd = fs.readFileSync(`/proc/${p}/cmdline`, "utf8");
        return cmd.includes("newsgraph.Neo4jLauncher") && cmd.includes(opts.dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const began = Date.now();
  while (Date.now() - began < timeoutMs) {
    if (await check()) return Date.now() - began;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

afterAll(async () => {
  await localNeo4j.stop(opts);
});

describe("local Neo4j manager", { timeout: 240_000 }, () => {
  it("starting twice leaves exactly one server, reached over Bolt with the stored password", async () => {
    const first = await localNeo4j.start(opts);
    const second = await localNeo4j.start(opts);
    expect(second.started).toBe(false);
    expect(second.pid).toBe(first.pid);
    expect(launcherPids()).toEqual([first.pid]);
    const db = openDatabase({ uri: first.uri, username: "neo4j", password: first.password, database: "neo4j" });
    try {
      expect(await db.ping()).toBe(true);
      const info = await db.driver.getServerInfo();
      expect(info.agent).toBe("Neo4j/5.26.30");
    } finally {
      await db.close();
    }
  });

  it("refuses a wrong password: authentication is on", async () => {
    const db = openDatabase({ uri: localNeo4j.localUri(opts.port), username: "neo4j", password: "wrong-password", database: "neo4j" });
    try {
      await expect(db.driver.verifyConnectivity()).rejects.toThrow(/auth|credentials|unauthorized/i);
    } finally {
      await db.close();
    }
  });

  it("/readyz turns 503 when Neo4j dies and 200 again after db:start, without restarting the app", async () => {
    const conn = await localNeo4j.start(opts);
    const config = loadConfig({ NODE_ENV: "test", NEO4J_URI: conn.uri, NEO4J_PASSWORD: conn.password, LOG_LEVEL: "warn" });
    const db = openDatabase({ uri: conn.uri, username: "neo4j", password: conn.password, database: "neo4j" });
    const server = http.createServer(createApp({ config, db }).handler);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const readyz = async () => (await fetch(`${base}/readyz`)).status;
    try {
      expect(await readyz()).toBe(200);
      process.kill(conn.pid, "SIGKILL");
      const downAfter = await waitFor(async () => (await readyz()) === 503, 10_000);
      expect(downAfter).toBeLessThan(10_000);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      await localNeo4j.start(opts);
      await waitFor(async () => (await readyz()) === 200, 120_000);
    } finally {
      await new Promise((r) => server.close(r));
      await db.close();
    }
  });

  it("stop leaves no server process behind", async () => {
    await localNeo4j.start(opts);
    expect(await localNeo4j.stop(opts)).toBe(true);
    expect(launcherPids()).toEqual([]);
    expect((await localNeo4j.status(opts)).running).toBe(false);
    expect(await localNeo4j.stop(opts)).toBe(false);
  });
});
