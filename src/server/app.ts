// Builds the HTTP app apart from listen(): GraphQL at /graphql, /healthz, /readyz and a landing
// page. Tests call it in-process or on a random port.
import http from "node:http";
import { createYoga } from "graphql-yoga";
import type { Config } from "../config/config.ts";
import type { Database } from "../db/database.ts";
import type { GraphQLContext } from "../graphql/context.ts";
import { schema } from "../graphql/schema.ts";

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
<ul><li><a href="/graphql">GraphQL playground</a> (GraphiQL)</li>
<li><a href="/healthz">/healthz</a> and <a href="/readyz">/readyz</a></li></ul></body></html>`;

export function createApp({ config, db }: AppDeps): App {
  let shuttingDown = false;
  const yoga = createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: "/graphql",
    // Unexpected errors are masked for clients in production and detailed in development.
    maskedErrors: { isDev: config.env === "development" },
    landingPage: false,
    context: ({ request }) => ({ db, config, request }),
    logging: config.logLevel,
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
    void yoga.handle(req, res);
  };
  return { yoga, handler, markShuttingDown: () => (shuttingDown = true) };
}
