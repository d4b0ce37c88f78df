// Builds the yoga app apart from listen(): GraphQL at /graphql (with an offline GraphiQL that
// opens on the example tabs), the graph explorer at /explore, a landing page at /, liveness at
// /healthz and readiness at /readyz. Tests call it in-process (yoga.fetch) or on a random port.
import type http from "node:http";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga } from "graphql-yoga";
import type { Config } from "../config/config.ts";
import { createLogger, yogaLogger, type Logger } from "../config/logger.ts";
import type { Database } from "../db/database.ts";
import { createContext, type GraphQLContext } from "../graphql/context.ts";
import { EXAMPLE_TABS } from "../graphql/examples.ts";
import { schema } from "../graphql/schema.ts";
import { useExplorer } from "./explorer-route.ts";
import { useLandingPage } from "./landing-page.ts";
import { useOperationLimits } from "./limits.ts";
import { HEALTH_ENDPOINT, useNeo4jReadiness } from "./readiness.ts";
import { useRequestTransaction } from "./request-transaction.ts";
import { createResponseCache } from "./response-cache.ts";

// An inline icon, so the playground loads nothing from the network (yoga's default is a URL).
const FAVICON =
  "data:image/svg+xml;utf8," +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#0a6e5a"/></svg>');

export interface AppDeps {
  readonly config: Config;
  readonly db: Database;
  /** Default: a logger built from config (LOG_LEVEL). */
  readonly logger?: Logger;
}

export interface App {
  readonly yoga: ReturnType<typeof createYoga<Record<string, unknown>, GraphQLContext>>;
  /** Node request handler for http.createServer. */
  readonly handler: http.RequestListener;
  /** Stop answering readiness (used while shutting down). */
  markShuttingDown(): void;
}

export function createApp({ config, db, logger = createLogger(config) }: AppDeps): App {
  let shuttingDown = false;
  const responseCache = createResponseCache(config);
  const yoga = createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: HEALTH_ENDPOINT,
    // Unexpected errors are masked for clients in production and detailed in development.
    maskedErrors: { isDev: config.env === "development" },
    landingPage: false,
    context: ({ request }) => createContext(db, config, request, responseCache.invalidate),
    logging: yogaLogger(logger),
    plugins: [
      useNeo4jReadiness(db, () => shuttingDown),
      useLandingPage(),
      useExplorer(logger),
      useOperationLimits(),
      ...responseCache.plugins,
      useRequestTransaction(logger),
    ],
    // The inlined GraphiQL: works offline (yoga's default GraphiQL loads its assets from a CDN).
    renderGraphiQL,
    graphiql: {
      title: "News knowledge graph",
      favicon: FAVICON,
      logo: "News knowledge graph",
      defaultTabs: EXAMPLE_TABS.map((t) => ({ query: t.query, variables: JSON.stringify(t.variables ?? {}, null, 2) })),
    },
  });
  return { yoga, handler: (req, res) => void yoga.handle(req, res), markShuttingDown: () => (shuttingDown = true) };
}
