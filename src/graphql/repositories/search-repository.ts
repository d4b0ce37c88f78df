// Full-text search over names and aliases (index entity_names).
import neo4j from "neo4j-driver";
import type { Tx } from "../../db/database.ts";
import type { NodeKind, NodeRecord } from "../records.ts";

export interface SearchHitRecord {
  score: number;
  node: NodeRecord;
}

export async function searchNames(tx: Tx, query: string, kinds: NodeKind[] | null, limit: number): Promise<SearchHitRecord[]> {
  return tx.run("read/search-names", { query, kinds, limit: neo4j.int(limit) });
}
