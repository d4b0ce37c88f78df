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
  // Without a text search or events, the page is read in order from an index (no sort).
  const indexed = a.search === null && !a.kinds.includes("EVENT");
  const rows = indexed
    ? await tx.run(a.orderBy === "MENTIONS" ? "read/entities-page-by-mentions" : "read/entities-page-by-name", {
        kinds: a.kinds,
        after: a.after,
        limit: neo4j.int(a.limit),
      })
    : await tx.run("read/entities-page", { ...a, limit: neo4j.int(a.limit) });
  return rows.map((r) => {
    const node = r.node as EntityRecord;
    return { node, key: { mentions: (r.mentions as number | null) ?? null, name: (r.name as string | null) ?? null, id: node.id } };
  });
}

export async function countEntities(tx: Tx, a: { kinds: NodeKind[]; search: string | null }): Promise<number> {
  const [row] = await tx.run("read/entities-count", a);
  return (row?.count as number | undefined) ?? 0;
}
