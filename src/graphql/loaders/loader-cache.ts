// Per-request DataLoaders and the request's one read transaction. A loader batches the keys
// requested in one tick into ONE statement (one round trip); loaders that take arguments (page
// size, filters) are kept per distinct arguments, so keys are only batched with keys asking the
// same question. Every read of a request — loaders and root fields alike — runs in one read
// transaction, begun on the first read and ended after execution (src/server/request-transaction.ts):
// one session and no commit per statement. The transaction is begun with the bookmarks the client
// sent (src/server/bookmarks.ts), so behind a cluster it reads at least the writes they name.
//
// Retries: the driver retries only its transaction functions, and this transaction spans a whole
// request, so it is not retried by the driver. A statement that fails with an error the driver
// calls retryable (a cluster member gone, a leader switch, a transient error) is run once more in
// a fresh read transaction, begun with the same bookmarks; a second failure goes to the client
// (SERVICE_UNAVAILABLE when Neo4j is unreachable). Reads are repeatable, so this is safe; Neo4j's
// isolation is read committed anyway, so the retried statement loses no snapshot the first had.
//
// A subscription resolves each of its events with fresh loaders and a fresh read transaction
// (renew), begun with the bookmarks of the write the event announces.
import DataLoader from "dataloader";
import neo4j from "neo4j-driver";
import type { Database, ParamsArg, ReadTransaction, Rows, StatementName, Tx } from "../../db/database.ts";

export type Batch<V> = (keys: readonly string[]) => Promise<(V | Error)[]>;

export class LoaderCache {
  private readonly loaders = new Map<string, unknown>();
  private transaction: Promise<ReadTransaction> | null = null;
  /** Set by close(): the request is answered and reads no more. */
  private ended = false;
  /** Statements run again in a fresh transaction after a retryable failure (for tests and logs). */
  retries = 0;
  constructor(
    readonly db: Database,
    private bookmarks: readonly string[] = [],
  ) {}

  /** Runs `work` in the request's read transaction, beginning it on first use. */
  async inRead<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    // A resolver still running after its request was answered (past REQUEST_TIMEOUT_MS, say)
    // must not begin a transaction that nothing would end.
    if (this.ended) throw new Error("This request has already been answered; its reads have ended.");
    for (let attempt = 0; ; attempt++) {
      const current = (this.transaction ??= this.db.beginRead({ bookmarks: this.bookmarks }));
      try {
        return await work((await current).tx);
      } catch (err) {
        if (attempt > 0 || !neo4j.isRetryableError(err)) throw err;
        this.retries++;
        // Statements of one batch fail together: the first to get here replaces the transaction.
        if (this.transaction === current) {
          this.transaction = null;
          void current.then((t) => t.close()).catch(() => undefined);
        }
      }
    }
  }

  /** Ends the request's read transaction, if one was begun, and refuses any later read. */
  async close(): Promise<void> {
    this.ended = true;
    await this.endTransaction();
  }

  private async endTransaction(): Promise<void> {
    const open = this.transaction;
    this.transaction = null;
    // A transaction that never began (refused bookmark, Neo4j down) has nothing to close.
    const begun = open ? await open.catch(() => null) : null;
    if (begun) await begun.close();
  }

  /** Ends the read transaction and forgets every loaded value: the next read sees the graph afresh. */
  async renew(bookmarks: readonly string[] = this.bookmarks): Promise<void> {
    await this.endTransaction().catch(() => undefined);
    this.loaders.clear();
    this.bookmarks = bookmarks;
  }

  get<V>(name: string, args: unknown, batch: Batch<V>): DataLoader<string, V> {
    const key = `${name}:${JSON.stringify(args ?? null)}`;
    const cached = this.loaders.get(key);
    if (cached instanceof DataLoader) return cached;
    const loader = new DataLoader<string, V>(batch, { maxBatchSize: 1_000 });
    this.loaders.set(key, loader);
    return loader;
  }

  /** Runs one statement in the request's read transaction: the one round trip of a batch. */
  read<N extends StatementName>(name: N, ...params: ParamsArg<N>): Promise<Rows[N][]> {
    return this.inRead((tx) => tx.run(name, ...params));
  }
}

/**
 * For each key in order, `pick(row)` of the row whose id is that key, or `missing` when there is
 * none (statements return one row per id found, in any order).
 */
export function byKey<R, V>(keys: readonly string[], rows: readonly R[], idOf: (row: R) => string, pick: (row: R) => V, missing: V): V[] {
  const found = new Map<string, { value: V }>();
  for (const row of rows) found.set(idOf(row), { value: pick(row) });
  return keys.map((k) => (found.get(k) ?? { value: missing }).value);
}
