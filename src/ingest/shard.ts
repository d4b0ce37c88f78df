// Splits a corpus between N ingest workers without coordination beyond the database
// (`npm run ingest -- --shard K/N PATH...`): every worker reads the same inputs and keeps the
// articles whose key hashes to its shard. The key is the article's id when it has one, else its
// text, so the split is the same on every machine whatever the corpus is mounted as; a rejected
// input is reported by the shard its file and line hash to. Workers may run at once: writes MERGE
// on constrained keys and the driver retries deadlocks (tests/integration/ingest/concurrent-ingest.test.ts).
import { createHash } from "node:crypto";
import type { InputItem } from "./read-inputs.ts";

export interface Shard {
  /** 1-based: K of K/N. */
  readonly index: number;
  readonly count: number;
}

/** Most shards a corpus may be split into. */
export const MAX_SHARDS = 1024;

/** The shard of "K/N" (1 ≤ K ≤ N ≤ 1024), or a message saying what is wrong. */
export function parseShard(text: string): Shard | { problem: string } {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return { problem: `--shard needs K/N, such as 1/4 (worker 1 of 4), got ${JSON.stringify(text)}` };
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || count > MAX_SHARDS) return { problem: `--shard ${text}: N must be between 1 and ${MAX_SHARDS}` };
  if (index < 1 || index > count) return { problem: `--shard ${text}: K must be between 1 and N (${count})` };
  return { index, count };
}

/** The shard (1..count) a key belongs to. */
export function shardOfKey(key: string, count: number): number {
  return (createHash("sha256").update(key).digest().readUInt32BE(0) % count) + 1;
}

function keyOf(item: InputItem): string {
  if (item.ok) return item.article.id ? `id:${item.article.id}` : `text:${item.article.text}`;
  return `rejected:${item.rejection.file}:${item.rejection.line ?? 0}`;
}

/** The items of one shard, in order. */
export async function* inShard(items: AsyncIterable<InputItem> | Iterable<InputItem>, shard: Shard): AsyncIterable<InputItem> {
  for await (const item of items) if (shardOfKey(keyOf(item), shard.count) === shard.index) yield item;
}
