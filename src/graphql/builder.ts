// The one SchemaBuilder and its plugins. Type files under types/ register themselves on it.
import SchemaBuilder from "@pothos/core";
import type { GraphQLContext } from "./context.ts";

export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
}>({});

builder.queryType({ description: "Read the news knowledge graph." });
