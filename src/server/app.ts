// Builds the HTTP app apart from listen(): GraphQL at /graphql (with an offline GraphiQL that
// opens on the example tabs), the graph explorer at /explore, /healthz, /readyz and a landing
// page. Tests call it in-process or on a random port.
import http from "node:http";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { createYoga } from "graphql-yoga";
import type { Config } from "../config/config.ts";
import type { Database } from "../db/database.ts";
import { createContext, type GraphQLContext } from "../graphql/context.ts";
import { EXAMPLE_TABS } from "../graphql/examples.ts";
import { schema } from "../graphql/schema.ts";
import { isExplorerPath, serveExplorer } from "./explorer-route.ts";
import { useOperationLimits } from "./limits.ts";

// An inline icon, so the playground loads nothing from the network (yoga's default is a URL).
const FAVICON =
  "data:image/svg+xml;utf8," +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#0a6e5a"/></svg>');

export interface AppDeps {
  readonly config: Config;
  readonly db: Database;
}

export interface App {
  readonly yoga: ReturnType<typeof createYoga<Record<string, unknown>, GraphQLContext>>;
  /** Node request handler for http.createServer. */
  readonly handler: http.RequestListener;
  /** Stop answering readiness (used while shutting down). */
  markShuttingDown(): void;
}

const LANDING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News knowledge graph</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>News knowledge graph</h1>
<ul><li><a href="/explore">Graph explorer</a>: search an entity, follow its links, read the evidence</li>
<li><a href="/graphql">GraphQL playground</a> (GraphiQL)</li>
<li><a href="/healthz">/healthz</a> and <a href="/readyz">/readyz</a></li></ul></body></html>`;

export function createApp({ config, db }: AppDeps): App {
  let shuttingDown = false;
  const yoga = createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: "/graphql",
    // Unexpected errors are masked for clients in production and detailed in development.
    maskedErrors: { isDev: config.env === "development" },
    landingPage: false,
    context: ({ request }) => createContext(db, config, request),
    logging: config.logLevel,
    plugins: [useOperationLimits()],
    // The inlined GraphiQL: works offline (yoga's default GraphiQL loads its assets from a CDN).
    renderGraphiQL,
    graphiql: {
      title: "News knowledge graph",
      favicon: FAVICON,
      logo: "News knowledge graph",
      defaultTabs: EXAMPLE_TABS.map((t) => ({ query: t.query, variables: JSON.stringify(t.variables ?? {}, null, 2) })),
    },
  });

  const handler: http.RequestListener = (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/healthz") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok" }));
      return;
    }
    if (url.pathname === "/readyz") {
      void db.ping(2_000).then((ok) => {
        const ready = ok && !shuttingDown;
        res
          .writeHead(ready ? 200 : 503, { "content-type": "application/json" })
          .end(JSON.stringify({ status: ready ? "ready" : "unavailable", neo4j: ok ? "up" : "down" }));
      });
      return;
    }
    if (url.pathname === "/" && req.method === "GET") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(LANDING);
      return;
    }
    if (isExplorerPath(url.pathname)) {
      void serveExplorer(req, res, url.pathname);
      return;
    }
    void yoga.handle(req, res);
  };
  return { yoga, handler, markShuttingDown: () => (shuttingDown = true) };
}
