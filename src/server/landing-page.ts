// GET / : a small page linking the explorer, the GraphQL playground and the health routes.
import type { Plugin } from "graphql-yoga";
import { HEALTH_ENDPOINT, READINESS_ENDPOINT } from "./readiness.ts";

const landing = (graphiql: boolean) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News knowledge graph</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>News knowledge graph</h1>
<ul><li><a href="/explore">Graph explorer</a>: search an entity, follow its links, read the evidence</li>
${graphiql ? '<li><a href="/graphql">GraphQL playground</a> (GraphiQL)</li>' : "<li>GraphQL API at /graphql (POST JSON)</li>"}
<li><a href="${HEALTH_ENDPOINT}">${HEALTH_ENDPOINT}</a> and <a href="${READINESS_ENDPOINT}">${READINESS_ENDPOINT}</a></li></ul></body></html>`;

export function useLandingPage({ graphiql }: { graphiql: boolean }): Plugin {
  const LANDING = landing(graphiql);
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== "/" || request.method !== "GET") return;
      endResponse(new fetchAPI.Response(LANDING, { status: 200, headers: { "content-type": "text/html; charset=utf-8" } }));
    },
  };
}
