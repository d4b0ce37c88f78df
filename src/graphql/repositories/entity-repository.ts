// Root-level entity reads: by name or alias, and pages of entities. Functions take the Tx; the
// caller owns the read transaction.
import neo4j from "neo4j-driver";
import type { Tx } from "../../db/database.ts";
import type { NodeKind, NodeRecord } from "../records.ts";

export async function findEntitiesByName(tx: Tx, phrase: string, name: string, limit: number): Promise<NodeRecord[]> {
  const rows = await tx.run("read/entity-by-name", { phrase, name: name.trim().toLowerCase(), limit: neo4j.int(limit) });
  return rows.map((r) => r.node);
}

export type EntityOrder = "MENTIONS" | "NAME";
/** The sort key of an entity page: mentions (by MENTIONS) or the lower-cased name (by NAME), then id. */
export interface EntityPageKey {
  mentions: number | null;
  name: string | null;
  id: string;
}

export async function listEntities(
  tx: Tx,
  a: { kinds: NodeKind[]; search: string | null; orderBy: EntityOrder; after: EntityPageKey | null; limit: number },
): Promise<{ key: EntityPageKey; node: NodeRecord }[]> {
  const page = { kinds: a.kinds, after: a.after, limit: neo4j.int(a.limit) };
  // Without a text search or events, the page is read in order from an index (no sort).
  const indexed = a.search === null && !a.kinds.includes("EVENT");
  const rows = !indexed
    ? await tx.run("read/entities-page", { ...page, search: a.search, orderBy: a.orderBy })
    : a.orderBy === "MENTIONS"
      ? await tx.run("read/entities-page-by-mentions", page)
      : await tx.run("read/entities-page-by-name", page);
  return rows.map((r) => ({ node: r.node, key: { mentions: r.mentions, name: r.name, id: r.node.id } }));
}

export async function countEntities(tx: Tx, a: { kinds: NodeKind[]; search: string | null }): Promise<number> {
  const [row] = await tx.run("read/entities-count", a);
  return row?.count ?? 0;
}
