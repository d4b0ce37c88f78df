// Every list served with cursors: the name its cursors carry and the shape of its sort key, which
// is the ORDER BY of its statement (sort key, then id). A cursor is checked against this shape
// before it reaches Neo4j, and a cursor of one list is refused by another.
import { z } from "zod";
import { keysetList, type KeysetList } from "./cursor.ts";

/** The sort key of an entity page (entity-repository's EntityPageKey): mentions or name, then id. */
interface EntityPageKey {
  exact: number | null;
  mentions: number | null;
  name: string | null;
  id: string;
}

const publishedKey = z.strictObject({ publishedSort: z.string(), id: z.string() });
const dateKey = z.strictObject({ dateSort: z.string(), id: z.string() });
// Each order's cursor must carry that order's sort key: a forged {mentions: null} on the MENTIONS
// list would otherwise compare with null in Cypher and return an arbitrary page. exact: 0 for an
// exact alias hit of the search text, 1 for the rest (null without a search).
const entityKeyByMentions = z.strictObject({ exact: z.number().nullable(), mentions: z.number(), name: z.string().nullable(), id: z.string() });
const entityKeyByName = z.strictObject({ exact: z.number().nullable(), mentions: z.number().nullable(), name: z.string(), id: z.string() });

/** Query.articles (read/articles-page): newest first. */
export const articlePages = keysetList("articles", publishedKey);
/** Entity.articles (read/entity-articles): newest first. */
export const entityArticlePages = keysetList("entityArticles", publishedKey);
/** Query.events (read/events-timeline): chronological, undated last. */
export const eventPages = keysetList("events", dateKey);
/** Entity.events (read/entity-events): chronological, undated last. */
export const entityEventPages = keysetList("entityEvents", dateKey);
/** Query.entities (read/entities-page*), one list per order: most mentioned first, or by name. */
export const entityPages: Record<"MENTIONS" | "NAME", KeysetList<EntityPageKey>> = {
  MENTIONS: keysetList<EntityPageKey>("entities:MENTIONS", entityKeyByMentions),
  NAME: keysetList<EntityPageKey>("entities:NAME", entityKeyByName),
};
/** Entity.relationships (read/entity-relationships): strongest first, then type|direction|other end. */
export const relationshipPages = keysetList("relationships", z.strictObject({ weight: z.number(), key: z.string() }));
/** Entity.coMentions (read/entity-co-mentions): most shared sentences first. */
export const coMentionPages = keysetList("coMentions", z.strictObject({ count: z.number(), id: z.string() }));
/** Entity.mentions (read/entity-mentions): by article, then offset. */
export const mentionPages = keysetList("mentions", z.strictObject({ articleId: z.string(), start: z.number() }));
