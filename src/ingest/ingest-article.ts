// Writes one extraction document into Neo4j in ONE write transaction (all or nothing), and
// deletes articles. Re-ingesting the same document is a no-op (content hash); a changed document
// first detaches the article's old contribution. Every statement MERGEs on constrained keys, so
// the driver may retry the whole transaction on transient errors and deadlocks.
import type { Database, Tx } from "../db/database.ts";
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
}

/** Removes an article's sentences, mentions, evidence and links; deletes what nothing else supports. */
async function detachArticle(tx: Tx, articleId: string, step: (name: string) => void) {
  const counters = { nodesDeleted: 0, relationshipsDeleted: 0, entities: 0, events: 0 };
  const exec = async (name: string, params: Record<string, unknown>) => {
    const r = await tx.runRaw(name, params);
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
  return db.write(async (tx) => {
    const [state] = await tx.run("ingest/lock-article", { articleId });
    const storedHash = state?.contentHash ?? null;
    if (storedHash === rows.article.contentHash) {
      return { articleId, status: "unchanged", replaced: false, created: zero(), counts };
    }
    if (storedHash !== null) await detachArticle(tx, articleId, step);
    const exec = async (name: string, params: Record<string, unknown>) => {
      const r = await tx.runRaw(name, params);
      step(name);
      return r.summary.counters.updates();
    };
    await exec("ingest/upsert-article", { article: { ...rows.article, ingestedAt: new Date().toISOString() } });
    await exec("ingest/write-sentences", { articleId, sentences: rows.sentences });
    const ent = await exec("ingest/upsert-entities", { articleId, entities: rows.entities });
    await exec("ingest/write-mentions", { mentions: rows.mentions });
    const rel = await exec("ingest/merge-relationships", { articleId, relationships: rows.relationships });
    const evs = await exec("ingest/write-events", { articleId, events: rows.events });
    return {
      articleId,
      status: "written",
      replaced: storedHash !== null,
      created: {
        entitiesCreated: ent.nodesCreated,
        eventsCreated: evs.nodesCreated,
        relationshipsCreated: rel.relationshipsCreated,
      },
      counts,
    };
  });
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

function zero(): WriteCounts {
  return { entitiesCreated: 0, eventsCreated: 0, relationshipsCreated: 0 };
}
