// Query.entity (by id, or by any alias case-insensitively) and Query.entities (filtered, ordered pages).
import { ENTITY_KINDS } from "../../vocabulary.ts";
import { builder } from "../builder.ts";
import { userError } from "../cursor.ts";
import { phraseQuery, searchQuery } from "../fulltext-query.ts";
import { entityPages } from "../keyset-lists.ts";
import { LIMITS } from "../limits.ts";
import { entityById, relationshipsByEntity } from "../loaders/entity-loaders.ts";
import { entityKey } from "../node-id.ts";
import { relationshipPageAhead } from "../relationship-pages.ts";
import type { NodeKind } from "../records.ts";
import { countEntities, findEntitiesByName, listEntities } from "../repositories/entity-repository.ts";
import { findEntityByNameKeys, findEntityByRedirect } from "../repositories/name-key-repository.ts";
import { keysetConnection, pagedField } from "./connection.ts";
import { EntityConnectionRef } from "./connection-edges.ts";
import { EntityKindEnum, EntityOrderEnum } from "./enums.ts";
import { EntityRef } from "./refs.ts";

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description:
      "One entity by id, or by name: any alias, case-insensitively (\"putin\" is Vladimir Putin). When several entities share the alias the most mentioned wins; entities(search:) lists them all. A name no alias matches finds the entity whose normalised name, surname, acronym or short form it is, when one entity clearly owns it (\"zelenskyy\", \"halvorsen\"). An id that was merged away finds the entity it was merged into. Null when nothing matches.",
    args: {
      id: t.arg.id({ required: false, description: "Global ID, or a key such as person:vladimir-putin." }),
      name: t.arg.string({
        required: false,
        description: `A name or alias, any case; at most ${LIMITS.maxSearchLength} characters.`,
        extensions: { maxLength: LIMITS.maxSearchLength },
      }),
    },
    resolve: async (_root, args, ctx, info) => {
      if (args.id) {
        const key = entityKey(String(args.id));
        // An entity card: its relationships page comes with the entity (one statement for both).
        // A failure is left to the relationships field, which reads again and reports it there.
        const card = relationshipPageAhead(info);
        if (card) await relationshipsByEntity(ctx.loaders, card).load(key).catch(() => undefined);
        return (await entityById(ctx.loaders).load(key)) ?? (await ctx.loaders.inRead((tx) => findEntityByRedirect(tx, key)));
      }
      const phrase = args.name ? phraseQuery(args.name) : null;
      if (!phrase) throw userError("entity: give an id or a non-empty name.");
      const name = args.name!;
      const [best] = await ctx.loaders.inRead((tx) => findEntitiesByName(tx, phrase, name, 1));
      return best ?? (await ctx.loaders.inRead((tx) => findEntityByNameKeys(tx, name)));
    },
  }),
  entities: t.connection(
    {
      type: EntityRef,
      description: "Entities, optionally of some kinds and matching a full-text search over names and aliases, by mentions or by name.",
      args: {
        kinds: t.arg({
          type: [EntityKindEnum],
          required: false,
          description: "Kinds to list; PERSON, ORGANIZATION and PLACE when omitted (add EVENT to include events).",
        }),
        search: t.arg.string({
          required: false,
          description: `Words that names or aliases must contain (typo-tolerant); entities one of whose names is exactly the search text come first. At most ${LIMITS.maxSearchLength} characters.`,
          extensions: { maxLength: LIMITS.maxSearchLength },
        }),
        orderBy: t.arg({ type: EntityOrderEnum, defaultValue: "MENTIONS", description: "Order of the list." }),
      },
      ...pagedField(),
      resolve: (_root, args, ctx, info) => {
        const orderBy = args.orderBy ?? "MENTIONS";
        const kinds: NodeKind[] = args.kinds ?? [...ENTITY_KINDS];
        const filter = { kinds, search: args.search ? searchQuery(args.search) : null };
        const exact = args.search ? args.search.trim().toLowerCase() : null;
        return keysetConnection(args, info, entityPages[orderBy], {
          page: (after, limit) => ctx.loaders.inRead((tx) => listEntities(tx, { ...filter, exact, orderBy, after, limit })),
          key: (r) => r.key,
          edge: (r) => ({ node: r.node }),
          count: () => ctx.loaders.inRead((tx) => countEntities(tx, filter)),
        });
      },
    },
    EntityConnectionRef,
  ),
}));
