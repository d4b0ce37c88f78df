// Per-request DataLoaders and the request's one read transaction. A loader batches the keys
// requested in one tick into ONE statement (one round trip); loaders that take arguments (page
// size, filters) are kept per distinct arguments, so keys are only batched with keys asking the
// same question. Every read of a request — loaders and root fields alike — runs in one read
// transaction, begun on the first read and ended after execution (src/server/request-transaction.ts):
// one consistent view of the graph per request, no session and no commit per statement.
import DataLoader from "dataloader";
import type { Database, ParamsArg, ReadTransaction, Rows, StatementName, Tx } from "../../db/database.ts";

export type Batch<V> = (keys: readonly string[]) => Promise<(V | Error)[]>;

export class LoaderCache {
  private readonly loaders = new Map<string, unknown>();
  private transaction: Promise<ReadTransaction> | null = null;
  constructor(readonly db: Database) {}

  /** Runs `work` in the request's read transaction, beginning it on first use. */
  async inRead<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    this.transaction ??= this.db.beginRead();
    return work((await this.transaction).tx);
  }

  /** Ends the request's read transaction, if one was begun. */
  async close(): Promise<void> {
    const open = this.transaction;
    this.transaction = null;
    if (open) await (await open).close();
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
