// Builds the yoga app apart from listen(): GraphQL at /graphql (with an offline GraphiQL that
// opens on the example tabs), the graph explorer at /explore, a landing page at /, liveness at
// /healthz and readiness at /readyz. Tests call it in-process (yoga.fetch) or on a random port.
// What makes it safe on a network is wired here, each in its own module: origins and JSON-only
// requests (origins.ts), the request body limit (request-body-limit.ts, from MAX_ARTICLE_BYTES), operation and argument
// limits (limits.ts), trusted documents (trusted-documents.ts), the request deadline
// (request-timeout.ts), introspection and GraphiQL off in production, and what errors reveal
// (error-policy.ts). Live updates: subscriptions over SSE on the event bus (src/live), bounded by
// subscription-limits.ts; read-your-writes across instances through bookmarks (bookmarks.ts); a
// write on any instance drops the cached responses it touched on every instance (graphChanged).
import type http from "node:http";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { NoSchemaIntrospectionCustomRule } from "graphql";
import { createYoga, type GraphiQLOptions, type Plugin } from "graphql-yoga";
import type { Config } from "../config/config.ts";
import { createLogger, yogaLogger, type Logger } from "../config/logger.ts";
import type { Database } from "../db/database.ts";
import { createContext, type GraphQLContext } from "../graphql/context.ts";
import { EXAMPLE_TABS } from "../graphql/examples.ts";
import { schema } from "../graphql/schema.ts";
import { type ExtractionPool, sharedExtractionPool } from "../ingest/extraction-pool.ts";
import type { IngestOutcome } from "../ingest/ingest-article.ts";
import { type EventBus, inProcessBus } from "../live/event-bus.ts";
import { ingestAnnouncer } from "../live/ingest-announcements.ts";
import { requestBookmarks, useBookmarks } from "./bookmarks.ts";
import { createMaskError, useNoSuggestions } from "./error-policy.ts";
import { useExplorer } from "./explorer-route.ts";
import { useLandingPage } from "./landing-page.ts";
import { useOperationLimits } from "./limits.ts";
import { corsPolicy, useJsonRequestsOnly } from "./origins.ts";
import { HEALTH_ENDPOINT, useNeo4jReadiness } from "./readiness.ts";
import { useRequestBodyLimit } from "./request-body-limit.ts";
import { useCompiledExecution } from "./compiled-execution.ts";
import { useRequestTimeout } from "./request-timeout.ts";
import { useRequestTransaction } from "./request-transaction.ts";
import { createResponseCache } from "./response-cache.ts";
import { createSubscriptionLimits } from "./subscription-limits.ts";
import { loadManifest, type Manifest, useTrustedDocuments } from "./trusted-documents.ts";

export const GRAPHQL_ENDPOINT = "/graphql";

/** Refuses __schema and __type (graphql's own rule); __typename still works. */
function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

let manifest: Manifest | null = null;

function graphiqlOptions(tabs: { query: string; variables: string }[]): GraphiQLOptions {
  return {
    title: "News knowledge graph",
    favicon: FAVICON,
    logo: "News knowledge graph",
    defaultTabs: tabs,
    defaultQuery: tabs[0]!.query,
    // GraphiQL fills the first tab's variables from this prop (passed through to it), not from
    // defaultTabs[0]: without it the first tab opens with an empty Variables pane.
    ...{ variables: tabs[0]!.variables },
  };
}

// An inline icon, so the playground loads nothing from the network (yoga's default is a URL).
const FAVICON =
  "data:image/svg+xml;utf8," +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#0a6e5a"/></svg>');

export interface AppDeps {
  readonly config: Config;
  readonly db: Database;
  /** Default: a logger built from config (LOG_LEVEL). */
  readonly logger?: Logger;
  /** Where ingestArticle extracts; default: the process's shared pool. */
  readonly extraction?: ExtractionPool;
  /** Where subscriptions listen and writes are announced; default: an in-process bus. */
  readonly bus?: EventBus;
}

export interface App {
  readonly yoga: ReturnType<typeof createYoga<Record<string, unknown>, GraphQLContext>>;
  /** Node request handler for http.createServer. */
  readonly handler: http.RequestListener;
  readonly bus: EventBus;
  /** Stop answering readiness, refuse new subscriptions and complete the open ones (used while shutting down). */
  markShuttingDown(): void;
}

/** What a batch of committed ingests touched, for the response cache. */
function touchedBy(committed: readonly IngestOutcome[]) {
  return { articleIds: committed.map((o) => o.articleId), nodeIds: [...new Set(committed.flatMap((o) => o.touchedIds))] };
}

export function createApp({
  config,
  db,
  logger = createLogger(config),
  extraction = sharedExtractionPool({ workers: config.extractionWorkers }),
  bus = inProcessBus(),
}: AppDeps): App {
  let shuttingDown = false;
  const development = config.env === "development";
  const tabs = EXAMPLE_TABS.map((t) => ({ query: t.query, variables: JSON.stringify(t.variables ?? {}, null, 2) }));
  manifest ??= loadManifest();
  const responseCache = createResponseCache(config);
  const subscriptionLimits = createSubscriptionLimits(config);
  const announcer = ingestAnnouncer(bus, db, logger);
  const dropCached = (touched: { articleIds: readonly string[]; nodeIds: readonly string[] }) =>
    responseCache.invalidate(touched).catch((err: Error) => logger.warn({ err }, `Dropping cached responses failed: ${err.message}`));
  // Writes of other instances and of ingest workers: drop what they touched here too.
  bus.listen("graphChanged", (change) => {
    if (change.origin !== bus.id) void dropCached(change);
  });
  const invalidateCache = async (touched: { articleIds: readonly string[]; nodeIds: readonly string[] }) => {
    await dropCached(touched);
    bus.publish("graphChanged", { origin: bus.id, articleIds: [...touched.articleIds], nodeIds: [...touched.nodeIds] });
  };
  // Here first, so a client of this instance refreshing on the event never gets a stale answer.
  const announce = async (committed: readonly IngestOutcome[]) => {
    await dropCached(touchedBy(committed));
    await announcer(committed);
  };
  const yoga = createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: HEALTH_ENDPOINT,
    // Unexpected errors are masked for clients, detailed in development only; known failures are coded.
    maskedErrors: { isDev: development, maskError: createMaskError({ development, suggestions: config.introspection }) },
    landingPage: false,
    context: ({ request }) =>
      createContext(db, config, request, { extraction, invalidateCache, bus, announce, bookmarks: requestBookmarks(request) }),
    logging: yogaLogger(logger),
    cors: corsPolicy(config.cors),
    multipart: false,
    // Enforced by useRequestBodyLimit (last plugin), which skips yoga's per-request stream when the length is declared.
    maxRequestBodySize: false,
    extraParamNames: ["documentId"],
    plugins: [
      useNeo4jReadiness(db, () => shuttingDown),
      useLandingPage({ graphiql: config.graphiql }),
      useExplorer(logger),
      useJsonRequestsOnly(GRAPHQL_ENDPOINT),
      useBookmarks(db, GRAPHQL_ENDPOINT),
      subscriptionLimits.plugin,
      ...useTrustedDocuments(manifest, config.trustedDocuments),
      useOperationLimits(),
      config.introspection ? {} : useNoIntrospection(),
      config.introspection ? {} : useNoSuggestions(),
      // Before the timeout, which wraps whichever executor is chosen.
      config.compiledExecution ? useCompiledExecution() : {},
      useRequestTimeout(config.requestTimeoutMs),
      ...responseCache.plugins,
      useRequestTransaction(logger),
      useRequestBodyLimit(config.maxRequestBytes),
    ],
    // The inlined GraphiQL: works offline (yoga's default GraphiQL loads its assets from a CDN).
    renderGraphiQL,
    graphiql: config.graphiql && graphiqlOptions(tabs),
  });
  return {
    yoga,
    bus,
    handler: (req, res) => void yoga.handle(req, res),
    markShuttingDown() {
      shuttingDown = true;
      subscriptionLimits.endAll();
    },
  };
}
