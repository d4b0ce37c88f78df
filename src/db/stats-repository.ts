// Counts by kind, answered from Neo4j's count store (no node is collected).
import type { Tx } from "./database.ts";

export interface Stats {
  articles: number;
  persons: number;
  organizations: number;
  places: number;
  events: number;
  relationships: number;
}

export async function loadStats(tx: Tx): Promise<Stats> {
  const [row] = await tx.run("read/stats");
  // The count store always answers one row.
  if (!row) throw new Error("read/stats returned no row");
  return row;
}
