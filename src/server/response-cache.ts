// The response cache of read queries (graphql-yoga's response-cache plugin over an in-memory LRU):
// keyed by the operation (its document, or its persisted-operation hash when it comes without
// one), the variables, the operation name and the caller's scope (a hash of the API key it sent,
// if any); bounded by RESPONSE_CACHE_TTL_MS and RESPONSE_CACHE_MAX_ENTRIES; off with
// RESPONSE_CACHE=off. The plugin records which objects (type name + global id) each cached
// response holds, so a write invalidates precisely: the entities, events and articles an ingest or
// delete touched, plus every cached list whose membership a write can change (entity pages, the
// timeline, search, paths, stats). GET responses carry the cache key as ETag (an If-None-Match that
// still matches answers 304 without executing) and cache-control: no-cache, so clients revalidate.
// A request that carries bookmarks (x-neo4j-bookmarks) bypasses the cache. Across instances each
// keeps its own cache and drops entries on every instance's graphChanged event (src/server/app.ts).
import { createHash } from "node:crypto";
import { createInMemoryCache, useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { Plugin } from "graphql-yoga";
import type { Config } from "../config/config.ts";
import type { TouchedKeys } from "../graphql/context.ts";
import { BOOKMARK_HEADER } from "./bookmarks.ts";

export interface ResponseCache {
  /** The yoga plugins (none when the cache is off). */
  readonly plugins: Plugin[];
  /** Drops every cached response that holds one of these objects or a list a write can change. */
  invalidate(touched: TouchedKeys): Promise<void>;
}

/** Object types of the lists whose members or order any write may change, whoever they name. */
const LIST_TYPES = ["EntityConnection", "EventConnection", "ArticleConnection", "SearchHit", "Path", "Stats"];

const TYPENAME_BY_PREFIX: Record<string, string> = { person: "Person", organization: "Organization", place: "Place", event: "Event" };

/** The GraphQL type name of a graph key ("person:olga-horvath" → Person). */
function typenameOfKey(key: string): string | undefined {
  return TYPENAME_BY_PREFIX[key.slice(0, key.indexOf(":"))];
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("base64url");

/** The caller's scope: reads are public, so only a sent key tells callers apart (hashed, never stored). */
function scopeOf(request: Request): string {
  const key = request.headers.get("x-api-key") ?? request.headers.get("authorization");
  return key ? sha256(key) : "public";
}

export function createResponseCache(config: Config): ResponseCache {
  const { enabled, ttlMs, maxEntries } = config.responseCache;
  if (!enabled) return { plugins: [], invalidate: async () => undefined };
  const cache = createInMemoryCache({ max: maxEntries });
  const plugins: Plugin[] = [
    useResponseCache({
      cache,
      ttl: ttlMs,
      session: scopeOf,
      // A request with bookmarks asks to see a write that a cached entry may predate.
      enabled: (request) => !request.headers.has(BOOKMARK_HEADER),
      // A persisted operation may arrive without its document: its hash names the operation then.
      buildResponseCacheKey: ({ documentString, variableValues, operationName, sessionId, context }) => {
        const persisted = persistedHash(context);
        return sha256(JSON.stringify([documentString || `persisted:${persisted ?? ""}`, operationName ?? null, variableValues ?? {}, sessionId ?? null]));
      },
    }),
    useGetRevalidation(),
  ];
  return {
    plugins,
    async invalidate(touched) {
      const entities = [
        ...touched.articleIds.map((id) => ({ typename: "Article", id: encodeGlobalID("Article", id) })),
        ...touched.nodeIds.flatMap((key) => {
          const typename = typenameOfKey(key);
          return typename ? [{ typename, id: encodeGlobalID(typename, key) }] : [];
        }),
        ...LIST_TYPES.map((typename) => ({ typename })),
      ];
      await cache.invalidate(entities);
    },
  };
}

/** The sha256Hash of the request's persisted-operation extension (GET or POST), if it has one. */
function persistedHash(context: unknown): string | undefined {
  const params = (context as { params?: { extensions?: { persistedQuery?: { sha256Hash?: unknown } } } } | undefined)?.params;
  const hash = params?.extensions?.persistedQuery?.sha256Hash;
  return typeof hash === "string" ? hash : undefined;
}

/** GET responses may be stored by clients but must be revalidated (ETag / If-None-Match) before reuse. */
function useGetRevalidation(): Plugin {
  return {
    onResponse({ request, response }) {
      if (request.method === "GET" && response.headers.get("content-type")?.includes("json")) {
        response.headers.set("cache-control", "no-cache");
      }
    },
  };
}
