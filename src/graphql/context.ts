// The per-request GraphQL context: the database handle, config, the raw request (for the API key
// of mutations) and the request's own loaders (a fresh cache per request, so nothing leaks
// between requests and a page of 50 costs the same round trips as a page of 5), and the
// extraction pool the ingest mutation hands articles to (off the event loop).
import type { Config } from "../config/config.ts";
import type { Database } from "../db/database.ts";
import { type ExtractionPool, sharedExtractionPool } from "../ingest/extraction-pool.ts";
import { LoaderCache } from "./loaders/loader-cache.ts";

/** What a write touched, by graph key (article ids; entity and event ids), for the response cache. */
export interface TouchedKeys {
  readonly articleIds: readonly string[];
  readonly nodeIds: readonly string[];
}

export interface GraphQLContext {
  readonly db: Database;
  readonly config: Config;
  /** The raw request, for the API key check of mutations. */
  readonly request: Request;
  readonly loaders: LoaderCache;
  readonly extraction: ExtractionPool;
  /** Drops cached responses that a write of these keys may have changed (a no-op without a cache). */
  readonly invalidateCache: (touched: TouchedKeys) => Promise<void>;
}

const noCache = async () => undefined;

export function createContext(
  db: Database,
  config: Config,
  request: Request,
  extraction: ExtractionPool = sharedExtractionPool(),
  invalidateCache: GraphQLContext["invalidateCache"] = noCache,
): GraphQLContext {
  return { db, config, request, loaders: new LoaderCache(db), extraction, invalidateCache };
}
