// Writes one extraction document into Neo4j in ONE write transaction (all or nothing), and
// deletes articles. Re-ingesting the same document is a no-op (content hash); a changed document
// first detaches the article's old contribution. Before the article's entities and events are
// written they are linked to the entities and events other articles named (link-article.ts).
// Every statement MERGEs on constrained keys, so the driver may retry the whole transaction on
// transient errors and deadlocks.
import neo4j from "neo4j-driver";
import type { Database, ParamsArg, StatementName, Tx } from "../db/database.ts";
import type { ExtractionDocumentT } from "../extract/document.ts";
import { applyLinks } from "./apply-links.ts";
import { articleRows, documentHash, preparedFacts, validateDocument } from "./article-rows.ts";
import type { KeyChange, LinkDecision } from "./link-entities.ts";
import { linkEntities, linkEvents, syncEntityKeys, syncEventKeys } from "./link-article.ts";
import { ROWS_PER_CALL, sendInChunks, yieldToLoop } from "./statement-chunks.ts";

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
  /** How each extracted entity was linked (empty with linking off or when unchanged). */
  links: LinkDecision[];
  /** Event reports that joined an event other articles reported. */
  eventsJoined: number;
  /** What the article adds to each entity it names, by stored id (after linking); empty when unchanged. */
  entityChanges: EntityChange[];
  /** Entity and event ids the write touched: those the article names now and those its old version named. */
  touchedIds: string[];
}

/** What one article adds to one entity: its mentions, the events it takes part in, the relationships it is an end of. */
export interface EntityChange {
  entityId: string;
  mentions: number;
  events: number;
  relationships: number;
}

/** Per entity, what the article's rows add to it (ids sorted, so announcements come in a stable order). */
function entityChangesOf(
  rows: { mentions: { entityId: string }[]; relationships: { sourceId: string; targetId: string }[] },
  events: { eventId: string; evidence: string[]; participants: { entityId: string }[] }[],
): EntityChange[] {
  const changes = new Map<string, EntityChange>();
  const of = (entityId: string) => {
    let c = changes.get(entityId);
    if (!c) changes.set(entityId, (c = { entityId, mentions: 0, events: 0, relationships: 0 }));
    return c;
  };
  for (const m of rows.mentions) of(m.entityId).mentions++;
  for (const r of rows.relationships) {
    of(r.sourceId).relationships++;
    if (r.targetId !== r.sourceId) of(r.targetId).relationships++;
  }
  for (const e of events) {
    // An event's "mentions" are the sentences of the article that report it.
    of(e.eventId).mentions += e.evidence.length;
    for (const id of new Set(e.participants.map((p) => p.entityId))) of(id).events++;
  }
  return [...changes.values()].sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
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
   * Told about the article once its write and the fold of its shared facts have committed (not
   * with deferAggregates: then the caller folds, and announces, later). Never told about an
   * article that was rolled back or unchanged. Its failure never fails the ingest.
   */
  announce?: (committed: readonly IngestOutcome[]) => Promise<void>;
  /**
   * Leave the article's shared facts (entity aggregates, typed relationships) to a later
   * refreshAggregates call covering many articles: bulk ingests use it so hot entities are
   * locked once per batch instead of once per article. The article stays marked pending.
   */
  deferAggregates?: boolean;
  /**
   * Link entities and events to those other articles named (default true). Off, every extracted
   * id is written as it is and every event report is its own event, as before linking existed:
   * for measuring what linking costs (npm run bench:ingest), not for building a graph to keep.
   */
  linking?: boolean;
  /**
   * Rows per statement call for an article's long lists (statement-chunks.ts; default
   * ROWS_PER_CALL). Tests set it small to run the split path on a small article.
   */
  rowsPerCall?: number;
}

async function articleEntityIds(tx: Tx, articleId: string): Promise<string[]> {
  const [row] = await tx.run("ingest/article-entity-ids", { articleId });
  return row?.entityIds ?? [];
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
  await exec("ingest/detach-possible-duplicates", { articleId, entityIds: await articleEntityIds(tx, articleId) });
  const relationshipsRemoved = rel.summary.counters.updates().relationshipsDeleted;
  await exec("ingest/detach-event-links", { articleId });
  await exec("ingest/detach-sentences", { articleId });
  const links = await exec("ingest/detach-article-links", { articleId });
  const row = links.records[0];
  const entityIds = (row?.get("entityIds") as string[] | undefined) ?? [];
  const eventIds = (row?.get("eventIds") as string[] | undefined) ?? [];
  const [ev] = await tx.run("ingest/delete-unsupported-events", { eventIds });
  step("ingest/delete-unsupported-events");
  counters.events = ev?.deleted ?? 0;
  // Events other articles still report lose this report only: their date, place and keys follow.
  await exec("ingest/refresh-events", { eventIds, elementIds: [] });
  await syncEventKeys(tx, eventIds);
  await exec("ingest/refresh-entities", { entityIds });
  const [en] = await tx.run("ingest/delete-unsupported-entities", { entityIds });
  step("ingest/delete-unsupported-entities");
  counters.entities = en?.deleted ?? 0;
  await syncEntityKeys(tx, entityIds);
  const orphanKeys = [...new Set([...(ev?.keys ?? []), ...(en?.keys ?? [])])];
  if (orphanKeys.length) await exec("ingest/drop-unused-name-keys", { keys: orphanKeys });
  return { entitiesRemoved: counters.entities, eventsRemoved: counters.events, relationshipsRemoved, formerIds: [...entityIds, ...eventIds] };
}

/** Ingests one extraction document. Throws InvalidDocumentError for a bad document (nothing written). */
export async function ingestDocument(db: Database, input: ExtractionDocumentT, opts: IngestOptions = {}): Promise<IngestOutcome> {
  // A document from the extraction pool was validated, hashed and split on its thread (prepareDocument).
  const prepared = preparedFacts(input);
  const doc = prepared ? input : validateDocument(input);
  const linking = opts.linking ?? true;
  const articleId = doc.article.id;
  await yieldToLoop();
  const contentHash = prepared?.contentHash ?? documentHash(doc);
  await yieldToLoop();
  const step = opts.afterStatement ?? (() => undefined);
  const per = opts.rowsPerCall ?? ROWS_PER_CALL;
  const counts = {
    sentences: 0,
    entities: doc.entities.length,
    mentions: 0,
    relationships: 0,
    events: doc.events.length,
  };
  const outcome = await db.write(async (tx): Promise<IngestOutcome> => {
    const [state] = await tx.run("ingest/lock-article", { articleId });
    const storedHash = state?.contentHash ?? null;
    if (storedHash === contentHash) {
      return { articleId, status: "unchanged", replaced: false, created: zero(), counts, links: [], eventsJoined: 0, entityChanges: [], touchedIds: [] };
    }
    const formerIds = storedHash !== null ? (await detachArticle(tx, articleId, step)).formerIds : [];
    const linked = linking ? await linkEntities(tx, doc) : null;
    if (linked) step("ingest/link-entity-candidates");
    const applied = linked ? applyLinks(doc, linked.plan.mapping) : null;
    await yieldToLoop();
    const rows = articleRows(applied?.doc ?? doc, { extractedIds: applied?.extractedIds, contentHash, sentences: prepared?.sentences });
    await yieldToLoop();
    Object.assign(counts, { sentences: rows.sentences.length, mentions: rows.mentions.length, relationships: rows.relationships.length });
    // Sent together without waiting in between: the driver pipelines them on one connection, so
    // the article costs few network round trips; Neo4j still runs them in order.
    const exec = <N extends StatementName>(name: N, ...params: ParamsArg<N>) => {
      const sent = tx.runRaw(name, ...params).then((r) => {
        step(name);
        return r.summary.counters.updates();
      });
      // Awaited below with the rest; a failure must not go unhandled while the event lookup runs.
      sent.catch(() => undefined);
      return sent;
    };
    const writes: Promise<unknown>[] = [exec("ingest/upsert-article", { article: { ...rows.article, ingestedAt: new Date().toISOString() } })];
    writes.push(...(await sendInChunks(rows.sentences, per, (sentences) => exec("ingest/write-sentences", { articleId, sentences }))));
    const entities = await sendInChunks(rows.entities, per, (part) => exec("ingest/upsert-entities", { articleId, entities: part }));
    writes.push(...(await sendInChunks(rows.mentions, per, (mentions) => exec("ingest/write-mentions", { mentions }))));
    if (linked) {
      const { plan, locked } = linked;
      if (plan.renames.length) writes.push(exec("ingest/rename-entities", { renames: plan.renames }));
      if (plan.addKeys.length) writes.push(exec("ingest/add-name-keys", { names: plan.addKeys }));
      if (plan.removeKeys.length) writes.push(exec("ingest/remove-name-keys", { names: plan.removeKeys }));
      if (plan.possible.length) writes.push(exec("ingest/record-possible-duplicates", { articleId, pairs: plan.possible }));
      if (locked.length) writes.push(exec("ingest/drop-unused-name-keys", { keys: locked }));
    }
    let events = rows.events;
    let joined: string[] = [];
    if (events.length) {
      let keys: KeyChange[] = [];
      if (linking) {
        const locatedIn = rows.relationships.filter((r) => r.type === "LOCATED_IN");
        await yieldToLoop();
        const linkedEvents = await linkEvents(tx, events, doc.article.publishedAt, locatedIn, rows.entities, per);
        step("ingest/link-event-candidates");
        ({ events, joined, keys } = linkedEvents);
      }
      writes.push(...(await sendInChunks(events, per, (part) => exec("ingest/write-events", { articleId, events: part }))));
      if (linking) writes.push(...(await sendInChunks(keys, per, (names) => exec("ingest/add-name-keys", { names }))));
      if (joined.length) writes.push(exec("ingest/refresh-events", { eventIds: [], elementIds: joined }));
    }
    const [created] = await Promise.all([Promise.all(entities), ...writes]);
    const eventsCreated = events.length - joined.length;
    return {
      articleId,
      status: "written",
      replaced: storedHash !== null,
      created: {
        entitiesCreated: created.reduce((n, c) => n + c.nodesCreated, 0),
        eventsCreated,
        // Typed relationships are merged when the article's shared facts are folded in.
        relationshipsCreated: 0,
      },
      counts,
      links: linked?.plan.decisions ?? [],
      eventsJoined: joined.length,
      entityChanges: entityChangesOf(rows, events),
      touchedIds: [...new Set([...formerIds, ...rows.entities.map((e) => e.id), ...events.map((e) => e.eventId)])],
    };
  });
  if (outcome.status === "written" && !opts.deferAggregates) {
    outcome.created.relationshipsCreated = await refreshAggregates(db, [articleId]);
    await opts.announce?.([outcome]).catch(() => undefined);
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
    const { formerIds: _named, ...removed } = await detachArticle(tx, articleId, () => undefined);
    await tx.run("ingest/delete-article-node", { articleId });
    return { articleId, deleted: true, ...removed };
  });
}

const neo4jInt = (n: number) => neo4j.int(n);

function zero(): WriteCounts {
  return { entitiesCreated: 0, eventsCreated: 0, relationshipsCreated: 0 };
}
