// Per-request DataLoaders. A loader batches the keys requested in one tick into ONE read
// transaction (one round trip); loaders that take arguments (page size, filters) are kept per
// distinct arguments, so keys are only batched with keys asking the same question.
import DataLoader from "dataloader";
import type { Database, ParamsArg, Rows, StatementName } from "../../db/database.ts";

export type Batch<V> = (keys: readonly string[]) => Promise<(V | Error)[]>;

export class LoaderCache {
  private readonly loaders = new Map<string, unknown>();
  constructor(readonly db: Database) {}

  get<V>(name: string, args: unknown, batch: Batch<V>): DataLoader<string, V> {
    const key = `${name}:${JSON.stringify(args ?? null)}`;
    const cached = this.loaders.get(key);
    if (cached instanceof DataLoader) return cached;
    const loader = new DataLoader<string, V>(batch, { maxBatchSize: 1_000 });
    this.loaders.set(key, loader);
    return loader;
  }

  /** Runs one statement in its own read transaction: the one round trip of a batch. */
  read<N extends StatementName>(name: N, ...params: ParamsArg<N>): Promise<Rows[N][]> {
    return this.db.read((tx) => tx.run(name, ...params));
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
