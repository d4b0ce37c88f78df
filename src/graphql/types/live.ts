// Subscription: live updates over Server-Sent Events (graphql-yoga's GraphQL over SSE: POST or GET
// /graphql with `accept: text/event-stream`). articleIngested and entityUpdated are published once
// an ingest's write and the fold of its shared facts have committed (src/live/ingest-announcements.ts),
// by whichever instance or ingest CLI wrote, and reach every instance through the event bus.
// Each event is resolved with fresh loaders in a fresh read transaction begun with the event's
// bookmarks, so what it names is read as of at least that write, on any cluster member.
import { Repeater } from "graphql-yoga";
import { SubscriberTooSlowError } from "../../live/event-bus.ts";
import type { ArticleIngested, EntityUpdated, IngestProgress } from "../../live/live-events.ts";
import { builder } from "../builder.ts";
import type { GraphQLContext } from "../context.ts";
import { quoted, userError } from "../cursor.ts";
import { articleById } from "../loaders/article-loaders.ts";
import { entityById } from "../loaders/entity-loaders.ts";
import { entityKey } from "../node-id.ts";
import { findEntityByRedirect } from "../repositories/name-key-repository.ts";
import { ArticleRef, EntityRef } from "./refs.ts";

const BOOKMARKS_DESCRIPTION =
  "Bookmarks of the write this event announces: send them as the x-neo4j-bookmarks header (comma-separated) to read that write through any instance.";

const ArticleIngestedEvent = builder.objectRef<ArticleIngested>("ArticleIngestedEvent").implement({
  description: "An article was written (new or changed) and its shared facts folded into the graph.",
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: "The article as stored now (null if it was deleted since).",
      resolve: (e, _args, ctx) => articleById(ctx.loaders).load(e.articleId),
    }),
    articleId: t.exposeString("articleId", { description: "The article's id." }),
    replaced: t.exposeBoolean("replaced", { description: "A previous version of the article was replaced." }),
    entityCount: t.exposeInt("entityCount", { description: "Entities extracted from the article." }),
    eventCount: t.exposeInt("eventCount", { description: "Events extracted from the article." }),
    entitiesCreated: t.exposeInt("entitiesCreated", { description: "Entities new to the graph." }),
    eventsCreated: t.exposeInt("eventsCreated", { description: "Events new to the graph." }),
    bookmarks: t.stringList({ description: BOOKMARKS_DESCRIPTION, resolve: (e) => [...e.bookmarks] }),
  }),
});

const EntityUpdatedEvent = builder.objectRef<EntityUpdated>("EntityUpdatedEvent").implement({
  description: "An article added mentions, events or relationships to an entity (or reports to an event).",
  fields: (t) => ({
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: "The entity as stored now (null if it was removed since).",
      resolve: (e, _args, ctx) => entityById(ctx.loaders).load(e.entityId),
    }),
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: "The article that changed it (null if it was deleted since).",
      resolve: (e, _args, ctx) => articleById(ctx.loaders).load(e.articleId),
    }),
    mentions: t.exposeInt("mentions", { description: "Mentions of it in the article (for an event: sentences reporting it)." }),
    events: t.exposeInt("events", { description: "Events of the article it takes part in." }),
    relationships: t.exposeInt("relationships", { description: "Relationships of the article it is an end of." }),
    bookmarks: t.stringList({ description: BOOKMARKS_DESCRIPTION, resolve: (e) => [...e.bookmarks] }),
  }),
});

const IngestProgressEvent = builder.objectRef<IngestProgress>("IngestProgressEvent").implement({
  description: "Where a running bulk ingest (npm run ingest) is: at most one event a second per run, and a last one when it ends.",
  fields: (t) => ({
    runId: t.exposeString("runId", { description: "Id of the run, the same in all its events." }),
    shard: t.exposeString("shard", { nullable: true, description: "K/N when the run is one of N shards of a corpus (npm run ingest -- --shard K/N)." }),
    done: t.exposeInt("done", { description: "Articles processed so far." }),
    total: t.exposeInt("total", { nullable: true, description: "Articles in the run, when known." }),
    written: t.exposeInt("written", { description: "Articles written (new or changed)." }),
    unchanged: t.exposeInt("unchanged", { description: "Articles already stored unchanged." }),
    rejected: t.exposeInt("rejected", { description: "Articles refused (bad input or a failed write)." }),
    articlesPerSecond: t.exposeFloat("articlesPerSecond", { description: "Throughput since the run began." }),
    finished: t.exposeBoolean("finished", { description: "True on the run's last event." }),
  }),
});

/**
 * The bus's events for one subscription, each resolved with fresh loaders in a fresh read
 * transaction begun with the client's and the event's bookmarks; the transaction of the last event
 * ends with the stream.
 */
function liveStream<T extends object>(ctx: GraphQLContext, source: Repeater<T>): Repeater<T> {
  return new Repeater<T>(async (push, stop) => {
    // The client went away (or the server is shutting down): stop listening on the bus at once.
    void stop.then(() => source.return());
    try {
      // graphql resolves one event's selection before it asks for the next, so renewing here
      // never pulls the transaction from under a resolver still reading.
      for (let next = await source.next(); !next.done; next = await source.next()) {
        const announced = "bookmarks" in next.value ? (next.value.bookmarks as readonly string[]) : [];
        await ctx.loaders.renew([...ctx.bookmarks, ...announced]);
        await push(next.value);
      }
    } catch (err) {
      // A subscriber that fell too far behind is completed (its client subscribes again), not broken off.
      if (!(err instanceof SubscriberTooSlowError)) throw err;
    } finally {
      await ctx.loaders.close().catch(() => undefined);
    }
    stop();
  });
}

function busOf(ctx: GraphQLContext) {
  if (!ctx.bus) throw userError("Subscriptions are not served here.", { code: "SUBSCRIPTIONS_UNAVAILABLE" });
  return ctx.bus;
}

builder.subscriptionFields((t) => ({
  articleIngested: t.field({
    type: ArticleIngestedEvent,
    description: "Every article written from now on, by any instance or ingest worker, once its shared facts are folded in.",
    subscribe: (_root, _args, ctx) => liveStream(ctx, busOf(ctx).subscribe("articleIngested")),
    resolve: (event) => event,
  }),
  entityUpdated: t.field({
    type: EntityUpdatedEvent,
    description: "Every change an ingested article makes to one entity (its new mentions, events, relationships), from now on.",
    args: { id: t.arg.id({ required: true, description: "The entity's global ID, or a key such as person:vladimir-putin." }) },
    subscribe: async (_root, args, ctx) => {
      const bus = busOf(ctx);
      const key = entityKey(String(args.id));
      const entity = (await entityById(ctx.loaders).load(key)) ?? (await ctx.loaders.inRead((tx) => findEntityByRedirect(tx, key)));
      // The check's read transaction must not stay open while the subscription waits.
      await ctx.loaders.renew();
      if (!entity) throw userError(`entityUpdated: no entity has id ${quoted(String(args.id))}. Subscribe with an id the API returned.`);
      return liveStream(ctx, bus.subscribe("entityUpdated", entity.id));
    },
    resolve: (event) => event,
  }),
  ingestProgress: t.field({
    type: IngestProgressEvent,
    description: "Progress of every bulk ingest run (npm run ingest) from now on, from any worker that shares the event bus (REDIS_URL).",
    subscribe: (_root, _args, ctx) => liveStream(ctx, busOf(ctx).subscribe("ingestProgress")),
    resolve: (event) => event,
  }),
}));
