// The Entity interface (people, organisations, places and events) with its relationship fields,
// and the Person, Organization and Place node types.
import { z } from "zod";
import type { EntityKind } from "../../vocabulary.ts";
import { builder, PAGE_SIZE } from "../builder.ts";
import type { GraphQLContext } from "../context.ts";
import { coMentionPages, entityArticlePages, entityEventPages, mentionPages, relationshipPages } from "../keyset-lists.ts";
import { LIMITS } from "../limits.ts";
import { relationshipEvidence, relationshipFilter } from "../relationship-pages.ts";
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
import type { EntityRecord, EventRecord, NodeKind, NodeRecord } from "../records.ts";
import { CoMentionConnectionRef } from "./co-mention.ts";
import { asNode, keysetConnection, pageBounds, pagedField } from "./connection.ts";
import { ArticleConnectionRef, EventConnectionRef, MentionConnectionRef } from "./connection-edges.ts";
import { DirectionEnum, EntityKindEnum, EventFactualityEnum, EventSubtypeEnum, EventTypeEnum, RelationshipTypeEnum } from "./enums.ts";
import { NeighborRef } from "./neighbor.ts";
import { RelationshipConnectionRef } from "./relationship.ts";
import { ArticleRef, EntityRef, EventRef, MentionRef, OrganizationRef, PersonRef, PlaceRef, entityTypeName, hasKind } from "./refs.ts";

EntityRef.implement({
  description:
    "Something the news talks about: a person, organisation, place or event. Entities are resolved at ingest, so every alias (\"Putin\", \"Vladimir Putin\") is one entity.",
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (e) => entityTypeName(e),
  fields: (t) => ({
    kind: t.field({ type: EntityKindEnum, description: "What the entity is.", resolve: (e) => e.kind }),
    name: t.exposeString("name", { description: "Canonical name (events: a short label)." }),
    aliases: t.stringList({ description: "Every surface form seen in the articles, the name included.", resolve: (e) => e.aliases }),
    mentionCount: t.int({
      description: "How often it is mentioned over all articles (events: how many sentences describe it).",
      resolve: (e) => e.mentionCount,
    }),
    relationships: t.connection(
      {
        type: EntityRef,
        description: "Typed relationships with other entities (events have none), strongest first, each with its evidence.",
        args: {
          types: t.arg({ type: [RelationshipTypeEnum], required: false, description: "Only these types (all when omitted)." }),
          direction: t.arg({ type: DirectionEnum, defaultValue: "BOTH", description: "Only relationships pointing this way." }),
          former: t.arg.boolean({
            required: false,
            description: "true: only former relationships (every supporting article tells the tie as past); false: only current ones; all when omitted.",
          }),
        },
        ...pagedField(),
        resolve: (e, args, ctx, info) => {
          const q = relationshipFilter(args);
          const evidence = relationshipEvidence(info);
          return keysetConnection(args, info, relationshipPages, {
            page: (after, limit) => relationshipsByEntity(ctx.loaders, { ...q, after, limit, evidence }).load(e.id),
            key: (r) => ({ weight: r.weight, key: r.key }),
            edge: (r) => r,
            count: () => relationshipCountByEntity(ctx.loaders, q).load(e.id),
          });
        },
      },
      RelationshipConnectionRef,
    ),
    neighbors: t.field({
      type: [NeighborRef],
      description: `Entities and events within \`depth\` hops over typed relationships and event participation, nearest first (then most mentioned).`,
      args: {
        depth: t.arg.int({ defaultValue: 1, description: `Hops, 1 to ${LIMITS.maxNeighborDepth}.` }),
        kinds: t.arg({ type: [EntityKindEnum], required: false, description: "Only neighbors of these kinds (all when omitted)." }),
        first: t.arg.int({ defaultValue: PAGE_SIZE, description: `Most neighbors to return, ${PAGE_SIZE} by default, at most ${LIMITS.maxFirst}.` }),
      },
      extensions: { argBounds: { ...pageBounds, depth: [1, LIMITS.maxNeighborDepth] } },
      complexity: (args) => ({ field: 5 * (args.depth ?? 1), multiplier: Math.max(1, args.first ?? PAGE_SIZE) }),
      resolve: (e, args, ctx) =>
        neighborsByEntity(ctx.loaders, { depth: args.depth ?? 1, kinds: args.kinds ?? null, limit: args.first ?? PAGE_SIZE }).load(e.id),
    }),
    coMentions: t.connection(
      {
        type: EntityRef,
        description: "Entities named in the same sentences, most shared sentences first, with sample evidence.",
        args: {
          kinds: t.arg({ type: [EntityKindEnum], required: false, description: "Only entities of these kinds (all when omitted)." }),
        },
        ...pagedField(),
        resolve: (e, args, ctx, info) => {
          const kinds = args.kinds ?? null;
          return keysetConnection(args, info, coMentionPages, {
            page: (after, limit) => coMentionsByEntity(ctx.loaders, { kinds, after, limit, samples: 3 }).load(e.id),
            key: (r) => ({ count: r.count, id: r.node.id }),
            edge: (r) => r,
            count: () => coMentionCountByEntity(ctx.loaders, { kinds }).load(e.id),
          });
        },
      },
      CoMentionConnectionRef,
    ),
    events: t.connection(
      {
        type: EventRef,
        description: "Events it took part in (or, for a place, that happened there), chronological with undated events last.",
        args: {
          types: t.arg({ type: [EventTypeEnum], required: false, description: "Only events of these types (all when omitted)." }),
          subtypes: t.arg({ type: [EventSubtypeEnum], required: false, description: "Only events of these subtypes (events without a subtype are left out)." }),
          factuality: t.arg({ type: EventFactualityEnum, required: false, description: "Only events told this way: PLANNED for what is still to come." }),
        },
        ...pagedField(),
        resolve: (e, args, ctx, info) => {
          const filter = { types: args.types ?? null, subtypes: args.subtypes ?? null, factuality: args.factuality ?? null };
          return keysetConnection(args, info, entityEventPages, {
            page: (after, limit) => eventsByEntity(ctx.loaders, { ...filter, after, limit }).load(e.id),
            key: (r) => ({ dateSort: r.dateSort, id: r.id }),
            edge: asNode,
            count: () => eventCountByEntity(ctx.loaders, filter).load(e.id),
          });
        },
      },
      EventConnectionRef,
    ),
    articles: t.connection(
      {
        type: ArticleRef,
        description: "Articles that name it (events: that report it), newest first.",
        ...pagedField(),
        resolve: (e, args, ctx, info) =>
          keysetConnection(args, info, entityArticlePages, {
            page: (after, limit) => articlesByEntity(ctx.loaders, { after, limit }).load(e.id),
            key: (r) => ({ publishedSort: r.publishedSort, id: r.id }),
            edge: asNode,
            count: () => articleCountByEntity(ctx.loaders).load(e.id),
          }),
      },
      ArticleConnectionRef,
    ),
    mentions: t.connection(
      {
        type: MentionRef,
        description: "Every mention in article text, by article then position (events: none).",
        ...pagedField(),
        resolve: (e, args, ctx, info) =>
          keysetConnection(args, info, mentionPages, {
            page: (after, limit) => mentionsByEntity(ctx.loaders, { after, limit }).load(e.id),
            key: (r) => ({ articleId: r.articleId, start: r.start }),
            edge: asNode,
            count: () => mentionCountByEntity(ctx.loaders).load(e.id),
          }),
      },
      MentionConnectionRef,
    ),
  }),
});

type RecordOf<K extends NodeKind> = K extends "EVENT" ? EventRecord : EntityRecord;

function isOfKind<K extends NodeKind>(r: NodeRecord, kind: K): r is RecordOf<K> {
  return r.kind === kind;
}

/** Loads node records by key for Relay's node/nodes, keeping only those of `kind`. */
export function loadNodesOfKind<K extends NodeKind>(kind: K) {
  return async (ids: string[], ctx: GraphQLContext): Promise<(RecordOf<K> | null)[]> => {
    const rows = await entityById(ctx.loaders).loadMany(ids);
    return rows.map((r) => (r && !(r instanceof Error) && isOfKind(r, kind) ? r : null));
  };
}

/** A role as ingest stores it: a JSON string {"title","of"} (of: the entity id, or null). */
const RoleJson = z.object({ title: z.string(), of: z.string().nullish() });
type RoleShape = z.infer<typeof RoleJson>;
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

const entityNode = (kind: EntityKind) => ({
  interfaces: [EntityRef],
  id: { resolve: (e: EntityRecord) => e.id },
  isTypeOf: hasKind(kind),
  loadMany: loadNodesOfKind(kind),
});

builder.node(PersonRef, {
  description: "A person.",
  ...entityNode("PERSON"),
  fields: (t) => ({
    roles: t.field({
      type: [RoleRef],
      description: "Positions held (title and where), over all articles.",
      resolve: (e) => e.roles.map((r) => RoleJson.parse(JSON.parse(r))),
    }),
  }),
});

builder.node(OrganizationRef, {
  description: "An organisation: a government body, company, court, news agency, alliance…",
  ...entityNode("ORGANIZATION"),
  fields: () => ({}),
});

builder.node(PlaceRef, {
  description: "A place: a country, region or city.",
  ...entityNode("PLACE"),
  fields: () => ({}),
});
