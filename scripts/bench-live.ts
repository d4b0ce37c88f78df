// npm run bench:live — how many subscribers one instance serves, and how fast an event reaches
// them all. Starts the app (no Neo4j needed: the events resolve only their own fields) on a free
// port, opens N GraphQL-over-SSE subscriptions to articleIngested from this process, publishes
// events one at a time and times each from publish to the last subscriber's receipt; then the
// same through a local Redis (the bus between instances). Bounded: fixed counts, everything it
// started is stopped. Writes the results between the bench:live markers of BENCHMARKS.md.
//
//   npm run bench:live [-- --subscribers 200,1000 --events 20]
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT, loadConfig } from "../src/config/config.ts";
import { openDatabase } from "../src/db/database.ts";
import { writeMarkdownBlock } from "../src/evaluation/markdown-block.ts";
import { subscribeLive, type LiveSubscription } from "../src/explorer/live-client.ts";
import { createExtractionPool } from "../src/ingest/extraction-pool.ts";
import { createEventBus, type EventBus } from "../src/live/event-bus.ts";
import * as localRedis from "../src/live/local-redis.ts";
import { createApp } from "../src/server/app.ts";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const COUNTS = arg("--subscribers", "200,1000").split(",").map(Number);
const EVENTS = Number(arg("--events", "20"));
const REDIS_DIR = path.join(PROJECT_ROOT, ".redis", "bench");

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

interface Row {
  bus: string;
  subscribers: number;
  openSeconds: number;
  rssMiB: number;
  p50: number;
  p99: number;
  max: number;
}

async function measure(bus: EventBus, n: number): Promise<Row> {
  const config = loadConfig({ NODE_ENV: "production", LOG_LEVEL: "error", MAX_SUBSCRIPTIONS: String(n + 10), SUBSCRIPTIONS_PER_CLIENT: String(n + 10) });
  // Never connected: the events select only their own fields.
  const db = openDatabase({ uri: "bolt://127.0.0.1:1", username: "neo4j", password: "unused-password", database: "neo4j" });
  const extraction = createExtractionPool({ workers: 1 });
  const app = createApp({ config, db, bus, extraction });
  const server = http.createServer(app.handler);
  server.maxConnections = n + 100;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const received = new Map<string, number>();
  let waiting: { id: string; resolve(): void } | null = null;
  const rssBefore = process.memoryUsage().rss;
  const began = performance.now();
  const subs: LiveSubscription[] = [];
  let pings = 0;
  let allLive: () => void = () => undefined;
  const live = new Promise<void>((r) => (allLive = r));
  for (let i = 0; i < n; i++) {
    let mine = 0;
    subs.push(
      subscribeLive<{ articleIngested: { articleId: string } }>(url, `subscription { articleIngested { articleId } }`, {}, {
        onNext: (d) => {
          const id = d.articleIngested.articleId;
          const got = (received.get(id) ?? 0) + 1;
          received.set(id, got);
          if (got === n && waiting?.id === id) waiting.resolve();
        },
        onPing: () => {
          if (++mine === 1 && ++pings === n) allLive();
        },
      }),
    );
  }
  await live;
  // The first keep-alive goes out before the subscription listens: give the last ones a moment.
  await new Promise((r) => setTimeout(r, 500));
  const openSeconds = (performance.now() - began) / 1000;
  const rss = process.memoryUsage().rss - rssBefore;
  const latencies: number[] = [];
  for (let e = 0; e < EVENTS; e++) {
    const id = `bench-${n}-${e}`;
    const done = new Promise<void>((resolve) => (waiting = { id, resolve }));
    const t0 = performance.now();
    bus.publish("articleIngested", { articleId: id, replaced: false, entityCount: 0, eventCount: 0, entitiesCreated: 0, eventsCreated: 0, bookmarks: [] });
    await Promise.race([done, new Promise((r) => setTimeout(r, 30_000))]);
    latencies.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 50));
  }
  for (const s of subs) s.close();
  await new Promise((r) => server.close(r));
  server.closeAllConnections();
  await extraction.close();
  await db.close();
  return {
    bus: bus.kind,
    subscribers: n,
    openSeconds,
    rssMiB: rss / 1048576,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: Math.max(...latencies),
  };
}

async function main() {
  const rows: Row[] = [];
  await localRedis.stop({ dir: REDIS_DIR });
  const redis = await localRedis.start({ dir: REDIS_DIR, port: await localRedis.freePort() });
  try {
    for (const n of COUNTS) {
      for (const kind of ["in-process", "redis"] as const) {
        const bus = await createEventBus(kind === "redis" ? { redisUrl: redis.url } : {});
        try {
          rows.push(await measure(bus, n));
          console.log(rows.at(-1));
        } finally {
          await bus.close();
        }
      }
    }
  } finally {
    await localRedis.stop({ dir: REDIS_DIR });
  }
  const f = (x: number, d = 0) => x.toFixed(d);
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (load average ${os.loadavg()[0]!.toFixed(1)} at the end: a shared machine), Node ${process.version}, Debian's redis-server.`,
    `Command: \`npm run bench:live -- --subscribers ${COUNTS.join(",")} --events ${EVENTS}\`. One instance; the subscribers are SSE streams over loopback opened from the same process (so client and server share its event loop: the figures are an upper bound on what the server costs). Latency: from publish to the last subscriber's receipt of the event, in ms, over ${EVENTS} events.`,
    "",
    "| bus | subscribers | seconds to open all | RSS growth (client and server) | p50 | p99 | max |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...rows.map((r) => `| ${r.bus} | ${r.subscribers} | ${f(r.openSeconds, 1)} | ${f(r.rssMiB)} MiB | ${f(r.p50)} | ${f(r.p99)} | ${f(r.max)} |`),
  ];
  writeMarkdownBlock(path.join(PROJECT_ROOT, "BENCHMARKS.md"), "bench:live", `## Live updates: subscribers per instance\n\n${lines.join("\n")}`);
  console.log(lines.join("\n"));
}

main().then(
  () => process.exit(0),
  async (err: Error) => {
    console.error(err);
    await localRedis.stop({ dir: REDIS_DIR });
    process.exit(1);
  },
);
