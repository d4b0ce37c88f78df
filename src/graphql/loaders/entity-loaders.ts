// Loaders keyed by entity (or event) id: the node itself and every list hanging off it.
import neo4j from "neo4j-driver";
import type { EventFactuality, EventSubtype, EventType, RelationshipType } from "../../vocabulary.ts";
import type {
  ArticleRecord,
  CoMentionRecord,
  DatedEventRecord,
  Direction,
  MentionRecord,
  NeighborRecord,
  NodeKind,
  NodeRecord,
  RelationshipRecord,
} from "../records.ts";
import { articleById } from "./article-loaders.ts";
import { byKey, type LoaderCache } from "./loader-cache.ts";
import { sentenceById } from "./sentence-loaders.ts";

const int = (n: number) => neo4j.int(n);
const id = (r: { id: string }) => r.id;

/** A node as the by-id loader reads it: events come with the id of their place. */
export type LoadedNodeRecord = NodeRecord & { placeId: string | null };

export const entityById = (c: LoaderCache) =>
  c.get<LoadedNodeRecord | null>("entityById", null, async (ids) =>
    byKey(ids, await c.read("read/entities-by-id", { ids }), (r) => r.node.id, (r) => r.node, null),
  );

export interface RelationshipArgs {
  types: RelationshipType[] | null;
  direction: Direction;
  /** Only former (true) or current (false) relationships; null for all. */
  former: boolean | null;
  after: { weight: number; key: string } | null;
  limit: number;
  /** Evidence sentences read with each edge (the query's largest evidence(first:)), 0 for none. */
  evidence: number;
}
/** A first page of every relationship: read by the statement without filters (same rows, less work per relationship). */
export const unfiltered = (a: Pick<RelationshipArgs, "types" | "direction" | "former" | "after">) =>
  a.types === null && a.direction === "BOTH" && a.former === null && a.after === null;
export const relationshipsByEntity = (c: LoaderCache, a: RelationshipArgs) =>
  c.get<RelationshipRecord[]>("relationships", a, async (ids) => {
    const rows = unfiltered(a)
      ? await c.read("read/entity-strongest-relationships", { ids, limit: int(a.limit), evidence: int(a.evidence) })
      : await c.read("read/entity-relationships", { ids, ...a, limit: int(a.limit), evidence: int(a.evidence) });
    // The sentences read with the edges answer the evidence fields below without another statement.
    const sentences = sentenceById(c);
    const articles = articleById(c);
    // Each row carries its entity too: an entity card asks for both, and this answers the by-id loader.
    const nodes = entityById(c);
    for (const row of rows) {
      nodes.prime(row.id, row.node as LoadedNodeRecord);
      for (const edge of row.edges) {
        for (const { sentence, article } of edge.sentences) {
          sentences.prime(sentence.id, sentence);
          articles.prime(article.id, article);
        }
      }
    }
    return byKey(ids, rows, id, (r) => r.edges, []);
  });
export const relationshipCountByEntity = (c: LoaderCache, a: Pick<RelationshipArgs, "types" | "direction" | "former">) =>
  c.get<number>("relationshipCount", a, async (ids) =>
    byKey(ids, await c.read("read/entity-relationship-counts", { ids, ...a }), id, (r) => r.count, 0),
  );

export interface NeighborArgs {
  depth: number;
  kinds: NodeKind[] | null;
  limit: number;
}
export const neighborsByEntity = (c: LoaderCache, a: NeighborArgs) =>
  c.get<NeighborRecord[]>("neighbors", a, async (ids) =>
    byKey(ids, await c.read("read/entity-neighbors", { ids, kinds: a.kinds, depth: int(a.depth), limit: int(a.limit) }), id, (r) => r.neighbors, []),
  );

export interface CoMentionArgs {
  kinds: NodeKind[] | null;
  after: { count: number; id: string } | null;
  limit: number;
  samples: number;
}
export const coMentionsByEntity = (c: LoaderCache, a: CoMentionArgs) =>
  c.get<CoMentionRecord[]>("coMentions", a, async (ids) =>
    byKey(
      ids,
      await c.read("read/entity-co-mentions", { ids, kinds: a.kinds, after: a.after, limit: int(a.limit), samples: int(a.samples) }),
      id,
      (r) => r.items,
      [],
    ),
  );
export const coMentionCountByEntity = (c: LoaderCache, a: Pick<CoMentionArgs, "kinds">) =>
  c.get<number>("coMentionCount", a, async (ids) => byKey(ids, await c.read("read/entity-co-mention-counts", { ids, ...a }), id, (r) => r.count, 0));

export interface EntityEventArgs {
  types: EventType[] | null;
  subtypes: EventSubtype[] | null;
  factuality: EventFactuality | null;
  after: { dateSort: string; id: string } | null;
  limit: number;
}
export const eventsByEntity = (c: LoaderCache, a: EntityEventArgs) =>
  c.get<DatedEventRecord[]>("entityEvents", a, async (ids) =>
    byKey(ids, await c.read("read/entity-events", { ids, ...a, limit: int(a.limit) }), id, (r) => r.events, []),
  );
export const eventCountByEntity = (c: LoaderCache, a: Pick<EntityEventArgs, "types" | "subtypes" | "factuality">) =>
  c.get<number>("entityEventCount", a, async (ids) => byKey(ids, await c.read("read/entity-event-counts", { ids, ...a }), id, (r) => r.count, 0));

export interface EntityArticleArgs {
  after: { publishedSort: string; id: string } | null;
  limit: number;
}
export const articlesByEntity = (c: LoaderCache, a: EntityArticleArgs) =>
  c.get<ArticleRecord[]>("entityArticles", a, async (ids) =>
    byKey(ids, await c.read("read/entity-articles", { ids, after: a.after, limit: int(a.limit) }), id, (r) => r.articles, []),
  );
export const articleCountByEntity = (c: LoaderCache) =>
  c.get<number>("entityArticleCount", null, async (ids) => byKey(ids, await c.read("read/entity-article-counts", { ids }), id, (r) => r.count, 0));

export interface MentionArgs {
  after: { articleId: string; start: number } | null;
  limit: number;
}
export const mentionsByEntity = (c: LoaderCache, a: MentionArgs) =>
  c.get<MentionRecord[]>("mentions", a, async (ids) =>
    byKey(ids, await c.read("read/entity-mentions", { ids, after: a.after, limit: int(a.limit) }), id, (r) => r.mentions, []),
  );
export const mentionCountByEntity = (c: LoaderCache) =>
  c.get<number>("mentionCount", null, async (ids) => byKey(ids, await c.read("read/entity-mention-counts", { ids }), id, (r) => r.count, 0));
