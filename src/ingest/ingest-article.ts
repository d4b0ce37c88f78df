// Writes one extraction document into Neo4j in ONE write transaction (all or nothing), and
// deletes articles. Re-ingesting the same document is a no-op (content hash); a changed document
// first detaches the article's old contribution. Every statement MERGEs on constrained keys, so
// the driver may retry the whole transaction on transient errors and deadlocks.
import neo4j from "neo4j-driver";
import type { Database, ParamsArg, StatementName, Tx } from "../db/database.ts";
import type { ExtractionDocumentT } from "../extract/document.ts";
import { articleRows, validateDocument } from "./article-rows.ts";

export interface WriteCounts {
  entitiesCreated: number;
  eventsCreated: number;
  relationshipsCreated: number;
}

export interface IngestOutcome {
  articleId: string;
  /** written: new or changed; unchanged: identical document already stored (nothing written). */
  status: "written" | "unchanged";
  /** True when a previous version of the article was replaced. */
  replaced: boolean;
  created: WriteCounts;
  counts: { sentences: number; entities: number; mentions: number; relationships: number; events: number };
}

export interface DeleteOutcome {
  articleId: string;
  deleted: boolean;
  entitiesRemoved: number;
  eventsRemoved: number;
  relationshipsRemoved: number;
}

export interface IngestOptions {
  /** Test hook: called after each statement inside the transaction (throw to simulate a crash). */
  afterStatement?: (name: string) => void;
  /**
   * Leave the article's shared facts (entity aggregates, typed relationships) to a later
   * refreshAggregates call covering many articles: bulk ingests use it so hot entities are
   * locked once per batch instead of once per article. The article stays marked pending.
   */
  deferAggregates?: boolean;
}

/** Removes an article's sentences, mentions, evidence and links; deletes what nothing else supports. */
async function detachArticle(tx: Tx, articleId: string, step: (name: string) => void) {
  const counters = { nodesDeleted: 0, relationshipsDeleted: 0, entities: 0, events: 0 };
  const exec = async <N extends StatementName>(name: N, ...params: ParamsArg<N>) => {
    const r = await tx.runRaw(name, ...params);
    step(name);
    return r;
  };
  const rel = await exec("ingest/detach-relationship-evidence", { articleId });
  const relationshipsRemoved = rel.summary.counters.updates().relationshipsDeleted;
  await exec("ingest/detach-event-links", { articleId });
  await exec("ingest/detach-sentences", { articleId });
  const links = await exec("ingest/detach-article-links", { articleId });
  const row = links.records[0];
  const entityIds = (row?.get("entityIds") as string[] | undefined) ?? [];
  const eventIds = (row?.get("eventIds") as string[] | undefined) ?? [];
  const ev = await exec("ingest/delete-unsupported-events", { eventIds });
  counters.events = ev.summary.counters.updates().nodesDeleted;
  await exec("ingest/refresh-entities", { entityIds });
  const en = await exec("ingest/delete-unsupported-entities", { entityIds });
  counters.entities = en.summary.counters.updates().nodesDeleted;
  return { entitiesRemoved: counters.entities, eventsRemoved: counters.events, relationshipsRemoved };
}

/** Ingests one extraction document. Throws InvalidDocumentError for a bad document (nothing written). */
export async function ingestDocument(db: Database, input: ExtractionDocumentT, opts: IngestOptions = {}): Promise<IngestOutcome> {
  const doc = validateDocument(input);
  const rows = articleRows(doc);
  const articleId = rows.article.id;
  const step = opts.afterStatement ?? (() => undefined);
  const counts = {
    sentences: rows.sentences.length,
    entities: rows.entities.length,
    mentions: rows.mentions.length,
    relationships: rows.relationships.length,
    events: rows.events.length,
  };
  const outcome = await db.write(async (tx): Promise<IngestOutcome> => {
    const [state] = await tx.run("ingest/lock-article", { articleId });
    const storedHash = state?.contentHash ?? null;
    if (storedHash === rows.article.contentHash) {
      return { articleId, status: "unchanged", replaced: false, created: zero(), counts };
    }
    if (storedHash !== null) await detachArticle(tx, articleId, step);
    // Sent together without waiting in between: the driver pipelines them on one connection, so
    // the article costs one network round trip instead of six; Neo4j still runs them in order.
    const exec = <N extends StatementName>(name: N, ...params: ParamsArg<N>) =>
      tx.runRaw(name, ...params).then((r) => {
        step(name);
        return r.summary.counters.updates();
      });
    const [, , ent, , evs] = await Promise.all([
      exec("ingest/upsert-article", { article: { ...rows.article, ingestedAt: new Date().toISOString() } }),
      exec("ingest/write-sentences", { articleId, sentences: rows.sentences }),
      exec("ingest/upsert-entities", { articleId, entities: rows.entities }),
      exec("ingest/write-mentions", { mentions: rows.mentions }),
      exec("ingest/write-events", { articleId, events: rows.events }),
    ]);
    return {
      articleId,
      status: "written",
      replaced: storedHash !== null,
      created: {
        entitiesCreated: ent!.nodesCreated,
        eventsCreated: evs!.nodesCreated,
        // Typed relationships are merged when the article's shared facts are folded in.
        relationshipsCreated: 0,
      },
      counts,
    };
  });
  if (outcome.status === "written" && !opts.deferAggregates) {
    outcome.created.relationshipsCreated = await refreshAggregates(db, [articleId]);
  }
  return outcome;
}

/**
 * Folds the shared facts of the given articles into the graph, in one short transaction: adds
 * their mention counts, aliases and roles to their entities' aggregates and merges their typed
 * relationships (evidence and article ids unioned), then clears their pending mark. Bulk ingests
 * call it once per batch, so a popular entity is locked once per batch, not once per article.
 * Only articles still pending are folded (they are locked first), so repeating it is harmless.
 * Returns how many typed relationships it created.
 */
export async function refreshAggregates(db: Database, articleIds: string[]): Promise<number> {
  if (articleIds.length === 0) return 0;
  return db.write(async (tx) => {
    const [row] = await tx.run("ingest/lock-pending-articles", { articleIds: [...articleIds].sort() });
    const pending = (row?.articleIds as string[] | undefined) ?? [];
    if (pending.length === 0) return 0;
    await tx.run("ingest/fold-entity-aggregates", { articleIds: pending });
    const folded = await tx.runRaw("ingest/fold-relationships", { articleIds: pending });
    await tx.run("ingest/clear-pending-aggregates", { articleIds: pending });
    return folded.summary.counters.updates().relationshipsCreated;
  });
}

/** Refreshes aggregates left pending by an interrupted ingest. Returns how many articles it covered. */
export async function refreshPendingAggregates(db: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await db.read((tx) => tx.run("ingest/pending-aggregate-articles", { limit: neo4jInt(500) }));
    if (rows.length === 0) return total;
    await refreshAggregates(db, rows.map((r) => r.id as string));
    total += rows.length;
  }
}

/** Deletes an article and everything only it supported. */
export async function deleteArticle(db: Database, articleId: string): Promise<DeleteOutcome> {
  return db.write(async (tx) => {
    const [state] = await tx.run("ingest/article-state", { articleId });
    if (!state) return { articleId, deleted: false, entitiesRemoved: 0, eventsRemoved: 0, relationshipsRemoved: 0 };
    const removed = await detachArticle(tx, articleId, () => undefined);
    await tx.run("ingest/delete-article-node", { articleId });
    return { articleId, deleted: true, ...removed };
  });
}

const neo4jInt = (n: number) => neo4j.int(n);

function zero(): WriteCounts {
  return { entitiesCreated: 0, eventsCreated: 0, relationshipsCreated: 0 };
}
