// The per-request GraphQL context: the database handle, config, the raw request (for the API key
// of mutations) and the request's own loaders (a fresh cache per request, so nothing leaks
// between requests and a page of 50 costs the same round trips as a page of 5), and the
// extraction pool the ingest mutation hands articles to (off the event loop).
import type { Config } from "../config/config.ts";
import type { Database } from "../db/database.ts";
import { type ExtractionPool, sharedExtractionPool } from "../ingest/extraction-pool.ts";
import { LoaderCache } from "./loaders/loader-cache.ts";

export interface GraphQLContext {
  readonly db: Database;
  readonly config: Config;
  /** The raw request, for the API key check of mutations. */
  readonly request: Request;
  readonly loaders: LoaderCache;
  readonly extraction: ExtractionPool;
}

export function createContext(db: Database, config: Config, request: Request, extraction: ExtractionPool = sharedExtractionPool()): GraphQLContext {
  return { db, config, request, loaders: new LoaderCache(db), extraction };
}
