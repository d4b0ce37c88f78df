// Shared helpers for integration tests: a real Database on the test server and a clean graph.
import { inject } from "vitest";
import { loadConfig, type Config } from "../../src/config/config.ts";
import { openDatabase, type Database } from "../../src/db/database.ts";
import { wipeGraph as wipeWholeGraph } from "../../src/db/wipe-graph.ts";

export function testConnection() {
  return inject("neo4j");
}

/** redis:// URL of the tests' Redis (started by global-setup). */
export function testRedisUrl(): string {
  return inject("redis");
}

/** A database on the test server that checks every row against its statement's `returns:` header. */
export function testDatabase(): Database {
  return openDatabase(testConnection(), { checkRows: true });
}

/** A config pointing at the test server, with overrides for the app under test. */
export function testConfig(extra: Record<string, string> = {}): Config {
  const c = testConnection();
  return loadConfig({
    NODE_ENV: "test",
    NEO4J_URI: c.uri,
    NEO4J_USERNAME: c.username,
    NEO4J_PASSWORD: c.password,
    NEO4J_DATABASE: c.database,
    PORT: "4000",
    LOG_LEVEL: "warn",
    ...extra,
  });
}

/** Removes every node and relationship (schema stays). Test files call it in beforeAll/beforeEach. */
export async function wipeGraph(db: Database): Promise<void> {
  await wipeWholeGraph(db);
}

export interface GraphSnapshot {
  nodes: { labels: string[]; props: Record<string, unknown> }[];
  relationships: { from: string; type: string; to: string; props: Record<string, unknown> }[];
}

/** The whole graph as plain data, minus ingestion timestamps, for comparing two graphs. */
export async function graphSnapshot(db: Database): Promise<GraphSnapshot> {
  return db.read(async (tx) => {
    const nodes = (await tx.run("admin/graph-snapshot-nodes")).map((r) => {
      const { ingestedAt: _ignored, ...props } = r.props;
      return { labels: r.labels.sort(), props };
    });
    const relationships = await tx.run("admin/graph-snapshot-relationships");
    return { nodes, relationships };
  });
}

/**
 * Makes the graph look as graphs written before events carried a subtype and a factuality and
 * typed relationships `former`: those properties removed from events, reports, relationships
 * and the articles' claims. Test-only, so plain Cypher here rather than a statement of cypher/.
 */
export async function asWrittenBeforeFacts(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run("MATCH (e:Event) REMOVE e.subtype, e.factuality");
      await tx.run("MATCH (:Article)-[r:REPORTS]->(:Event) REMOVE r.subtype, r.factuality");
      await tx.run("MATCH (:Entity)-[r]->(:Entity) WHERE r.articleIds IS NOT NULL REMOVE r.former, r.formerArticleIds");
      await tx.run("MATCH (a:Article) REMOVE a.claimFormer");
    });
  } finally {
    await session.close();
  }
}
