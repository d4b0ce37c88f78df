// The per-request GraphQL context: the database handle, config, the raw request (for the API key
// of mutations) and the request's own loaders (a fresh cache per request, so nothing leaks
// between requests and a page of 50 costs the same round trips as a page of 5), the extraction
// pool the ingest mutation hands articles to (off the event loop), and the event bus that
// subscriptions listen on and ingests announce on.
import type { Config } from "../config/config.ts";
import type { Database } from "../db/database.ts";
import { type ExtractionPool, sharedExtractionPool } from "../ingest/extraction-pool.ts";
import type { IngestOutcome } from "../ingest/ingest-article.ts";
import type { EventBus } from "../live/event-bus.ts";
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
  /** Drops cached responses that a write of these keys may have changed, here and on every instance. */
  readonly invalidateCache: (touched: TouchedKeys) => Promise<void>;
  /** Where subscriptions listen; null: subscriptions are not served (a context outside the app). */
  readonly bus: EventBus | null;
  /** Publishes what an ingest committed (src/live/ingest-announcements.ts); a no-op without a bus. */
  readonly announce: (committed: readonly IngestOutcome[]) => Promise<void>;
  /** Bookmarks the client sent (src/server/bookmarks.ts): its reads see at least those writes. */
  readonly bookmarks: readonly string[];
}

export interface ContextOptions {
  readonly extraction?: ExtractionPool;
  readonly invalidateCache?: GraphQLContext["invalidateCache"];
  readonly bus?: EventBus | null;
  readonly announce?: GraphQLContext["announce"];
  readonly bookmarks?: readonly string[];
}

const nothing = async () => undefined;

export function createContext(db: Database, config: Config, request: Request, options: ContextOptions = {}): GraphQLContext {
  const bookmarks = options.bookmarks ?? [];
  return {
    db,
    config,
    request,
    loaders: new LoaderCache(db, bookmarks),
    extraction: options.extraction ?? sharedExtractionPool(),
    invalidateCache: options.invalidateCache ?? nothing,
    bus: options.bus ?? null,
    announce: options.announce ?? nothing,
    bookmarks,
  };
}
