// Query.search: typo-tolerant full-text search over names and aliases (index entity_names).
import { builder } from "../builder.ts";
import { searchQuery } from "../fulltext-query.ts";
import { LIMITS } from "../limits.ts";
import { searchNames, type SearchHitRecord } from "../repositories/search-repository.ts";
import { pagedField } from "./connection.ts";
import { EntityKindEnum } from "./enums.ts";
import { EntityRef } from "./refs.ts";

const SearchHitRef = builder.objectRef<SearchHitRecord>("SearchHit").implement({
  description: "An entity or event whose name or alias matches the search, with its relevance.",
  fields: (t) => ({
    score: t.exposeFloat("score", { description: "Relevance from the full-text index (higher is better; exact words beat fuzzy matches)." }),
    entity: t.field({ type: EntityRef, description: "The matching entity or event.", resolve: (h) => h.node }),
  }),
});

builder.queryField("search", (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      "Full-text search over names and aliases of entities and events, best first. Typo-tolerant: each word also matches as a prefix and with one or two letters wrong (\"kremln\" finds Kremlin).",
    args: {
      query: t.arg.string({
        required: true,
        description: `Words to look for; Lucene syntax is escaped. At most ${LIMITS.maxSearchLength} characters.`,
        extensions: { maxLength: LIMITS.maxSearchLength },
      }),
      kinds: t.arg({ type: [EntityKindEnum], required: false, description: "Only these kinds (all when omitted)." }),
      first: t.arg.int({ defaultValue: 10, description: "Most hits to return, 10 by default, at most 100." }),
    },
    ...pagedField(10),
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 10;
      const query = searchQuery(args.query);
      if (!query || first === 0) return [];
      return ctx.loaders.inRead((tx) => searchNames(tx, query, args.kinds ?? null, first));
    },
  }),
);
