// Loaders keyed by article id: the article, its text (only when selected), its entities and events.
import neo4j from "neo4j-driver";
import type { ArticleRecord, EntityRecord, NodeKind } from "../records.ts";
import { type LoaderCache, readByIds } from "./loader-cache.ts";

export const articleById = (c: LoaderCache) =>
  c.get<ArticleRecord | null>("articleById", null, (ids) =>
    readByIds(c.db, "read/articles-by-id", ids, {}, (r) => r.article as ArticleRecord, null, (r) => (r.article as ArticleRecord).id),
  );

export const textByArticle = (c: LoaderCache) =>
  c.get<string | null>("articleText", null, (ids) => readByIds(c.db, "read/article-texts", ids, {}, (r) => r.text as string, null));

export const entitiesByArticle = (c: LoaderCache, a: { kinds: NodeKind[] | null; limit: number }) =>
  c.get<EntityRecord[]>("articleEntities", a, (ids) =>
    readByIds(c.db, "read/article-entities", ids, { ...a, limit: neo4j.int(a.limit) }, (r) => r.entities as EntityRecord[], []),
  );

export const eventsByArticle = (c: LoaderCache, a: { types: string[] | null; limit: number }) =>
  c.get<EntityRecord[]>("articleEvents", a, (ids) =>
    readByIds(c.db, "read/article-events", ids, { ...a, limit: neo4j.int(a.limit) }, (r) => r.events as EntityRecord[], []),
  );
