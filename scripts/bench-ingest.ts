// npm run bench:ingest — ingests 1,000 and 10,000 generated articles (scripts/gen-corpus.ts) into
// an empty database, end to end (extraction included), and compares, in the same run, with a
// naïve writer that sends the same statements one row at a time (no UNWIND batching), and the
// largest size with linking across articles off (the cost of linking, side by side).
// Uses its own Neo4j (.neo4j/bench, port 7695 unless --dir/--port say otherwise), wiped before
// every run. Writes the results between the bench:ingest markers of BENCHMARKS.md.
//
//   npm run bench:ingest [-- --sizes 1000,10000 --naive 1000 --port 7695 --dir .neo4j/bench]
//   npm run bench:ingest -- --pool [--sizes 10000]   # extraction on the worker pool vs on the
//       event loop, the same corpus in the same run (the bench:ingest-pool block of BENCHMARKS.md)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../src/config/config.ts";
import { openDatabase, type Database, type Tx } from "../src/db/database.ts";
import * as localNeo4j from "../src/db/local-neo4j.ts";
import { migrate } from "../src/db/migrate.ts";
import { wipeGraph } from "../src/db/wipe-graph.ts";
import type { InputItem } from "../src/ingest/read-inputs.ts";
import type { ArticleInputT } from "../src/extract/document.ts";
import { extractArticle } from "../src/extract/index.ts";
import { articleRows, validateDocument } from "../src/ingest/article-rows.ts";
import { refreshAggregates } from "../src/ingest/ingest-article.ts";
import { ingestStream } from "../src/ingest/ingest-stream.ts";
import { createExtractionPool, defaultWorkerCount } from "../src/ingest/extraction-pool.ts";
import { writeMarkdownBlock } from "../src/evaluation/markdown-block.ts";
import { generateCorpus, type CorpusArticle } from "./gen-corpus.ts";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const BENCH = {
  dir: path.resolve(PROJECT_ROOT, arg("--dir", path.join(".neo4j", "bench"))),
  port: Number(arg("--port", "7695")),
  heap: "2g",
  pageCache: "1g",
} as const;
const SIZES = arg("--sizes", "1000,10000").split(",").map(Number);
const NAIVE_SIZE = Number(arg("--naive", "1000"));

async function freshDatabase(): Promise<Database> {
  await localNeo4j.stop(BENCH);
  fs.rmSync(path.join(BENCH.dir, "server"), { recursive: true, force: true });
  const conn = await localNeo4j.start(BENCH);
  const db = openDatabase({ uri: conn.uri, username: "neo4j", password: conn.password, database: "neo4j" });
  await migrate(db);
  // Warm up the JVM and Cypher's plan cache on a different corpus, then empty the database, so
  // every measured run starts warm and empty.
  await ingestStream(db, items(generateCorpus(300, 7)));
  await wipeGraph(db);
  return db;
}

function items(articles: CorpusArticle[]): InputItem[] {
  return articles.map((article, i) => ({ ok: true, article, source: { file: "generated", line: i + 1 } }));
}

/** The same statements as src/ingest, but one row per round trip: the baseline batching beats. */
async function naiveIngest(db: Database, articles: CorpusArticle[]) {
  let entities = 0;
  let relationships = 0;
  for (const a of articles) {
    const rows = articleRows(validateDocument(extractArticle(a)));
    const articleId = rows.article.id;
    entities += rows.entities.length;
    relationships += rows.relationships.length;
    await db.write(async (tx: Tx) => {
      await tx.run("ingest/lock-article", { articleId });
      await tx.run("ingest/upsert-article", { article: { ...rows.article, ingestedAt: new Date().toISOString() } });
      for (const s of rows.sentences) await tx.run("ingest/write-sentences", { articleId, sentences: [s] });
      for (const e of rows.entities) await tx.run("ingest/upsert-entities", { articleId, entities: [e] });
      for (const m of rows.mentions) await tx.run("ingest/write-mentions", { mentions: [m] });
      for (const ev of rows.events) await tx.run("ingest/write-events", { articleId, events: [ev] });
    });
    await refreshAggregates(db, [articleId]);
  }
  return { entities, relationships };
}

function diskBytes(): number {
  const dirs = ["databases/neo4j", "transactions/neo4j"].map((d) => path.join(BENCH.dir, "server", "data", d));
  return dirs.filter((d) => fs.existsSync(d)).reduce((sum, d) => sum + Number(execFileSync("du", ["-sb", d]).toString().split("\t")[0]), 0);
}

async function graphCounts(db: Database) {
  const [row] = await db.read((tx) => tx.run("admin/count-nodes-relationships"));
  return row as { nodes: number; relationships: number };
}

interface Result {
  label: string;
  articles: number;
  seconds: number;
  entities: number;
  relationships: number;
  nodes?: number;
  edges?: number;
  bytes?: number;
  rejected?: number;
}

const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

async function main() {
  const corpus = generateCorpus(Math.max(...SIZES, NAIVE_SIZE), 42);
  const results: Result[] = [];

  // Extraction alone, to split the end-to-end time.
  const t0 = performance.now();
  for (const a of corpus.slice(0, Math.max(...SIZES))) extractArticle(a);
  const extractSeconds = (performance.now() - t0) / 1000;

  const batched = async (size: number, linking: boolean, label: string) => {
    const db = await freshDatabase();
    try {
      const s = await ingestStream(db, items(corpus.slice(0, size)), { linking });
      const counts = await graphCounts(db);
      results.push({ label, articles: size, seconds: s.seconds, entities: s.entities, relationships: s.relationships, nodes: counts.nodes, edges: counts.relationships, bytes: diskBytes(), rejected: s.rejected.length });
      console.log(results.at(-1));
    } finally {
      await db.close();
    }
  };
  const largestSize = Math.max(...SIZES);
  for (const size of SIZES) await batched(size, true, `batched (UNWIND), ${fmt(size)} articles`);
  // The same largest run with linking off, right after: the cost of linking, measured side by side.
  await batched(largestSize, false, `batched, linking off, ${fmt(largestSize)} articles`);
  // Batching alone, against the naïve writer, which does not link: the same writer with linking
  // off, with 16 articles in flight and with one, like the naïve one.
  await batched(NAIVE_SIZE, false, `batched, linking off, ${fmt(NAIVE_SIZE)} articles`);
  {
    const db = await freshDatabase();
    try {
      const s = await ingestStream(db, items(corpus.slice(0, NAIVE_SIZE)), { concurrency: 1, linking: false });
      const counts = await graphCounts(db);
      results.push({ label: `batched, linking off, 1 in flight, ${fmt(NAIVE_SIZE)} articles`, articles: NAIVE_SIZE, seconds: s.seconds, entities: s.entities, relationships: s.relationships, nodes: counts.nodes, edges: counts.relationships, bytes: diskBytes(), rejected: s.rejected.length });
      console.log(results.at(-1));
    } finally {
      await db.close();
    }
  }
  {
    const db = await freshDatabase();
    try {
      const began = performance.now();
      const n = await naiveIngest(db, corpus.slice(0, NAIVE_SIZE));
      const counts = await graphCounts(db);
      results.push({ label: `naïve (one row per statement), ${fmt(NAIVE_SIZE)} articles`, articles: NAIVE_SIZE, seconds: (performance.now() - began) / 1000, ...n, nodes: counts.nodes, edges: counts.relationships, bytes: diskBytes() });
      console.log(results.at(-1));
    } finally {
      await db.close();
    }
  }
  await localNeo4j.stop(BENCH);

  const rate = (r: Result) => r.articles / r.seconds;
  const batchedSmall = results.find((r) => r.label === `batched, linking off, ${fmt(NAIVE_SIZE)} articles`)!;
  const batchedSerial = results.find((r) => r.label.startsWith("batched, linking off, 1 in flight"))!;
  const naive = results.find((r) => r.label.startsWith("naïve"))!;
  const ratio = rate(batchedSmall) / rate(naive);
  const batchingRatio = rate(batchedSerial) / rate(naive);
  const largest = results.filter((r) => r.label.startsWith("batched (UNWIND)")).sort((a, b) => b.articles - a.articles)[0]!;
  const unlinked = results.find((r) => r.label === `batched, linking off, ${fmt(largestSize)} articles`)!;
  const slowdown = largest.seconds / unlinked.seconds - 1;

  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}, Neo4j 5.26 Community (local, heap ${BENCH.heap}, page cache ${BENCH.pageCache}).`,
    "Command: `npm run bench:ingest` (corpus: `npm run gen:corpus -- 10000`, seed 42). End to end: extraction + writes into an empty database (after a 300-article warm-up that is then deleted), one transaction per article, 16 in flight, shared facts folded per 200 articles.",
    "",
    "| run | seconds | articles/s | entities/s | relationships/s | nodes | relationships in graph | on disk |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map(
      (r) =>
        `| ${r.label} | ${fmt(r.seconds, 1)} | ${fmt(r.articles / r.seconds, 1)} | ${fmt(r.entities / r.seconds)} | ${fmt(r.relationships / r.seconds)} | ${fmt(r.nodes ?? 0)} | ${fmt(r.edges ?? 0)} | ${fmt((r.bytes ?? 0) / 1048576, 1)} MiB |`,
    ),
    "",
    `- Batched writer vs naïve writer (the same statements sent one row per round trip, one article at a time, no linking) and the batched writer with linking off, same run, same ${fmt(naive.articles)} articles: **${fmt(batchingRatio, 1)}×** the articles/s from batching alone (both one article in flight), **${fmt(ratio, 1)}×** with the default 16 in flight.`,
    `- Extraction alone of ${fmt(Math.max(...SIZES))} articles: ${fmt(extractSeconds, 1)} s (${fmt((Math.max(...SIZES) / extractSeconds), 0)} articles/s on one core).`,
    `- ${fmt(largest.articles)} articles end to end: ${fmt(largest.seconds, 1)} s — goal under 120 s: **${largest.seconds < 120 ? "met" : "not met"}**.`,
    `- Linking across articles (name-key lookups and locks, context scoring, event linking) vs the same ${fmt(unlinked.articles)} articles with linking off (\`ingestStream(…, { linking: false })\`, \`npm run ingest -- --no-linking\`), same run: ${slowdown >= 0 ? `${fmt(slowdown * 100, 1)} % slower` : `${fmt(-slowdown * 100, 1)} % faster`} (${fmt(largest.seconds, 1)} s vs ${fmt(unlinked.seconds, 1)} s) — goal at most 25 % slower: **${slowdown <= 0.25 ? "met" : "not met"}**. With linking off every extracted id is its own entity (articles naming one id share it) and every event report its own event; linking adds the name-key nodes its lookups use, so that graph has more nodes.`,
    "- Entities/s and relationships/s count extracted entities and relationships per article written (before merging across articles).",
  ];
  const section = `<!-- bench:ingest:start -->\n## Ingest\n\n${lines.join("\n")}\n<!-- bench:ingest:end -->`;
  const file = path.join(PROJECT_ROOT, "BENCHMARKS.md");
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
  const next = /<!-- bench:ingest:start -->[\s\S]*<!-- bench:ingest:end -->/.test(current)
    ? current.replace(/<!-- bench:ingest:start -->[\s\S]*<!-- bench:ingest:end -->/, section)
    : `${current.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
  console.log(section);
}

/** The largest size twice, in the same run: extraction on this thread, then on the worker pool (as the CLI does). */
async function comparePool() {
  const size = Math.max(...SIZES);
  const corpus = items(generateCorpus(size, 42));
  // The pool starts its threads lazily, so its stats say 0 until the first article: name the size it is given.
  const threads = defaultWorkerCount();
  const pool = createExtractionPool({ workers: threads });
  const rows: { label: string; seconds: number; rejected: number }[] = [];
  try {
    for (const [label, extract] of [
      ["extraction on the event loop (one thread)", undefined],
      [`extraction on the worker pool (${threads} threads, as \`npm run ingest\`)`, (a: ArticleInputT) => pool.extract(a, { wait: true })],
    ] as const) {
      const db = await freshDatabase();
      try {
        const s = await ingestStream(db, corpus, extract ? { extract } : {});
        rows.push({ label, seconds: s.seconds, rejected: s.rejected.length });
        console.log(rows.at(-1));
      } finally {
        await db.close();
      }
    }
  } finally {
    await pool.close();
    await localNeo4j.stop(BENCH);
  }
  const [single, pooled] = rows as [(typeof rows)[0], (typeof rows)[0]];
  const load = os.loadavg()[0]!.toFixed(1);
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (load average ${load} at the end: a shared machine), Node ${process.version}, Neo4j 5.26 Community (local, heap ${BENCH.heap}, page cache ${BENCH.pageCache}).`,
    `Command: \`npm run bench:ingest -- --pool --sizes ${size}\`: ${fmt(size)} generated articles (seed 42) end to end into an empty database, 16 in flight, the same run twice.`,
    "",
    "| run | seconds | articles/s | rejected |",
    "|---|---:|---:|---:|",
    ...rows.map((r) => `| ${r.label} | ${fmt(r.seconds, 1)} | ${fmt(size / r.seconds, 1)} | ${r.rejected} |`),
    "",
    `- Worker pool vs one thread, same corpus, same run: **${fmt(single.seconds / pooled.seconds, 2)}×** the articles/s. On 2 cores Neo4j, the driver and the extraction threads share the CPUs, so the pool's gain is what extraction left of the event loop; its main point is that the event loop stays free for I/O (see bench:load).`,
  ];
  writeMarkdownBlock(path.join(PROJECT_ROOT, "BENCHMARKS.md"), "bench:ingest-pool", `## Ingest with the extraction pool\n\n${lines.join("\n")}`);
  console.log(lines.join("\n"));
}

(process.argv.includes("--pool") ? comparePool() : main()).catch(async (err: Error) => {
  console.error(err);
  await localNeo4j.stop(BENCH);
  process.exit(1);
});
