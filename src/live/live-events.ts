// What the live updates say: the events one instance (or the ingest CLI) publishes on the event bus
// and every instance's subscribers receive. Plain JSON, because they cross Redis between
// processes; each carries the bookmarks of the write it announces, so whoever reads what it names
// reads at least that write, on any instance (src/db/database.ts, src/server/bookmarks.ts).

/** An article was written (new or changed) and the fold of its shared facts committed. */
export interface ArticleIngested {
  readonly articleId: string;
  /** A previous version of the article was replaced. */
  readonly replaced: boolean;
  readonly entityCount: number;
  readonly eventCount: number;
  readonly entitiesCreated: number;
  readonly eventsCreated: number;
  readonly bookmarks: readonly string[];
}

/** An article added mentions, event participations or relationships to one entity. */
export interface EntityUpdated {
  readonly entityId: string;
  readonly articleId: string;
  readonly mentions: number;
  readonly events: number;
  readonly relationships: number;
  readonly bookmarks: readonly string[];
}

/** Where a running bulk ingest (npm run ingest, the start-up sample load) is. */
export interface IngestProgress {
  /** Random id of the run, the same in every event of it. */
  readonly runId: string;
  /** "K/N" when the run is one shard of a corpus (--shard), null otherwise. */
  readonly shard: string | null;
  readonly done: number;
  /** Articles in the run, when known. */
  readonly total: number | null;
  readonly written: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly articlesPerSecond: number;
  /** The last event of the run. */
  readonly finished: boolean;
}

/** A write changed these articles and nodes: every instance drops the cached responses that hold them. */
export interface GraphChanged {
  /** The bus that published it (its own instance has already dropped them). */
  readonly origin: string;
  readonly articleIds: readonly string[];
  readonly nodeIds: readonly string[];
}

export interface LiveTopics {
  articleIngested: ArticleIngested;
  entityUpdated: EntityUpdated;
  ingestProgress: IngestProgress;
  graphChanged: GraphChanged;
}

export type LiveTopic = keyof LiveTopics;

export const LIVE_TOPICS: readonly LiveTopic[] = ["articleIngested", "entityUpdated", "ingestProgress", "graphChanged"];

/** The key a topic's subscribers may narrow to (entityUpdated: one entity). */
export function topicKey<T extends LiveTopic>(topic: T, payload: LiveTopics[T]): string | undefined {
  return topic === "entityUpdated" ? (payload as EntityUpdated).entityId : undefined;
}
