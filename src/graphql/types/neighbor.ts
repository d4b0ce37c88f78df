// Neighbors: entities and events within a few hops, nearest first.
import { builder } from "../builder.ts";
import type { NeighborRecord } from "../records.ts";
import { LinkTypeEnum } from "./enums.ts";
import { EntityRef } from "./refs.ts";

export const NeighborRef = builder.objectRef<NeighborRecord>("Neighbor").implement({
  description: "An entity or event within `depth` hops of the entity asked about.",
  fields: (t) => ({
    node: t.field({ type: EntityRef, description: "The neighbor.", resolve: (n) => n.node }),
    distance: t.exposeInt("distance", { description: "Hops on a shortest way there (1 = directly linked)." }),
    types: t.field({
      type: [LinkTypeEnum],
      description: "The link types along that shortest way, in order from the entity asked about.",
      resolve: (n) => n.types,
    }),
  }),
});
