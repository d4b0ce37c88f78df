// Extracts and writes a stream of articles: extraction (CPU, in this process) overlaps with up to
// `concurrency` write transactions in Neo4j. One article's failure is recorded and the rest go on.
import type { Database } from "../db/database.ts";
import type { InputItem } from "./read-inputs.ts";
import { extractArticle } from "../extract/index.ts";
import { InvalidDocumentError } from "./article-rows.ts";
import { ingestDocument, refreshAggregates, refreshPendingAggregates, type IngestOutcome } from "./ingest-article.ts";

/** Written articles whose entity aggregates are refreshed together (one lock per hot entity per batch). */
const AGGREGATE_BATCH = 200;

export interface Rejection {
  file: string;
  line?: number;
  reason: string;
}

export interface IngestSummary {
  articles: number;
  written: number;
  replaced: number;
  unchanged: number;
  rejected: Rejection[];
  entitiesCreated: number;
  eventsCreated: number;
  relationshipsCreated: number;
  /** Extracted entities / relationships over all written articles (for throughput figures). */
  entities: number;
  relationships: number;
  events: number;
  seconds: number;
}

export interface IngestStreamOptions {
  /** Write transactions in flight at once (default 16: commits overlap, Neo4j forces the log for several at once). */
  concurrency?: number;
  /** Extract only; write nothing. */
  dryRun?: boolean;
  /** Link entities and events across articles (default true; off only to measure its cost). */
  linking?: boolean;
  onProgress?: (done: number, summary: IngestSummary) => void;
}

export function emptySummary(): IngestSummary {
  return {
    articles: 0,
    written: 0,
    replaced: 0,
    unchanged: 0,
    rejected: [],
    entitiesCreated: 0,
    eventsCreated: 0,
    relationshipsCreated: 0,
    entities: 0,
    relationships: 0,
    events: 0,
    seconds: 0,
  };
}

function record(summary: IngestSummary, outcome: IngestOutcome): void {
  if (outcome.status === "unchanged") {
    summary.unchanged++;
    return;
  }
  summary.written++;
  if (outcome.replaced) summary.replaced++;
  summary.entitiesCreated += outcome.created.entitiesCreated;
  summary.eventsCreated += outcome.created.eventsCreated;
  summary.relationshipsCreated += outcome.created.relationshipsCreated;
  summary.entities += outcome.counts.entities;
  summary.relationships += outcome.counts.relationships;
  summary.events += outcome.counts.events;
}

export async function ingestStream(
  db: Database | null,
  items: AsyncIterable<InputItem> | Iterable<InputItem>,
  opts: IngestStreamOptions = {},
): Promise<IngestSummary> {
  const began = performance.now();
  const summary = emptySummary();
  const concurrency = Math.max(1, opts.concurrency ?? 16);
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  const finish = () => {
    done++;
    summary.seconds = (performance.now() - began) / 1000;
    opts.onProgress?.(done, summary);
  };

  if (db && !opts.dryRun) await refreshPendingAggregates(db);
  let pending: string[] = [];
  let refreshing: Promise<unknown> = Promise.resolve();
  let refreshError: Error | null = null;
  const flush = () => {
    const ids = pending;
    pending = [];
    // One refresh at a time, overlapping with the next articles' writes. A failure leaves the
    // articles marked pending (the next ingest or start-up refreshes them) and is rethrown below.
    refreshing = refreshing
      .then(() => refreshAggregates(db!, ids))
      .then((created) => {
        summary.relationshipsCreated += created;
      })
      .catch((err: Error) => {
        refreshError ??= err;
      });
    return refreshing;
  };

  for await (const item of items) {
    summary.articles++;
    if (!item.ok) {
      summary.rejected.push(item.rejection);
      finish();
      continue;
    }
    const { file, line } = item.source;
    let doc;
    try {
      doc = extractArticle(item.article);
    } catch (err) {
      summary.rejected.push({ file, line, reason: `extraction failed: ${(err as Error).message}` });
      finish();
      continue;
    }
    if (opts.dryRun || !db) {
      summary.written++;
      summary.entities += doc.entities.length;
      summary.relationships += doc.relationships.length;
      summary.events += doc.events.length;
      finish();
      continue;
    }
    const write = ingestDocument(db, doc, { deferAggregates: true, linking: opts.linking ?? true })
      .then((outcome) => {
        record(summary, outcome);
        if (outcome.status === "written") pending.push(outcome.articleId);
        if (pending.length >= AGGREGATE_BATCH) void flush();
      })
      .catch((err: Error) => {
        const reason = err instanceof InvalidDocumentError ? err.message : `write failed: ${err.message}`;
        summary.rejected.push({ file, line, reason });
      })
      .finally(() => {
        inFlight.delete(write);
        finish();
      });
    inFlight.add(write);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (db && !opts.dryRun) await flush();
  if (refreshError) throw refreshError;
  summary.seconds = (performance.now() - began) / 1000;
  return summary;
}
