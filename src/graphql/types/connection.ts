// Relay cursor connections with forward keyset paging only (first/after): a connection type
// factory and the shared page arguments, their bounds and their cost.
import type { ArgBuilder, ObjectRef } from "@pothos/core";
import { builder } from "../builder.ts";
import type { Page } from "../cursor.ts";
import { LIMITS } from "../limits.ts";

export function connectionType<E>(name: string, edge: ObjectRef<typeof builder.$inferSchemaTypes, E>, description: string) {
  return builder.objectRef<Page<E>>(name).implement({
    description,
    fields: (t) => ({
      edges: t.field({
        type: [edge],
        description: "The items of this page, each with its cursor.",
        // The connection field's page size already multiplies the cost of what is selected here.
        complexity: { field: 0, multiplier: 1 },
        resolve: (p) => p.edges,
      }),
      pageInfo: t.field({ type: builder.pageInfoRef(), description: "Cursors and whether more items follow.", resolve: (p) => p.pageInfo }),
      totalCount: t.int({
        description: "How many items the whole list holds (a count-only query, run only when selected).",
        resolve: (p) => p.totalCount(),
      }),
    }),
  });
}

/** Bounds checked before execution (server/limits.ts) for the arguments of a field. */
export type ArgBounds = Record<string, readonly [number, number]>;

export const pageBounds: ArgBounds = { first: [0, LIMITS.maxFirst] };

/** Cost of a list field: the page size multiplies the cost of what is selected in it. */
export const listCost = (fallback: number) => (args: { first?: number | null }) => ({ field: 1, multiplier: Math.max(1, args.first ?? fallback) });

export const firstDescription = (fallback: number) => `Page size, ${fallback} by default, at most ${LIMITS.maxFirst}.`;
export const afterDescription = "Return the items after this cursor (the endCursor of the previous page).";

/** The `first`/`after` arguments every paged field takes. */
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

export function pageArgs(arg: ArgBuilder<Types>, size: number) {
  return {
    first: arg.int({ defaultValue: size, description: firstDescription(size) }),
    after: arg.string({ required: false, description: afterDescription }),
  };
}

/** Bounds and cost of a paged field whose default page size is `size`. */
export const pagedField = (size: number) => ({ extensions: { argBounds: pageBounds }, complexity: listCost(size) });
