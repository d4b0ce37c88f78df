// /readyz through yoga's useReadinessCheck: 200 while Neo4j answers a query and the server is
// not shutting down, 503 otherwise, with a JSON body saying which. (/healthz, liveness, is
// yoga's own healthCheckEndpoint: it answers while the process serves.)
import { useReadinessCheck, type Plugin } from "graphql-yoga";
import type { Database } from "../db/database.ts";

export const READINESS_ENDPOINT = "/readyz";
export const HEALTH_ENDPOINT = "/healthz";

export function useNeo4jReadiness(db: Database, isShuttingDown: () => boolean): Plugin {
  return useReadinessCheck({
    endpoint: READINESS_ENDPOINT,
    async check({ fetchAPI }) {
      const neo4jUp = await db.ping();
      const ready = neo4jUp && !isShuttingDown();
      return new fetchAPI.Response(JSON.stringify({ status: ready ? "ready" : "unavailable", neo4j: neo4jUp ? "up" : "down" }), {
        status: ready ? 200 : 503,
        headers: { "content-type": "application/json" },
      });
    },
  });
}
