// --shard K/N: N workers reading the same inputs split them without talking to each other.
import { describe, expect, it } from "vitest";
import { parseIngestArgs } from "../../../src/cli/ingest.ts";
import { UsageError } from "../../../src/cli/command-line.ts";
import type { InputItem } from "../../../src/ingest/read-inputs.ts";
import { inShard, parseShard } from "../../../src/ingest/shard.ts";

const article = (id: string | undefined, text: string): InputItem => ({ ok: true, article: { ...(id ? { id } : {}), text }, source: { file: "corpus.jsonl" } });

async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("ingest shards", () => {
  it("reads K/N and refuses anything else with what to type", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard("0/4")).toEqual({ problem: "--shard 0/4: K must be between 1 and N (4)" });
    expect(parseShard("5/4")).toMatchObject({ problem: expect.stringMatching(/K must be between 1 and N/) });
    expect(parseShard("1/0")).toMatchObject({ problem: expect.stringMatching(/N must be between 1 and 1024/) });
    expect(parseShard("half")).toMatchObject({ problem: expect.stringMatching(/needs K\/N, such as 1\/4/) });
    expect(parseIngestArgs(["--shard", "1/2", "corpus"])).toMatchObject({ shard: { index: 1, count: 2 } });
    expect(() => parseIngestArgs(["--shard=3/2", "corpus"])).toThrow(UsageError);
  });

  it("puts every article in exactly one of N shards, by id or else by text, whatever the file is called", async () => {
    const items = Array.from({ length: 200 }, (_, i) => (i % 2 ? article(`a-${i}`, `text ${i}`) : article(undefined, `untitled text ${i}`)));
    const shards = await Promise.all([1, 2, 3].map((index) => collect(inShard(items, { index, count: 3 }))));
    const ids = shards.flat().map((item) => (item.ok ? (item.article.id ?? item.article.text) : ""));
    expect(ids.sort()).toEqual(items.map((item) => (item.ok ? (item.article.id ?? item.article.text) : "")).sort());
    for (const shard of shards) expect(shard.length).toBeGreaterThan(40); // roughly even
    const moved = items.map((item) => (item.ok ? { ...item, source: { file: "/mnt/elsewhere/corpus.jsonl" } } : item));
    expect((await collect(inShard(moved, { index: 2, count: 3 }))).length).toBe(shards[1]!.length);
  });
});
