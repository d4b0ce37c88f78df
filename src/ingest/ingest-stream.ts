// Extracts and writes a stream of articles: extraction (CPU; on the extraction pool's threads when
// `extract` is the pool's) overlaps with up to `concurrency` write transactions in Neo4j. One
// article's failure is recorded and the rest go on — except losing the database: then nothing
// more is started, the articles in flight finish or fail, and the summary says so (`lostDatabase`)
// so the caller can say what was written and how to resume.
import { DatabaseUnavailableError, type Database } from "../db/database.ts";
import type { ArticleInputT, ExtractionDocumentT } from "../extract/document.ts";
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
  /** Set when the database became unreachable: the stream stopped early (nothing after it was tried). */
  lostDatabase: DatabaseUnavailableError | null;
  /** Source (file, or file:line) of the article whose write committed last. */
  lastWritten: string | null;
}

export interface IngestStreamOptions {
  /** Write transactions in flight at once (default 16: commits overlap, Neo4j forces the log for several at once). */
  concurrency?: number;
  /** Extract only; write nothing. */
  dryRun?: boolean;
  /** Link entities and events across articles (default true; off only to measure its cost). */
  linking?: boolean;
  onProgress?: (done: number, summary: IngestSummary) => void;
  /**
   * Told about written articles, in commit order, once the fold of their shared facts has committed
   * (a batch at a time): what subscriptions announce. Articles a lost database left pending are not announced.
   */
  announce?: (committed: readonly IngestOutcome[]) => Promise<void>;
  /** How an article is extracted (default: in this thread); bulk callers pass an extraction pool's. */
  extract?: (article: ArticleInputT) => Promise<ExtractionDocumentT>;
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
    lostDatabase: null,
    lastWritten: null,
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
  let pending: IngestOutcome[] = [];
  let refreshing: Promise<unknown> = Promise.resolve();
  let refreshError: Error | null = null;
  const flush = () => {
    const batch = pending;
    pending = [];
    // One refresh at a time, overlapping with the next articles' writes. A failure leaves the
    // articles marked pending (the next ingest or start-up refreshes them) and is rethrown below.
    refreshing = refreshing
      .then(() => refreshAggregates(db!, batch.map((o) => o.articleId)))
      .then(async (created) => {
        summary.relationshipsCreated += created;
        if (batch.length) await opts.announce?.(batch).catch(() => undefined);
      })
      .catch((err: Error) => {
        if (err instanceof DatabaseUnavailableError) summary.lostDatabase ??= err;
        else refreshError ??= err;
      });
    return refreshing;
  };

  const extract = opts.extract ?? (async (article: ArticleInputT) => extractArticle(article));
  for await (const item of items) {
    if (summary.lostDatabase) break;
    summary.articles++;
    if (!item.ok) {
      summary.rejected.push(item.rejection);
      finish();
      continue;
    }
    const { file, line } = item.source;
    const where = line ? `${file}:${line}` : file;
    const task = extract(item.article)
      .then(
        (doc) => ({ doc }),
        (err: Error) => {
          summary.rejected.push({ file, line, reason: `extraction failed: ${err.message}` });
          return null;
        },
      )
      .then(async (extracted) => {
        if (!extracted) return;
        const { doc } = extracted;
        if (opts.dryRun || !db) {
          summary.written++;
          summary.entities += doc.entities.length;
          summary.relationships += doc.relationships.length;
          summary.events += doc.events.length;
          return;
        }
        if (summary.lostDatabase) return; // extracted after the loss: not attempted
        try {
          const outcome = await ingestDocument(db, doc, { deferAggregates: true, linking: opts.linking ?? true });
          record(summary, outcome);
          if (outcome.status === "written") {
            summary.lastWritten = where;
            pending.push(outcome);
          }
          if (pending.length >= AGGREGATE_BATCH) void flush();
        } catch (e) {
          const err = e as Error;
          if (err instanceof DatabaseUnavailableError) {
            summary.lostDatabase ??= err;
            return;
          }
          const reason = err instanceof InvalidDocumentError ? err.message : `write failed: ${err.message}`;
          summary.rejected.push({ file, line, reason });
        }
      })
      .finally(() => {
        inFlight.delete(task);
        finish();
      });
    inFlight.add(task);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  // Without the database the fold cannot run: the written articles stay pending, and the next
  // ingest or `npm start` folds them.
  if (db && !opts.dryRun && !summary.lostDatabase) await flush();
  if (refreshError && !summary.lostDatabase) throw refreshError;
  summary.seconds = (performance.now() - began) / 1000;
  return summary;
}
