// The ingest API key check for mutations: header `x-api-key: KEY` or `authorization: Bearer KEY`,
// compared in constant time with INGEST_API_KEY. With no key configured, mutations are disabled.
import { timingSafeEqual } from "node:crypto";
import type { GraphQLContext } from "./context.ts";

/** Why the request may not mutate, or null when it may. */
export function ingestKeyProblem(ctx: GraphQLContext): string | null {
  const expected = ctx.config.ingestApiKey;
  if (!expected) {
    return "Ingest mutations are disabled on this server: it has no INGEST_API_KEY. Set INGEST_API_KEY (16+ characters) and restart.";
  }
  const header = ctx.request.headers.get("x-api-key") ?? ctx.request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? null;
  if (!header) return "Ingest mutations need an API key: send it in the x-api-key header (or authorization: Bearer <key>).";
  const a = Buffer.from(header, "utf8");
  const b = Buffer.from(expected, "utf8");
  if (a.length !== b.length || !timingSafeEqual(a, b)) return "The API key is not valid for ingest mutations.";
  return null;
}
