// Shortest connections between two entities (see cypher/read/path-shortest.cypher).
import neo4j from "neo4j-driver";
import type { Tx } from "../../db/database.ts";
import type { PathRecord } from "../records.ts";

export async function shortestPath(tx: Tx, from: string, to: string, maxHops: number): Promise<PathRecord | null> {
  const [row] = await tx.run("read/path-shortest", { from, to, maxHops: neo4j.int(maxHops) });
  return row ?? null;
}

export async function shortestPaths(tx: Tx, from: string, to: string, maxHops: number, limit: number): Promise<PathRecord[]> {
  return tx.run("read/paths-shortest", { from, to, maxHops: neo4j.int(maxHops), limit: neo4j.int(limit) });
}
