// Query.stats: counts of what the graph holds, by kind.
import { builder } from "../builder.ts";
import { loadStats, type Stats } from "../../db/stats-repository.ts";

const StatsType = builder.objectRef<Stats>("Stats").implement({
  description: "How much the knowledge graph holds.",
  fields: (t) => ({
    articles: t.exposeInt("articles", { description: "Articles ingested." }),
    persons: t.exposeInt("persons", { description: "Distinct people." }),
    organizations: t.exposeInt("organizations", { description: "Distinct organisations." }),
    places: t.exposeInt("places", { description: "Distinct places." }),
    events: t.exposeInt("events", { description: "Distinct events." }),
    relationships: t.exposeInt("relationships", { description: "Typed entity-to-entity relationships." }),
  }),
});

builder.queryField("stats", (t) =>
  t.field({
    type: StatsType,
    description: "Counts of articles, entities by kind, events and relationships.",
    resolve: (_root, _args, ctx) => ctx.loaders.inRead((tx) => loadStats(tx)),
  }),
);
