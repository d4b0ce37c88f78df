// Who may call the API from a browser, and in what form. Same-origin by default: no CORS headers,
// so another site's page cannot read a response. CORS_ORIGINS lists the origins that may (or *),
// without credentials unless CORS_CREDENTIALS=on. Only JSON requests execute: a POST to /graphql
// must be application/json (or application/graphql-response+json, or yoga's application/graphql+json);
// form posts, text/plain, application/graphql and multipart bodies, which any web page can send
// without a preflight, are refused with 415.
import { createGraphQLError, type CORSOptions, type Plugin } from "graphql-yoga";
import type { Config } from "../config/config.ts";

export const JSON_MEDIA_TYPES = ["application/json", "application/graphql-response+json", "application/graphql+json"] as const;

/** yoga's cors option: headers only for an allowed origin; none (same-origin only) otherwise. */
export function corsPolicy(cors: Config["cors"]): (request: Request) => CORSOptions | false {
  const any = cors.origins.includes("*");
  return (request) => {
    const origin = request.headers.get("origin");
    if (!origin || !(any || cors.origins.includes(origin))) return false;
    return {
      origin: [origin],
      credentials: cors.credentials,
      methods: ["GET", "POST"],
      allowedHeaders: ["content-type", "accept", "x-api-key", "authorization", "x-neo4j-bookmarks"],
      // A browser client on an allowed origin reads the bookmarks to send them back (bookmarks.ts).
      exposedHeaders: ["x-neo4j-bookmarks"],
      maxAge: 600,
    };
  };
}

function mediaType(contentType: string | null): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Refuses a POST to the GraphQL endpoint whose body is not JSON, before anything parses it. */
export function useJsonRequestsOnly(graphqlEndpoint: string): Plugin {
  return {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (request.method !== "POST" || url.pathname !== graphqlEndpoint) return;
      const type = mediaType(request.headers.get("content-type"));
      if ((JSON_MEDIA_TYPES as readonly string[]).includes(type)) return;
      const message = `POST a JSON body with Content-Type: application/json (got ${type ? JSON.stringify(type) : "no Content-Type"}); form and text bodies are not executed.`;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: "UNSUPPORTED_MEDIA_TYPE" } }] }), {
          status: 415,
          headers: { "content-type": "application/json; charset=utf-8", accept: JSON_MEDIA_TYPES.join(", ") },
        }),
      );
    },
    // yoga parses application/json and application/graphql+json itself; this parses the third.
    onRequestParse({ request, setRequestParser }) {
      if (mediaType(request.headers.get("content-type")) !== "application/graphql-response+json") return;
      setRequestParser(async (req) => {
        try {
          return await req.json();
        } catch {
          throw createGraphQLError("POST body sent invalid JSON.", { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
        }
      });
    },
  };
}
