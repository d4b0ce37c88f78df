// Loaders keyed by article id: the article, its text (only when selected), its entities and events.
import neo4j from "neo4j-driver";
import type { EventType } from "../../vocabulary.ts";
import type { ArticleRecord, DatedEventRecord, EntityRecord, NodeKind } from "../records.ts";
import { byKey, type LoaderCache } from "./loader-cache.ts";

export const articleById = (c: LoaderCache) =>
  c.get<ArticleRecord | null>("articleById", null, async (ids) =>
    byKey(ids, await c.read("read/articles-by-id", { ids }), (r) => r.article.id, (r) => r.article, null),
  );

export const textByArticle = (c: LoaderCache) =>
  c.get<string | null>("articleText", null, async (ids) =>
    byKey(ids, await c.read("read/article-texts", { ids }), (r) => r.id, (r) => r.text, null),
  );

export const entitiesByArticle = (c: LoaderCache, a: { kinds: NodeKind[] | null; limit: number }) =>
  c.get<EntityRecord[]>("articleEntities", a, async (ids) =>
    byKey(ids, await c.read("read/article-entities", { ids, kinds: a.kinds, limit: neo4j.int(a.limit) }), (r) => r.id, (r) => r.entities, []),
  );

export const eventsByArticle = (c: LoaderCache, a: { types: EventType[] | null; limit: number }) =>
  c.get<DatedEventRecord[]>("articleEvents", a, async (ids) =>
    byKey(ids, await c.read("read/article-events", { ids, types: a.types, limit: neo4j.int(a.limit) }), (r) => r.id, (r) => r.events, []),
  );
