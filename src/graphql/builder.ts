// The one SchemaBuilder and its plugins. Type files under types/ register themselves on it.
//   relay      — Node interface, global IDs, Query.node/nodes, PageInfo, and the connections
//                (t.connection) every list with cursors is declared as (types/connection.ts)
//   errors     — expected failures as typed results in mutation payloads
//   complexity — cost and depth of an operation, checked before any root resolver runs
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin, { ComplexityErrorKind } from "@pothos/plugin-complexity";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin, { decodeGlobalID } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import type { GraphQLContext } from "./context.ts";
import { quoted, userError } from "./cursor.ts";
import { LIMITS } from "./limits.ts";

/** Page size of every connection when `first` is not given. */
export const PAGE_SIZE = 20;

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  /** Every connection can count its whole list; the count runs only when totalCount is selected. */
  Connection: { totalCount: () => Promise<number> };
}>({
  plugins: [ErrorsPlugin, RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    // node(id:)/nodes(ids:) with something that is not a global ID: a coded user error, not a bare one.
    decodeGlobalID: (globalID: string) => {
      try {
        return decodeGlobalID(globalID);
      } catch {
        throw userError(`id: ${quoted(globalID)} is not a global ID. Pass an \`id\` returned by the API.`);
      }
    },
    cursorType: "String",
    nodeTypeOptions: { description: "An object with a globally unique ID (Relay). Fetch any of them with `node(id:)`." },
    pageInfoTypeOptions: { description: "Where a page sits in its list (Relay cursor connections)." },
    nodeQueryOptions: {
      description: "Any object by its global ID.",
      args: { id: { description: "A global ID, as returned by any `id` field." } },
    },
    nodesQueryOptions: {
      description: "Several objects by their global IDs, in the same order (null where unknown).",
      args: { ids: { description: "Global IDs, as returned by `id` fields." } },
    },
    idFieldOptions: { description: "Globally unique ID (Relay): encodes the type name and the graph key." },
    hasNextPageFieldOptions: { description: "More items follow the last one of this page." },
    hasPreviousPageFieldOptions: { description: "Items precede the first one of this page (true whenever `after` was given)." },
    startCursorFieldOptions: { description: "Cursor of the first item of this page." },
    endCursorFieldOptions: { description: "Cursor of the last item of this page: pass it as `after` for the next page." },
    edgesFieldOptions: {
      description: "The items of this page, each with its cursor.",
      // The connection field's page size already multiplies the cost of what is selected here.
      complexity: { field: 0, multiplier: 1 },
    },
    pageInfoFieldOptions: { description: "Cursors and whether more items follow." },
    cursorFieldOptions: { description: "Keyset cursor of this edge (pass as after)." },
    firstArgOptions: { defaultValue: PAGE_SIZE, description: `Page size, ${PAGE_SIZE} by default, at most ${LIMITS.maxFirst}.` },
    afterArgOptions: { description: "Return the items after this cursor (the endCursor of the previous page)." },
    // Keyset cursors page forward only: reading backwards would need every statement in reverse
    // order. Both are refused with a BAD_USER_INPUT error (types/connection.ts).
    lastArgOptions: { description: "Not supported: lists page forward only (first/after); passing last is an error." },
    beforeArgOptions: { description: "Not supported: lists page forward only (first/after); passing before is an error." },
  },
  errors: { defaultTypes: [] },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: { complexity: LIMITS.maxComplexity, depth: LIMITS.maxDepth },
    complexityError: (kind, result) =>
      kind === ComplexityErrorKind.Depth
        ? new GraphQLError(
            `Query is too deep: depth ${result.depth} exceeds the maximum depth of ${result.maxDepth}. Split it into several queries.`,
            { extensions: { code: "QUERY_TOO_DEEP", limit: "maxDepth", max: result.maxDepth, actual: result.depth } },
          )
        : new GraphQLError(
            `Query is too expensive: complexity ${result.complexity} exceeds the maximum complexity of ${result.maxComplexity}. Ask for smaller pages (first) or fewer nested lists.`,
            {
              extensions: { code: "QUERY_TOO_COMPLEX", limit: "maxComplexity", max: result.maxComplexity, actual: result.complexity },
            },
          ),
  },
});

builder.queryType({ description: "Read the news knowledge graph." });
builder.mutationType({ description: "Add or remove articles (requires the ingest API key)." });
builder.subscriptionType({
  description:
    "Live updates over Server-Sent Events (GraphQL over SSE: send the operation to /graphql with `accept: text/event-stream`). Published after the write commits, by whichever instance or ingest worker wrote. No API key is needed (everything they say is readable by queries); MAX_SUBSCRIPTIONS and SUBSCRIPTIONS_PER_CLIENT bound them.",
});
