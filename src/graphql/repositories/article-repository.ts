// Pages of articles, newest first, and their count.
import neo4j from "neo4j-driver";
import type { Tx } from "../../db/database.ts";
import type { ArticleRecord } from "../records.ts";

export async function listArticles(tx: Tx, a: { after: { publishedSort: string; id: string } | null; limit: number }): Promise<ArticleRecord[]> {
  const rows = await tx.run("read/articles-page", { after: a.after, limit: neo4j.int(a.limit) });
  return rows.map((r) => r.article);
}

export async function countArticles(tx: Tx): Promise<number> {
  const [row] = await tx.run("read/articles-count");
  return row?.count ?? 0;
}
