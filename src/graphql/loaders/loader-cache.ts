// Per-request DataLoaders. A loader batches the keys requested in one tick into ONE read
// transaction (one round trip); loaders that take arguments (page size, filters) are kept per
// distinct arguments, so keys are only batched with keys asking the same question.
import DataLoader from "dataloader";
import type { Database, Row } from "../../db/database.ts";

export type Batch<V> = (keys: readonly string[]) => Promise<(V | Error)[]>;

export class LoaderCache {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();
  constructor(readonly db: Database) {}

  get<V>(name: string, args: unknown, batch: Batch<V>): DataLoader<string, V> {
    const key = `${name}:${JSON.stringify(args ?? null)}`;
    let loader = this.loaders.get(key) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader<string, V>(batch, { maxBatchSize: 1_000 });
      this.loaders.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}

/**
 * Runs `statement` once for all keys (as $ids) in a read transaction and returns, for each key in
 * order, `pick(row)` of the row whose `id` is that key, or `missing` when there is none.
 */
export async function readByIds<V>(
  db: Database,
  statement: string,
  ids: readonly string[],
  params: Record<string, unknown>,
  pick: (row: Row) => V,
  missing: V,
  idOf: (row: Row) => string = (row) => row.id as string,
): Promise<V[]> {
  const rows = await db.read((tx) => tx.run(statement, { ...params, ids: [...ids] }));
  const byId = new Map<string, V>();
  for (const row of rows) byId.set(idOf(row), pick(row));
  return ids.map((id) => (byId.has(id) ? byId.get(id)! : missing));
}
