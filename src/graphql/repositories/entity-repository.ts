// Root-level entity reads: by name or alias, and pages of entities. Functions take the Tx; the
// caller owns the read transaction.
import neo4j from "neo4j-driver";
import type { Tx } from "../../db/database.ts";
import type { EntityRecord, NodeKind } from "../records.ts";

export async function findEntitiesByName(tx: Tx, phrase: string, name: string, limit: number): Promise<EntityRecord[]> {
  const rows = await tx.run("read/entity-by-name", { phrase, name: name.trim().toLowerCase(), limit: neo4j.int(limit) });
  return rows.map((r) => r.node as EntityRecord);
}

export type EntityOrder = "MENTIONS" | "NAME";
export interface EntityPageKey {
  mentions: number | null;
  name: string | null;
  id: string;
}

export async function listEntities(
  tx: Tx,
  a: { kinds: NodeKind[]; search: string | null; orderBy: EntityOrder; after: EntityPageKey | null; limit: number },
): Promise<{ key: EntityPageKey; node: EntityRecord }[]> {
  const rows = await tx.run("read/entities-page", { ...a, limit: neo4j.int(a.limit) });
  return rows.map((r) => {
    const node = r.node as EntityRecord;
    return { node, key: { mentions: (r.mentions as number | null) ?? null, name: (r.name as string | null) ?? null, id: node.id } };
  });
}

export async function countEntities(tx: Tx, a: { kinds: NodeKind[]; search: string | null }): Promise<number> {
  const [row] = await tx.run("read/entities-count", a);
  return (row?.count as number | undefined) ?? 0;
}
