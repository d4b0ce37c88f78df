// Two ingest processes writing overlapping corpora at the same time end with the same graph as a
// serial run: no duplicate nodes, no lost evidence, no failed article. The exact comparison runs
// with linking across articles off: a weak name's link ("Kovacs" to "Sofia Kovacs") is decided
// against the graph as it is when the article is written, so it may differ with the order in
// which different articles arrive (README, "One entity, one node"). With linking on, the data
// path is checked by what cannot depend on order: every article, sentence and mention once.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../../scripts/gen-corpus.ts";
import { PROJECT_ROOT } from "../../../src/config/config.ts";
import { readInputs } from "../../../src/ingest/read-inputs.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { ingestStream } from "../../../src/ingest/ingest-stream.ts";
import { graphSnapshot, testConnection, testDatabase, wipeGraph } from "../support.ts";

const db = testDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-concurrent-"));
afterAll(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const corpus = generateCorpus(60, 7);
const fileA = path.join(dir, "a.jsonl");
const fileB = path.join(dir, "b.jsonl");
fs.writeFileSync(fileA, corpus.slice(0, 40).map((a) => JSON.stringify(a)).join("\n"));
// Both files start with the same 20 articles, so the two processes race on them from the first second.
fs.writeFileSync(fileB, [...corpus.slice(0, 20), ...corpus.slice(40, 60)].map((a) => JSON.stringify(a)).join("\n"));

function ingestProcess(file: string, linking = false): Promise<{ code: number | null; stderr: string }> {
  const c = testConnection();
  return new Promise((resolve) => {
    const child = spawn(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["src/cli/ingest.ts", "--concurrency", "3", ...(linking ? [] : ["--no-linking"]), file], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, NEO4J_URI: c.uri, NEO4J_USERNAME: c.username, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database },
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("concurrent ingest", () => {
  it("two processes ingesting overlapping corpora build the same graph as one serial run", async () => {
    await wipeGraph(db);
    await ingestStream(db, readInputs([fileA]), { concurrency: 1, linking: false });
    await ingestStream(db, readInputs([fileB]), { concurrency: 1, linking: false });
    const serial = await graphSnapshot(db);

    await wipeGraph(db);
    const [a, b] = await Promise.all([ingestProcess(fileA), ingestProcess(fileB)]);
    expect(a.stderr).toMatch(/rejected 0/);
    expect(b.stderr).toMatch(/rejected 0/);
    expect([a.code, b.code]).toEqual([0, 0]);
    const concurrent = await graphSnapshot(db);

    expect(concurrent.nodes.length).toBe(serial.nodes.length);
    expect(concurrent.relationships.length).toBe(serial.relationships.length);
    expect(concurrent).toEqual(serial);
    // Every article of both corpora was written exactly once.
    expect(concurrent.nodes.filter((n) => n.labels.includes("Article"))).toHaveLength(60);
  }, 180_000);

  it("the same articles written by two connections at the same instant are stored once, counted once", async () => {
    const docs = corpus.slice(0, 20).map((a) => extractArticle(a));
    await wipeGraph(db);
    for (const d of docs) await ingestDocument(db, d, { linking: false });
    const serial = await graphSnapshot(db);

    await wipeGraph(db);
    const other = testDatabase();
    try {
      const outcomes = await Promise.all(docs.flatMap((d) => [ingestDocument(db, d, { linking: false }), ingestDocument(other, d, { linking: false })]));
      expect(outcomes.filter((o) => o.status === "written")).toHaveLength(docs.length);
      expect(outcomes.filter((o) => o.status === "unchanged")).toHaveLength(docs.length);
    } finally {
      await other.close();
    }
    expect(await graphSnapshot(db)).toEqual(serial);
  }, 120_000);

  it("with linking on, two processes still write every article, sentence and mention exactly once", async () => {
    const dataPath = (snap: Awaited<ReturnType<typeof graphSnapshot>>) => ({
      // A sentence's claims name entities by id, which linking decides; its text and place may not change.
      nodes: snap.nodes
        .filter((n) => n.labels.includes("Article") || n.labels.includes("Sentence"))
        .map((n) => ({ labels: n.labels, props: Object.fromEntries(Object.entries(n.props).filter(([k]) => !k.startsWith("claim"))) })),
      // Which entity a mention reaches may depend on linking; the mention itself may not.
      mentions: snap.relationships
        .filter((r) => r.type === "MENTIONS")
        .map((r) => `${r.from}@${String(r.props.start)}-${String(r.props.end)}:${String(r.props.text)}`)
        .sort(),
    });
    await wipeGraph(db);
    await ingestStream(db, readInputs([fileA]), { concurrency: 1 });
    await ingestStream(db, readInputs([fileB]), { concurrency: 1 });
    const serial = dataPath(await graphSnapshot(db));

    await wipeGraph(db);
    const [a, b] = await Promise.all([ingestProcess(fileA, true), ingestProcess(fileB, true)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const concurrent = dataPath(await graphSnapshot(db));
    expect(concurrent.nodes.filter((n) => n.labels.includes("Article"))).toHaveLength(60);
    expect(concurrent).toEqual(serial);
  }, 180_000);
});
