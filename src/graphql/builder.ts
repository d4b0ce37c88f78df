// The one SchemaBuilder and its plugins. Type files under types/ register themselves on it.
//   relay      — Node interface, global IDs, Query.node/nodes, PageInfo
//   errors     — expected failures as typed results in mutation payloads
//   complexity — cost and depth of an operation, checked before any root resolver runs
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin, { ComplexityErrorKind } from "@pothos/plugin-complexity";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import type { GraphQLContext } from "./context.ts";
import { LIMITS } from "./limits.ts";

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  DefaultFieldNullability: false;
}>({
  plugins: [ErrorsPlugin, RelayPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
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
