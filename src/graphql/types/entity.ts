// The Entity interface (people, organisations, places and events) with its relationship fields,
// and the Person, Organization and Place node types.
import { builder } from "../builder.ts";
import type { GraphQLContext } from "../context.ts";
import { decodeCursor, encodeCursor, pageSize, toPage, userError } from "../cursor.ts";
import { LIMITS } from "../limits.ts";
import {
  articleCountByEntity,
  articlesByEntity,
  coMentionCountByEntity,
  coMentionsByEntity,
  entityById,
  eventCountByEntity,
  eventsByEntity,
  mentionCountByEntity,
  mentionsByEntity,
  neighborsByEntity,
  relationshipCountByEntity,
  relationshipsByEntity,
} from "../loaders/entity-loaders.ts";
import type { EntityRecord, NodeKind } from "../records.ts";
import { CoMentionConnectionRef } from "./co-mention.ts";
import { pageBounds, pageArgs, pagedField } from "./connection.ts";
import { ArticleConnectionRef, EventConnectionRef, MentionConnectionRef } from "./connection-edges.ts";
import { DirectionEnum, EntityKindEnum, EventTypeEnum, RelationshipTypeEnum } from "./enums.ts";
import { NeighborRef } from "./neighbor.ts";
import { RelationshipConnectionRef } from "./relationship.ts";
import { EntityRef, OrganizationRef, PersonRef, PlaceRef, entityTypeName } from "./refs.ts";

const PAGE = 20;

EntityRef.implement({
  description:
    "Something the news talks about: a person, organisation, place or event. Entities are resolved at ingest, so every alias (\"Putin\", \"Vladimir Putin\") is one entity.",
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (e) => entityTypeName(e),
  fields: (t) => ({
    kind: t.field({ type: EntityKindEnum, description: "What the entity is.", resolve: (e) => e.kind }),
    name: t.exposeString("name", { description: "Canonical name (events: a short label)." }),
    aliases: t.stringList({ description: "Every surface form seen in the articles, the name included.", resolve: (e) => e.aliases ?? [e.name] }),
    mentionCount: t.int({
      description: "How often it is mentioned over all articles (events: how many sentences describe it).",
      resolve: (e) => e.mentionCount ?? 0,
    }),
    relationships: t.field({
      type: RelationshipConnectionRef,
      description: "Typed relationships with other entities (events have none), strongest first, each with its evidence.",
      args: {
        types: t.arg({ type: [RelationshipTypeEnum], required: false, description: "Only these types (all when omitted)." }),
        direction: t.arg({ type: DirectionEnum, defaultValue: "BOTH", description: "Only relationships pointing this way." }),
        ...pageArgs(t.arg, PAGE),
      },
      ...pagedField(PAGE),
      resolve: async (e, args, ctx) => {
        const first = pageSize(args.first, PAGE);
        const after = decodeCursor<{ weight: number; key: string }>("relationships", args.after);
        const q = { types: args.types ?? null, direction: args.direction ?? "BOTH" };
        const rows = await relationshipsByEntity(ctx.loaders, { ...q, after, limit: first + 1 }).load(e.id);
        const cursor = (r: (typeof rows)[number]) => encodeCursor("relationships", { weight: r.weight, key: r.key });
        return toPage(rows, first, !!after, cursor, (r, c) => ({ ...r, cursor: c }), () => relationshipCountByEntity(ctx.loaders, q).load(e.id));
      },
    }),
    neighbors: t.field({
      type: [NeighborRef],
      description: `Entities and events within \`depth\` hops over typed relationships and event participation, nearest first (then most mentioned).`,
      args: {
        depth: t.arg.int({ defaultValue: 1, description: `Hops, 1 to ${LIMITS.maxNeighborDepth}.` }),
        kinds: t.arg({ type: [EntityKindEnum], required: false, description: "Only neighbors of these kinds (all when omitted)." }),
        first: t.arg.int({ defaultValue: PAGE, description: `Most neighbors to return, ${PAGE} by default, at most ${LIMITS.maxFirst}.` }),
      },
      extensions: { argBounds: { ...pageBounds, depth: [1, LIMITS.maxNeighborDepth] } },
      complexity: (args) => ({ field: 5 * (args.depth ?? 1), multiplier: Math.max(1, args.first ?? PAGE) }),
      resolve: (e, args, ctx) => {
        const depth = args.depth ?? 1;
        if (depth < 1 || depth > LIMITS.maxNeighborDepth) {
          throw userError(`depth must be between 1 and ${LIMITS.maxNeighborDepth} (got ${depth}).`, { limit: "maxNeighborDepth" });
        }
        return neighborsByEntity(ctx.loaders, { depth, kinds: args.kinds ?? null, limit: pageSize(args.first, PAGE) }).load(e.id);
      },
    }),
    coMentions: t.field({
      type: CoMentionConnectionRef,
      description: "Entities named in the same sentences, most shared sentences first, with sample evidence.",
      args: {
        kinds: t.arg({ type: [EntityKindEnum], required: false, description: "Only entities of these kinds (all when omitted)." }),
        ...pageArgs(t.arg, PAGE),
      },
      ...pagedField(PAGE),
      resolve: async (e, args, ctx) => {
        const first = pageSize(args.first, PAGE);
        const after = decodeCursor<{ count: number; id: string }>("coMentions", args.after);
        const kinds = args.kinds ?? null;
        const rows = await coMentionsByEntity(ctx.loaders, { kinds, after, limit: first + 1, samples: 3 }).load(e.id);
        const cursor = (r: (typeof rows)[number]) => encodeCursor("coMentions", { count: r.count, id: r.node.id });
        return toPage(rows, first, !!after, cursor, (r, c) => ({ ...r, cursor: c }), () => coMentionCountByEntity(ctx.loaders, { kinds }).load(e.id));
      },
    }),
    events: t.field({
      type: EventConnectionRef,
      description: "Events it took part in (or, for a place, that happened there), chronological with undated events last.",
      args: {
        types: t.arg({ type: [EventTypeEnum], required: false, description: "Only events of these types (all when omitted)." }),
        ...pageArgs(t.arg, PAGE),
      },
      ...pagedField(PAGE),
      resolve: (e, args, ctx) => entityEvents(ctx, e, args),
    }),
    articles: t.field({
      type: ArticleConnectionRef,
      description: "Articles that name it (events: that report it), newest first.",
      args: {
        ...pageArgs(t.arg, PAGE),
      },
      ...pagedField(PAGE),
      resolve: async (e, args, ctx) => {
        const first = pageSize(args.first, PAGE);
        const after = decodeCursor<{ publishedSort: string; id: string }>("entityArticles", args.after);
        const rows = await articlesByEntity(ctx.loaders, { after, limit: first + 1 }).load(e.id);
        const cursor = (r: (typeof rows)[number]) => encodeCursor("entityArticles", { publishedSort: r.publishedSort, id: r.id });
        return toPage(rows, first, !!after, cursor, (r, c) => ({ node: r, cursor: c }), () => articleCountByEntity(ctx.loaders).load(e.id));
      },
    }),
    mentions: t.field({
      type: MentionConnectionRef,
      description: "Every mention in article text, by article then position (events: none).",
      args: {
        ...pageArgs(t.arg, PAGE),
      },
      ...pagedField(PAGE),
      resolve: async (e, args, ctx) => {
        const first = pageSize(args.first, PAGE);
        const after = decodeCursor<{ articleId: string; start: number }>("mentions", args.after);
        const rows = await mentionsByEntity(ctx.loaders, { after, limit: first + 1 }).load(e.id);
        const cursor = (r: (typeof rows)[number]) => encodeCursor("mentions", { articleId: r.articleId, start: r.start });
        return toPage(rows, first, !!after, cursor, (r, c) => ({ node: r, cursor: c }), () => mentionCountByEntity(ctx.loaders).load(e.id));
      },
    }),
  }),
});

async function entityEvents(
  ctx: GraphQLContext,
  e: EntityRecord,
  args: { types?: string[] | null; first?: number | null; after?: string | null },
) {
  const first = pageSize(args.first, PAGE);
  const after = decodeCursor<{ dateSort: string; id: string }>("entityEvents", args.after);
  const types = args.types ?? null;
  const rows = await eventsByEntity(ctx.loaders, { types, after, limit: first + 1 }).load(e.id);
  const cursor = (r: EntityRecord) => encodeCursor("entityEvents", { dateSort: r.dateSort ?? "", id: r.id });
  return toPage(rows, first, !!after, cursor, (r, c) => ({ node: r, cursor: c }), () => eventCountByEntity(ctx.loaders, { types }).load(e.id));
}

/** Loads entity records by key for Relay's node/nodes, keeping only those of `kind`. */
export function loadEntitiesOfKind(kind: NodeKind) {
  return async (ids: string[], ctx: GraphQLContext) => {
    const rows = await entityById(ctx.loaders).loadMany(ids);
    return rows.map((r) => (r && !(r instanceof Error) && r.kind === kind ? r : null));
  };
}

interface RoleShape {
  title: string;
  of?: string;
}
const RoleRef = builder.objectRef<RoleShape>("Role").implement({
  description: "A position a person holds, e.g. President of Russia.",
  fields: (t) => ({
    title: t.exposeString("title", { description: "The title, e.g. President, First Lady." }),
    of: t.field({
      type: EntityRef,
      nullable: true,
      description: "The state or organisation the role is held in, when known.",
      resolve: (r, _a, ctx) => (r.of ? entityById(ctx.loaders).load(r.of) : null),
    }),
  }),
});

builder.node(PersonRef, {
  description: "A person.",
  interfaces: [EntityRef],
  id: { resolve: (e) => e.id },
  isTypeOf: (v) => (v as EntityRecord).kind === "PERSON",
  loadMany: loadEntitiesOfKind("PERSON"),
  fields: (t) => ({
    roles: t.field({
      type: [RoleRef],
      description: "Positions held (title and where), over all articles.",
      resolve: (e) => (e.roles ?? []).map((r) => JSON.parse(r) as RoleShape),
    }),
  }),
});

builder.node(OrganizationRef, {
  description: "An organisation: a government body, company, court, news agency, alliance…",
  interfaces: [EntityRef],
  id: { resolve: (e) => e.id },
  isTypeOf: (v) => (v as EntityRecord).kind === "ORGANIZATION",
  loadMany: loadEntitiesOfKind("ORGANIZATION"),
  fields: () => ({}),
});

builder.node(PlaceRef, {
  description: "A place: a country, region or city.",
  interfaces: [EntityRef],
  id: { resolve: (e) => e.id },
  isTypeOf: (v) => (v as EntityRecord).kind === "PLACE",
  loadMany: loadEntitiesOfKind("PLACE"),
  fields: () => ({}),
});
