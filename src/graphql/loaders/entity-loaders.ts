// Loaders keyed by entity (or event) id: the node itself and every list hanging off it.
import neo4j from "neo4j-driver";
import type {
  ArticleRecord,
  CoMentionRecord,
  Direction,
  EntityRecord,
  MentionRecord,
  NeighborRecord,
  NodeKind,
  RelationshipRecord,
} from "../records.ts";
import { type LoaderCache, readByIds } from "./loader-cache.ts";

const int = (n: number) => neo4j.int(n);

export const entityById = (c: LoaderCache) =>
  c.get<EntityRecord | null>("entityById", null, (ids) =>
    readByIds(c.db, "read/entities-by-id", ids, {}, (r) => r.node as EntityRecord, null, (r) => (r.node as EntityRecord).id),
  );

export interface RelationshipArgs {
  types: string[] | null;
  direction: Direction;
  after: { weight: number; key: string } | null;
  limit: number;
}
export const relationshipsByEntity = (c: LoaderCache, a: RelationshipArgs) =>
  c.get<RelationshipRecord[]>("relationships", a, (ids) =>
    readByIds(c.db, "read/entity-relationships", ids, { ...a, limit: int(a.limit) }, (r) => r.edges as RelationshipRecord[], []),
  );
export const relationshipCountByEntity = (c: LoaderCache, a: Pick<RelationshipArgs, "types" | "direction">) =>
  c.get<number>("relationshipCount", a, (ids) => readByIds(c.db, "read/entity-relationship-counts", ids, a, (r) => r.count as number, 0));

export interface NeighborArgs {
  depth: number;
  kinds: NodeKind[] | null;
  limit: number;
}
export const neighborsByEntity = (c: LoaderCache, a: NeighborArgs) =>
  c.get<NeighborRecord[]>("neighbors", a, (ids) =>
    readByIds(c.db, "read/entity-neighbors", ids, { ...a, depth: int(a.depth), limit: int(a.limit) }, (r) => r.neighbors as NeighborRecord[], []),
  );

export interface CoMentionArgs {
  kinds: NodeKind[] | null;
  after: { count: number; id: string } | null;
  limit: number;
  samples: number;
}
export const coMentionsByEntity = (c: LoaderCache, a: CoMentionArgs) =>
  c.get<CoMentionRecord[]>("coMentions", a, (ids) =>
    readByIds(c.db, "read/entity-co-mentions", ids, { ...a, limit: int(a.limit), samples: int(a.samples) }, (r) => r.items as CoMentionRecord[], []),
  );
export const coMentionCountByEntity = (c: LoaderCache, a: Pick<CoMentionArgs, "kinds">) =>
  c.get<number>("coMentionCount", a, (ids) => readByIds(c.db, "read/entity-co-mention-counts", ids, a, (r) => r.count as number, 0));

export interface EntityEventArgs {
  types: string[] | null;
  after: { dateSort: string; id: string } | null;
  limit: number;
}
export const eventsByEntity = (c: LoaderCache, a: EntityEventArgs) =>
  c.get<EntityRecord[]>("entityEvents", a, (ids) =>
    readByIds(c.db, "read/entity-events", ids, { ...a, limit: int(a.limit) }, (r) => r.events as EntityRecord[], []),
  );
export const eventCountByEntity = (c: LoaderCache, a: Pick<EntityEventArgs, "types">) =>
  c.get<number>("entityEventCount", a, (ids) => readByIds(c.db, "read/entity-event-counts", ids, a, (r) => r.count as number, 0));

export interface EntityArticleArgs {
  after: { publishedSort: string; id: string } | null;
  limit: number;
}
export const articlesByEntity = (c: LoaderCache, a: EntityArticleArgs) =>
  c.get<ArticleRecord[]>("entityArticles", a, (ids) =>
    readByIds(c.db, "read/entity-articles", ids, { ...a, limit: int(a.limit) }, (r) => r.articles as ArticleRecord[], []),
  );
export const articleCountByEntity = (c: LoaderCache) =>
  c.get<number>("entityArticleCount", null, (ids) => readByIds(c.db, "read/entity-article-counts", ids, {}, (r) => r.count as number, 0));

export interface MentionArgs {
  after: { articleId: string; start: number } | null;
  limit: number;
}
export const mentionsByEntity = (c: LoaderCache, a: MentionArgs) =>
  c.get<MentionRecord[]>("mentions", a, (ids) =>
    readByIds(c.db, "read/entity-mentions", ids, { ...a, limit: int(a.limit) }, (r) => r.mentions as MentionRecord[], []),
  );
export const mentionCountByEntity = (c: LoaderCache) =>
  c.get<number>("mentionCount", null, (ids) => readByIds(c.db, "read/entity-mention-counts", ids, {}, (r) => r.count as number, 0));
