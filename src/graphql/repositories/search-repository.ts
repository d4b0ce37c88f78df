// Full-text search over names and aliases (index entity_names).
import neo4j from "neo4j-driver";
import type { Tx } from "../../db/database.ts";
import type { EntityRecord, NodeKind } from "../records.ts";

export interface SearchHitRecord {
  score: number;
  node: EntityRecord;
}

export async function searchNames(tx: Tx, query: string, kinds: NodeKind[] | null, limit: number): Promise<SearchHitRecord[]> {
  const rows = await tx.run("read/search-names", { query, kinds, limit: neo4j.int(limit) });
  return rows.map((r) => ({ score: r.score as number, node: r.node as EntityRecord }));
}
