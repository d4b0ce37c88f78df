// npm run bench:load — does one heavy request stall everyone else? Runs `npm start`'s entry point
// (production mode, the sample articles loaded) against its own Neo4j (.neo4j/bench-load, on a
// free port), then measures with autocannon on loopback the latency of a cheap query (one entity
// by id; the response cache is off, so every request reads Neo4j), sent as a steady --rate per
// second on one connection (a latency is then one request's service time; a saturated closed loop,
// the measure of earlier runs, mostly measures its own queue and is reported after it for
// comparison, on --connections connections), in the same run: unloaded (the
// peer); while 1 MB articles are ingested back to back through ingestArticle (started for
// --seconds, measured until the last one has finished, so whole ingests are covered); while one
// request with the maximum allowed ids (nodes(ids:), 100) at a time runs back to back; and, beyond
// the goal, while two such loops run. Goal: the cheap query's p99 under load within 3× its
// unloaded p50. Bounded: each phase runs a fixed time (the ingest phase at most 20 times it);
// everything it started is stopped at the end. Writes the results between the bench:load markers
// of BENCHMARKS.md.
//
//   npm run bench:load [-- --seconds 10 --rate 100 --connections 4]
//   npm run bench:load -- --cpu-prof DIR   # also write CPU profiles of the server's threads into
//       DIR (node --cpu-prof; one file per thread, the main thread's the largest). Profiling slows
//       the server, so that run leaves BENCHMARKS.md alone.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import autocannon from "autocannon";
import { PROJECT_ROOT } from "../src/config/config.ts";
import * as localNeo4j from "../src/db/local-neo4j.ts";
import { openDatabase } from "../src/db/database.ts";
import { migrate } from "../src/db/migrate.ts";
import { wipeGraph } from "../src/db/wipe-graph.ts";
import { LIMITS } from "../src/graphql/limits.ts";
import { writeMarkdownBlock } from "../src/evaluation/markdown-block.ts";
import { bigArticle } from "./load-test-article.ts";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const SECONDS = Number(arg("--seconds", "10"));
const CONNECTIONS = Number(arg("--connections", "4"));
const RATE = Number(arg("--rate", "100"));
const CPU_PROF = arg("--cpu-prof", "");
const KEY = "bench-load-ingest-key-0123456789";
const CHEAP = JSON.stringify({ query: `{ entity(id: "person:vladimir-putin") { name mentionCount } }` });

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  // With --cpu-prof, node itself with tsx as a loader (NODE_OPTIONS refuses --cpu-prof).
  const [command, args] = CPU_PROF
    ? [process.execPath, ["--cpu-prof", "--cpu-prof-dir", path.resolve(CPU_PROF), "--import", "tsx", "src/server/main.ts"]]
    : [path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), ["src/server/main.ts"]];
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    // A 1 MB ingest on a busy machine may take longer than the default request timeout.
    env: { PATH: process.env.PATH, PORT: String(port), NODE_ENV: "production", LOG_LEVEL: "warn", INGEST_API_KEY: KEY, REQUEST_TIMEOUT_MS: "300000", NEO4J_TX_TIMEOUT_MS: "300000", RESPONSE_CACHE: "off", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d));
  child.stderr!.on("data", (d: Buffer) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) return { child, url };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server not ready in 300 s:\n${output}`);
}

interface Load {
  requests: number;
  non2xx: number;
  seconds: number;
  /** Every 2xx response's latency in ms, to the microsecond (autocannon's own histogram keeps whole ms). */
  ms: number[];
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);

/**
 * The cheap query for SECONDS, or, given `until`, until it settles: by default a steady stream of
 * RATE requests per second on one connection (so a latency is the service time of one request, not
 * the queue of a saturated closed loop), or `saturate` connections back to back.
 */
function cheapLoad(url: string, until?: Promise<unknown>, saturate?: number): Promise<Load> {
  return new Promise((resolve, reject) => {
    const ms: number[] = [];
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: CHEAP,
        connections: saturate ?? 1,
        ...(saturate ? {} : { connectionRate: RATE }),
        // Bounded either way: an ingest that never ends is cut at 20 phases' time.
        duration: until ? SECONDS * 20 : SECONDS,
      },
      (err, result) => (err ? reject(err) : resolve({ requests: result.requests.total, non2xx: result.non2xx, seconds: result.duration, ms: ms.sort((a, b) => a - b) })),
    );
    instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      if (status >= 200 && status < 300) ms.push(responseTime);
    });
    void until?.finally(() => instance.stop());
  });
}

/** Sends `request` back to back until `until` resolves; returns how many completed. */
async function backToBack(until: Promise<unknown>, request: () => Promise<Response>): Promise<{ done: number; failed: number; ms: number[] }> {
  let stop = false;
  void until.then(() => (stop = true));
  const out = { done: 0, failed: 0, ms: [] as number[] };
  while (!stop) {
    const began = performance.now();
    const res = await request().catch(() => null);
    if (res?.ok) {
      const body = (await res.json()) as { errors?: { message?: string }[] };
      if (body.errors) {
        out.failed++;
        process.stderr.write(`bench:load: a heavy request failed: ${body.errors[0]?.message ?? "unknown error"}\n`);
      } else out.done++;
    } else {
      out.failed++;
      process.stderr.write(`bench:load: a heavy request failed: ${res ? `HTTP ${res.status} ${(await res.text()).slice(0, 200)}` : "no response"}\n`);
    }
    out.ms.push(performance.now() - began);
  }
  return out;
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

async function main() {
  const bench = { dir: path.join(PROJECT_ROOT, ".neo4j", "bench-load"), port: await freePort(), heap: "1g", pageCache: "512m" };
  await localNeo4j.stop(bench);
  const conn = await localNeo4j.start(bench);
  const db = openDatabase({ uri: conn.uri, username: "neo4j", password: conn.password, database: "neo4j" });
  await migrate(db);
  await wipeGraph(db);
  await db.close();
  const server = await startServer({ NEO4J_URI: conn.uri, NEO4J_PASSWORD: conn.password, SAMPLE_DATA: "auto" });
  try {
    // Warm-up: the plan cache, the JIT and the extraction threads.
    await cheapLoad(server.url);
    await post(server.url, { query: INGEST, variables: { input: bigArticle(0, 50_000) } }, { "x-api-key": KEY });
    // Again after the write: its statistics make Neo4j replan the cheap query once.
    await cheapLoad(server.url);

    const unloaded = await cheapLoad(server.url);

    // 1 MB articles back to back for SECONDS; the phase lasts until the last one has finished, so
    // it covers whole ingests (extraction on the worker pool and the write transaction after it).
    let n = 1;
    const ingestPhase = (saturate?: number) => {
      const ingests = backToBack(sleep(SECONDS * 1000), () => post(server.url, { query: INGEST, variables: { input: bigArticle(n++) } }, { "x-api-key": KEY }));
      return Promise.all([cheapLoad(server.url, ingests, saturate), ingests] as const);
    };
    const [duringIngest, ingested] = await ingestPhase();

    // One request with the maximum allowed ids at a time, as the goal says; then two at a time.
    const ids = Array.from({ length: LIMITS.maxListLength }, (_, i) => Buffer.from(`Person:person:nobody-${i}`).toString("base64"));
    const heavy = () => post(server.url, { query: "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables: { ids } });
    const idsPhase = cheapLoad(server.url);
    const idLoop = await backToBack(idsPhase, heavy);
    const duringIds = await idsPhase;
    const ids2Phase = cheapLoad(server.url);
    const idLoops2 = await Promise.all([0, 1].map(() => backToBack(ids2Phase, heavy)));
    const duringIds2 = await ids2Phase;

    // The measure of earlier runs, for comparison: CONNECTIONS connections back to back, a
    // saturated closed loop whose latency is mostly the queue of the cheap requests themselves.
    const unloadedSat = await cheapLoad(server.url, undefined, CONNECTIONS);
    const [duringIngestSat, ingestedSat] = await ingestPhase(CONNECTIONS);

    const p = (l: Load, q: number) => percentile(l.ms, q);
    const p50 = p(unloaded, 50);
    const f = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(1));
    const row = (label: string, l: Load, base: number) => `| ${label} | ${l.requests} | ${f(p(l, 50))} | ${f(p(l, 99))} | ${(p(l, 99) / base).toFixed(2)}× | ${l.non2xx} |`;
    const worst = Math.max(p(duringIngest, 99), p(duringIds, 99)) / p50;
    const avg = (ms: number[]) => (ms.length ? (ms.reduce((a, b) => a + b, 0) / ms.length / 1000).toFixed(1) : "?");
    const lines = [
      `Command: \`npm run bench:load -- --seconds ${SECONDS} --rate ${RATE} --connections ${CONNECTIONS}\` (autocannon on loopback; the server is \`npm start\`'s entry point in production mode with the sample articles, on its own Neo4j). Measured ${new Date().toISOString().slice(0, 10)}, on the shared 2-core machine.`,
      "",
      `Cheap query: \`{ entity(id: "person:vladimir-putin") { name mentionCount } }\` (response cache off: every request reads Neo4j), a steady ${RATE} requests/s on one connection, ${SECONDS} s per phase (the ingest phase until its last article is written). Latencies in ms from autocannon's per-response times (to the µs); the ratio is p99 over the unloaded p50 of the same run.`,
      "",
      "| phase | requests | p50 | p99 | p99 / unloaded p50 | non-2xx |",
      "|---|---|---|---|---|---|",
      row("unloaded (the peer)", unloaded, p50),
      row(`while 1 MB articles are ingested back to back through ingestArticle, whole ingests (${ingested.done} ingested, ${ingested.failed} failed, ${f(duringIngest.seconds)} s)`, duringIngest, p50),
      row(`while nodes(ids:) with ${LIMITS.maxListLength} ids runs back to back, one at a time (${idLoop.done} requests)`, duringIds, p50),
      row(`beyond the goal: two such nodes(ids:) loops at once (${idLoops2.reduce((a, l) => a + l.done, 0)} requests)`, duringIds2, p50),
      "",
      `- Goal: p99 under load within 3× the unloaded p50 (the first three rows): **${worst <= 3 ? "met" : "not met"}** (worst ${worst.toFixed(2)}×).`,
      `- One 1 MB ingestArticle took ${avg(ingested.ms)} s on average (extraction on the worker pool, then the write).`,
      "",
      `The measure of earlier runs, for comparison: ${CONNECTIONS} connections back to back (a saturated closed loop: its latency is mostly the queue of the cheap requests themselves, so even unloaded its p99 is several times its p50). Ratio to this loop's own unloaded p50.`,
      "",
      "| phase (saturated) | requests | p50 | p99 | p99 / unloaded p50 | non-2xx |",
      "|---|---|---|---|---|---|",
      row("unloaded", unloadedSat, p(unloadedSat, 50)),
      row(`while 1 MB articles are ingested (${ingestedSat.done} ingested, ${ingestedSat.failed} failed)`, duringIngestSat, p(unloadedSat, 50)),
    ];
    const file = path.join(PROJECT_ROOT, "BENCHMARKS.md");
    if (CPU_PROF) console.log(`(--cpu-prof: BENCHMARKS.md left alone; the server's profiles go to ${CPU_PROF} when it exits)`);
    else writeMarkdownBlock(file, "bench:load", `## Load: a cheap query while heavy requests run\n\n${lines.join("\n")}`);
    console.log(lines.join("\n"));
  } finally {
    server.child.kill("SIGINT");
    await new Promise((r) => server.child.once("exit", r));
    await localNeo4j.stop(bench);
  }
}

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on Error { message } } }`;

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
