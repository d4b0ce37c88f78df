// Starts the test Neo4j (unless NEO4J_URI names one), migrates, and hands the connection to the
// test files through vitest's provide/inject. Starts a Redis for the live-update tests too (unless
// REDIS_URL names one), on a port the OS picks, so checkouts never share one. Stops only servers
// it started itself.
import path from "node:path";
import type { TestProject } from "vitest/node";
import { PROJECT_ROOT, loadConfig } from "../../src/config/config.ts";
import { createLogger } from "../../src/config/logger.ts";
import { openDatabase } from "../../src/db/database.ts";
import * as localNeo4j from "../../src/db/local-neo4j.ts";
import { migrate } from "../../src/db/migrate.ts";
import * as localRedis from "../../src/live/local-redis.ts";

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
    /** redis:// URL of the tests' Redis. */
    redis: string;
  }
}

/** The tests' Redis: its own folder; the port is picked free at every run. */
export const TEST_REDIS_DIR = path.join(PROJECT_ROOT, ".redis", "test");
let startedRedis = false;

/** The tests' own local server: separate data and port, so tests never touch a developer's graph. */
export const TEST_LOCAL = {
  dir: path.join(PROJECT_ROOT, ".neo4j", "test"),
  port: 7688,
  heap: "1g",
  pageCache: "512m",
} as const;

let startedPid: number | null = null;

export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig();
  let conn: TestNeo4j;
  if (config.neo4j.uri) {
    conn = { uri: config.neo4j.uri, username: config.neo4j.username, password: config.neo4j.password ?? "", database: config.neo4j.database };
  } else {
    const local = await localNeo4j.start({ ...TEST_LOCAL, logger: createLogger(config).child({ server: "test neo4j" }) });
    if (local.started) startedPid = local.pid;
    conn = { uri: local.uri, username: local.username, password: local.password, database: "neo4j" };
  }
  const db = openDatabase(conn);
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  project.provide("neo4j", conn);
  if (config.redisUrl) {
    project.provide("redis", config.redisUrl);
  } else {
    // One left by an interrupted run of this checkout is on some other port: stop it first.
    await localRedis.stop({ dir: TEST_REDIS_DIR });
    const redis = await localRedis.start({ dir: TEST_REDIS_DIR, port: await localRedis.freePort() });
    startedRedis = redis.started;
    project.provide("redis", redis.url);
  }
}

export async function teardown(): Promise<void> {
  if (startedRedis) await localRedis.stop({ dir: TEST_REDIS_DIR });
  if (startedPid !== null) await localNeo4j.stop({ dir: TEST_LOCAL.dir });
}
