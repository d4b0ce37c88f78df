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
/**
 * The sort key of an entity page: with a search, exact alias hits first (exact 0, the rest 1);
 * then mentions (by MENTIONS) or the lower-cased name (by NAME), then id.
 */
export interface EntityPageKey {
  exact: number | null;
  mentions: number | null;
  name: string | null;
  id: string;
}

export async function listEntities(
  tx: Tx,
  a: { kinds: NodeKind[]; search: string | null; exact: string | null; orderBy: EntityOrder; after: EntityPageKey | null; limit: number },
): Promise<{ key: EntityPageKey; node: NodeRecord }[]> {
  const page = { kinds: a.kinds, after: a.after, limit: neo4j.int(a.limit) };
  // Without a text search or events, the page is read in order from an index (no sort).
  const indexed = a.search === null && !a.kinds.includes("EVENT");
  if (!indexed) {
    const rows = await tx.run("read/entities-page", { ...page, search: a.search, exact: a.search === null ? null : a.exact, orderBy: a.orderBy });
    return rows.map((r) => ({ node: r.node, key: { exact: r.exact, mentions: r.mentions, name: r.name, id: r.node.id } }));
  }
  const rows = a.orderBy === "MENTIONS" ? await tx.run("read/entities-page-by-mentions", page) : await tx.run("read/entities-page-by-name", page);
  return rows.map((r) => ({ node: r.node, key: { exact: null, mentions: r.mentions, name: r.name, id: r.node.id } }));
}

export async function countEntities(tx: Tx, a: { kinds: NodeKind[]; search: string | null }): Promise<number> {
  const [row] = await tx.run("read/entities-count", a);
  return row?.count ?? 0;
}
