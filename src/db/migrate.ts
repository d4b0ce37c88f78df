// Applies cypher/schema/NNN-*.cypher in order. Every statement is idempotent (IF NOT EXISTS), so
// migrating on each start-up is safe and cheap; a failing file is reported by name.
import type { Logger } from "../config/logger.ts";
import { isStatementName, type Database, type StatementName } from "./database.ts";
import { cypherRegistry } from "./cypher-registry.ts";

/**
 * Migrations are not bound by NEO4J_TX_TIMEOUT_MS (sized for requests): building an index or
 * converting an old graph's values takes as long as the graph is large.
 */
export const MIGRATION_TIMEOUT_MS = 6 * 60 * 60 * 1000;

type SchemaStatement = Extract<StatementName, `schema/${string}`>;
const isSchemaStatement = (name: string): name is SchemaStatement => name.startsWith("schema/") && isStatementName(name);

export function schemaStatements(): SchemaStatement[] {
  return [...cypherRegistry().keys()].filter(isSchemaStatement).sort();
}

export async function migrate(db: Database, logger?: Logger): Promise<string[]> {
  const applied: string[] = [];
  for (const name of schemaStatements()) {
    // Schema changes cannot share a transaction with other statements: one write each.
    try {
      await db.write((tx) => tx.runRaw(name), { timeoutMs: MIGRATION_TIMEOUT_MS });
    } catch (err) {
      throw new Error(`Migration ${name} failed: ${(err as Error).message}`);
    }
    applied.push(name);
  }
  await db.read((tx) => tx.runRaw("read/schema-await-indexes"), { timeoutMs: MIGRATION_TIMEOUT_MS });
  logger?.info({ statements: applied.length }, `Schema up to date (${applied.length} statements)`);
  return applied;
}
