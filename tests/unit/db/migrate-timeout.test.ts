// Migrations run under their own long timeout, not the request-sized NEO4J_TX_TIMEOUT_MS: on a
// large graph an index build or a value conversion outlives any request.
import { describe, expect, it } from "vitest";
import type { Database, TransactionOptions } from "../../../src/db/database.ts";
import { MIGRATION_TIMEOUT_MS, migrate, schemaStatements } from "../../../src/db/migrate.ts";

function recordingDatabase(): { db: Database; calls: { mode: string; name: string; options: TransactionOptions | undefined }[] } {
  const calls: { mode: string; name: string; options: TransactionOptions | undefined }[] = [];
  const tx = (mode: string, options: TransactionOptions | undefined) => ({
    runRaw: async (name: string) => {
      calls.push({ mode, name, options });
      return { records: [] };
    },
  });
  const db = {
    read: (work: (t: unknown) => Promise<unknown>, options?: TransactionOptions) => work(tx("read", options)),
    write: (work: (t: unknown) => Promise<unknown>, options?: TransactionOptions) => work(tx("write", options)),
  } as unknown as Database;
  return { db, calls };
}

describe("migrate", () => {
  it("runs every schema statement and the index wait with the migration timeout", async () => {
    const { db, calls } = recordingDatabase();
    await migrate(db);
    expect(calls.map((c) => c.name)).toEqual([...schemaStatements(), "read/schema-await-indexes"]);
    expect(MIGRATION_TIMEOUT_MS).toBeGreaterThanOrEqual(60 * 60 * 1000);
    for (const c of calls) expect(c.options, c.name).toEqual({ timeoutMs: MIGRATION_TIMEOUT_MS });
  });
});
