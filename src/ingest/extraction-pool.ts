// Runs extraction (CPU-bound, up to seconds for a 1 MB article) on worker threads, so the event
// loop keeps answering requests and /healthz meanwhile. One pool per process, shared by the
// ingestArticle mutation, the ingest CLI and the start-up sample load.
//
// API (small on purpose; a later change adds subscriptions and scale-out on top of it):
//   const pool = createExtractionPool({ workers: 2, maxQueue: 16 });
//   const doc = await pool.extract(article);                 // rejects ExtractionPoolFullError when full
//   const doc = await pool.extract(article, { wait: true }); // bulk callers: wait for room (back-pressure)
//   pool.stats;                                              // { workers, running, queued }
//   await pool.close();                                      // graceful: finishes accepted work, then stops
//
// - Sized to the cores (os.availableParallelism(), at most 4) unless told; threads start on first use
//   and each loads the extractor once (extraction-worker.ts) and stays warm.
// - The queue is bounded: articles beyond `workers` running + `maxQueue` waiting are refused at
//   once with ExtractionPoolFullError (code EXTRACTION_BUSY), or wait for room with { wait: true }.
// - An article the extractor rejects fails with ExtractionError (its message); a thread that dies
//   fails its article with ExtractionError and is replaced.
// - close() refuses new articles (ExtractionPoolClosedError), lets accepted ones finish, then
//   terminates the threads. Idle threads never keep the process alive.
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { ArticleInputT, ExtractionDocumentT } from "../extract/document.ts";
import { fromWire, markPrepared, type PreparedWire } from "./article-rows.ts";
import type { ExtractionReply } from "./extraction-worker.ts";

/** The pool already holds as many articles as it may: retry shortly. */
export class ExtractionPoolFullError extends Error {
  override name = "ExtractionPoolFullError";
  readonly code = "EXTRACTION_BUSY";
  constructor(readonly capacity: number) {
    super(`The server is busy extracting ${capacity} other articles; retry in a few seconds.`);
  }
}

export class ExtractionPoolClosedError extends Error {
  override name = "ExtractionPoolClosedError";
  readonly code = "SHUTTING_DOWN";
  constructor() {
    super("The extraction pool is shutting down and takes no more articles.");
  }
}

/** The extractor refused the article, or its thread died while extracting it. */
export class ExtractionError extends Error {
  override name = "ExtractionError";
}

export interface ExtractionPoolOptions {
  /** Threads (default: one per core, at most 4). */
  workers?: number;
  /** Articles that may wait for a thread beyond those running (default 4 per thread). */
  maxQueue?: number;
}

export interface ExtractionPoolStats {
  workers: number;
  running: number;
  queued: number;
}

export interface ExtractionPool {
  extract(article: ArticleInputT, options?: { wait?: boolean }): Promise<ExtractionDocumentT>;
  readonly stats: ExtractionPoolStats;
  close(): Promise<void>;
}

interface Job {
  id: number;
  article: ArticleInputT;
  resolve(doc: ExtractionDocumentT): void;
  reject(err: Error): void;
}

interface Thread {
  worker: Worker;
  job: Job | null;
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

const WORKER_URL = new URL("./extraction-worker.ts", import.meta.url).href;

/**
 * The worker runs TypeScript like the rest of the project, through tsx, whoever started us (tsx,
 * vitest): Node 20 does not hand the parent's loader hooks to a worker, so a two-line bootstrap
 * loads the worker module with tsx's API.
 */
function workerBootstrap(): string {
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const tsxApi = pathToFileURL(path.join(tsxRoot, "dist", "esm", "api", "index.mjs")).href;
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER_URL)}, ${JSON.stringify(WORKER_URL)}));`;
}

export function createExtractionPool(options: ExtractionPoolOptions = {}): ExtractionPool {
  const size = Math.max(1, options.workers ?? defaultWorkerCount());
  const maxQueue = Math.max(0, options.maxQueue ?? 4 * size);
  const threads: Thread[] = [];
  const queue: Job[] = [];
  const roomWaiters: (() => void)[] = [];
  let nextId = 1;
  let closed = false;
  let drained: (() => void) | null = null;

  const running = () => threads.filter((t) => t.job).length;
  const idle = () => running() === 0 && queue.length === 0;

  function spawn(): Thread {
    const worker = new Worker(workerBootstrap(), { eval: true });
    const thread: Thread = { worker, job: null };
    worker.unref();
    worker.on("message", (reply: ExtractionReply | { ready: true }) => {
      if (!("id" in reply)) return;
      const job = thread.job;
      if (!job || job.id !== reply.id) return;
      finish(thread);
      if ("prepared" in reply) {
        const { doc, facts } = fromWire(JSON.parse(reply.prepared) as PreparedWire);
        job.resolve(markPrepared(doc, facts));
      } else if ("doc" in reply) job.resolve(JSON.parse(reply.doc) as ExtractionDocumentT);
      else job.reject(new ExtractionError(reply.error.message));
    });
    const died = (why: string) => {
      const job = thread.job;
      const at = threads.indexOf(thread);
      if (at >= 0) threads.splice(at, 1);
      if (job) {
        thread.job = null;
        job.reject(new ExtractionError(`the extraction thread stopped (${why}) while extracting this article`));
      }
      if (!closed && (queue.length > 0 || job)) dispatch();
      settle();
    };
    worker.on("error", (err) => died(err.message));
    worker.on("exit", (code) => died(`exit code ${code}`));
    threads.push(thread);
    return thread;
  }

  function finish(thread: Thread): void {
    thread.job = null;
    thread.worker.unref();
    dispatch();
    roomWaiters.shift()?.();
    settle();
  }

  function settle(): void {
    if (drained && idle()) drained();
  }

  function dispatch(): void {
    while (queue.length > 0) {
      let thread = threads.find((t) => !t.job);
      if (!thread && threads.length < size) thread = spawn();
      if (!thread) return;
      const job = queue.shift()!;
      thread.job = job;
      // A busy thread keeps the process alive until it answers (a CLI awaiting it must not exit).
      thread.worker.ref();
      thread.worker.postMessage({ id: job.id, article: job.article });
    }
  }

  const hasRoom = () => queue.length < maxQueue || (threads.length < size) || threads.some((t) => !t.job);

  async function extract(article: ArticleInputT, opts: { wait?: boolean } = {}): Promise<ExtractionDocumentT> {
    while (!closed && !hasRoom()) {
      if (!opts.wait) throw new ExtractionPoolFullError(size + maxQueue);
      await new Promise<void>((resolve) => roomWaiters.push(resolve));
    }
    if (closed) throw new ExtractionPoolClosedError();
    return new Promise<ExtractionDocumentT>((resolve, reject) => {
      queue.push({ id: nextId++, article, resolve, reject });
      dispatch();
    });
  }

  return {
    extract,
    get stats() {
      return { workers: threads.length, running: running(), queued: queue.length };
    },
    async close() {
      closed = true;
      for (const wake of roomWaiters.splice(0)) wake();
      if (!idle()) await new Promise<void>((resolve) => (drained = resolve));
      await Promise.all(threads.splice(0).map((t) => t.worker.terminate()));
    },
  };
}

let shared: ExtractionPool | null = null;

/** The process's one pool, created on first use (threads start only when an article comes). */
export function sharedExtractionPool(options?: ExtractionPoolOptions): ExtractionPool {
  shared ??= createExtractionPool(options);
  return shared;
}
