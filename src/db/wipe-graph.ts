// Deletes the whole graph (tests and benchmarks only; constraints and indexes stay), in
// transactions of at most PER_TRANSACTION relationships, then as many nodes: one DETACH
// DELETE of a benchmark's graph (a few 1 MB articles) exceeds Neo4j's transaction memory limit and
// deletes nothing, and so does a batch of nodes holding a hub of the 50,000-article graph unless
// its relationships are gone first.
import neo4j from "neo4j-driver";
import type { Database } from "./database.ts";

export const PER_TRANSACTION = 5_000;

/** Deletes every node and relationship; returns how many nodes were deleted. */
export async function wipeGraph(db: Database, perTransaction = PER_TRANSACTION): Promise<number> {
  for (;;) {
    const [row] = await db.write((tx) => tx.run("admin/wipe-relationships", { limit: neo4j.int(perTransaction) }));
    if ((row?.deleted ?? 0) < perTransaction) break;
  }
  let total = 0;
  for (;;) {
    const [row] = await db.write((tx) => tx.run("admin/wipe-graph", { limit: neo4j.int(perTransaction) }));
    const deleted = row?.deleted ?? 0;
    total += deleted;
    if (deleted < perTransaction) return total;
  }
}
