// The Article node and Query.article / Query.articles.
import { builder } from "../builder.ts";
import { articlePages } from "../keyset-lists.ts";
import { articleById, entitiesByArticle, eventsByArticle, textByArticle } from "../loaders/article-loaders.ts";
import { LIMITS } from "../limits.ts";
import { articleKey } from "../node-id.ts";
import { countArticles, listArticles } from "../repositories/article-repository.ts";
import { asNode, keysetConnection, pagedField } from "./connection.ts";
import { ArticleConnectionRef } from "./connection-edges.ts";
import { EntityKindEnum, EventTypeEnum } from "./enums.ts";
import { ArticleRef, EntityRef, EventRef } from "./refs.ts";

builder.node(ArticleRef, {
  description: "A news article that was ingested: its metadata, text, and what it names and reports.",
  id: { resolve: (a) => a.id },
  isTypeOf: (v) => typeof v === "object" && v !== null && "publishedSort" in v,
  loadMany: async (ids, ctx) => (await articleById(ctx.loaders).loadMany(ids)).map((r) => (r instanceof Error ? null : r)),
  fields: (t) => ({
    articleId: t.exposeString("id", { description: "The article's own id (given at ingest, or a hash of the text)." }),
    title: t.string({ nullable: true, description: "Headline, when given.", resolve: (a) => a.title }),
    url: t.string({ nullable: true, description: "Where it was published, when given.", resolve: (a) => a.url }),
    publishedAt: t.string({ nullable: true, description: "Publication date or date-time (ISO 8601), when given.", resolve: (a) => a.publishedAt }),
    ingestedAt: t.string({ nullable: true, description: "When it was ingested (ISO 8601).", resolve: (a) => a.ingestedAt }),
    text: t.string({
      description: "The full text. Evidence and mention offsets index into it.",
      resolve: async (a, _args, ctx) => (await textByArticle(ctx.loaders).load(a.id)) ?? "",
    }),
    entities: t.field({
      type: [EntityRef],
      description: "Entities the article names, most mentioned in it first.",
      args: {
        kinds: t.arg({ type: [EntityKindEnum], required: false, description: "Only these kinds (all when omitted)." }),
        first: t.arg.int({ defaultValue: 50, description: `Most entities to return, 50 by default, at most ${LIMITS.maxFirst}.` }),
      },
      ...pagedField(50),
      resolve: (a, args, ctx) => entitiesByArticle(ctx.loaders, { kinds: args.kinds ?? null, limit: args.first ?? 50 }).load(a.id),
    }),
    events: t.field({
      type: [EventRef],
      description: "Events the article reports, chronological (undated last).",
      args: {
        types: t.arg({ type: [EventTypeEnum], required: false, description: "Only these event types (all when omitted)." }),
        first: t.arg.int({ defaultValue: 50, description: `Most events to return, 50 by default, at most ${LIMITS.maxFirst}.` }),
      },
      ...pagedField(50),
      resolve: (a, args, ctx) => eventsByArticle(ctx.loaders, { types: args.types ?? null, limit: args.first ?? 50 }).load(a.id),
    }),
  }),
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description: "One article by its global ID or its own id; null when unknown.",
    args: { id: t.arg.id({ required: true, description: "Global ID or article id." }) },
    resolve: (_root, args, ctx) => articleById(ctx.loaders).load(articleKey(String(args.id))),
  }),
  articles: t.connection(
    {
      type: ArticleRef,
      description: "All articles, newest first.",
      ...pagedField(),
      resolve: (_root, args, ctx, info) =>
        keysetConnection(args, info, articlePages, {
          page: (after, limit) => ctx.loaders.inRead((tx) => listArticles(tx, { after, limit })),
          key: (r) => ({ publishedSort: r.publishedSort, id: r.id }),
          edge: asNode,
          count: () => ctx.loaders.inRead((tx) => countArticles(tx)),
        }),
    },
    ArticleConnectionRef,
  ),
}));
