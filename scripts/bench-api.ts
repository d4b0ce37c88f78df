// npm run bench:api — the read API under load, side by side with its peers on one generated graph:
// our service (response cache off), a minimal @neo4j/graphql server over the same database with
// equivalent type definitions (bench/peer), and a raw-driver server running exactly our statements
// (bench/raw). The fixed query mix is bench/api/query-mix.ts; all three must return the same data
// before anything is timed. autocannon on loopback at concurrency 1 and 8 (and 32 for cheap
// queries), the systems alternated in rounds (their order rotating), medians of the per-round
// ratios, the load average recorded. Then our entity card again with the response cache on, and
// with --sizes 10000,50000 our p50s on the larger graph against the smaller, same run. Writes
// the table between the bench:api markers of BENCHMARKS.md and the chart docs/bench-api.png.
// Each size has its own Neo4j (.neo4j/bench-api-<N>, ports from --port up), filled with
// `npm run gen:corpus -- N` (seed 42) unless it already holds that corpus.
//
//   npm run bench:api [-- --sizes 10000[,50000] --port 7736 --rounds 3 --seconds 2 --dir-10000 DIR]
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import neo4j from "neo4j-driver";
import { chromium } from "playwright-core";
import { PROJECT_ROOT } from "../src/config/config.ts";
import { openDatabase, type Database } from "../src/db/database.ts";
import * as localNeo4j from "../src/db/local-neo4j.ts";
import { migrate } from "../src/db/migrate.ts";
import { wipeGraph } from "../src/db/wipe-graph.ts";
import type { InputItem } from "../src/ingest/read-inputs.ts";
import { ingestStream } from "../src/ingest/ingest-stream.ts";
import { queryMix, type MixQuery } from "../bench/api/query-mix.ts";
import { generateCorpus } from "./gen-corpus.ts";
import type { Picks } from "./profile-statements.ts";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const SIZES = arg("--sizes", "10000").split(",").map(Number);
const BASE_PORT = Number(arg("--port", "7736"));
const ROUNDS = Number(arg("--rounds", "3"));
const SECONDS = Number(arg("--seconds", "2"));
const SYSTEMS = ["ours", "peer", "raw"] as const;
type System = (typeof SYSTEMS)[number];

const fmt = (n: number, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const load = () => os.loadavg()[0]!;

interface Graph {
  db: Database;
  conn: { uri: string; password: string };
  picks: Picks;
  deepEntityOffset: number;
}

/** The bench's Neo4j for `size` articles, holding exactly that corpus (ingested when it does not). */
async function graphOf(size: number, port: number): Promise<Graph> {
  const dir = path.resolve(PROJECT_ROOT, arg(`--dir-${size}`, path.join(".neo4j", `bench-api-${size}`)));
  const local = await localNeo4j.start({ dir, port, heap: "2g", pageCache: "1g" });
  const db = openDatabase({ uri: local.uri, username: "neo4j", password: local.password, database: "neo4j" });
  await migrate(db);
  const [stats] = await db.read((tx) => tx.run("read/stats"));
  const first = await db.read((tx) => tx.run("read/articles-by-id", { ids: [`gen-42-0`, `gen-42-${size - 1}`] }));
  if (stats?.articles !== size || first.length !== 2) {
    console.log(`Filling ${dir} with ${size} generated articles…`);
    await wipeGraph(db);
    const items: InputItem[] = generateCorpus(size, 42).map((article, i) => ({ ok: true, article, source: { file: "generated", line: i + 1 } }));
    const summary = await ingestStream(db, items);
    // A graph short of the corpus would be measured as if it were whole, and refilled on every run.
    if (summary.rejected.length) {
      const first = summary.rejected.slice(0, 3).map((r) => `line ${r.line ?? "?"}: ${r.reason}`);
      throw new Error(`Filling ${dir}: ${summary.rejected.length} of ${size} generated articles were rejected (${first.join("; ")}).`);
    }
  }
  const [picks] = (await db.read((tx) => tx.run("admin/bench-picks", { typical: neo4j.int(21), depth: 0.4 }))) as unknown as Picks[];
  const [counts] = await db.read((tx) => tx.run("read/stats"));
  const entities = (counts?.persons ?? 0) + (counts?.organizations ?? 0) + (counts?.places ?? 0);
  return { db, conn: { uri: local.uri, password: local.password }, picks: picks!, deepEntityOffset: Math.floor(entities * 0.4) };
}

interface Server {
  child: ChildProcess;
  port: number;
}

/** Starts one of the servers as its own process (so it never shares an event loop with the load). */
function startServer(script: string, conn: Graph["conn"], extraEnv: Record<string, string> = {}): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx"), [script], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, NEO4J_URI: conn.uri, NEO4J_USERNAME: "neo4j", NEO4J_PASSWORD: conn.password, ...extraEnv },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.on("exit", (code) => reject(new Error(`${script} exited (${code}) before listening`)));
  });
}

function request(system: System, q: MixQuery, port: number) {
  if (system === "raw") return { url: `http://127.0.0.1:${port}/${q.raw.name}`, body: JSON.stringify(q.raw.variables) };
  const body = JSON.stringify(system === "ours" ? q.ours : q.peer);
  return { url: `http://127.0.0.1:${port}/graphql`, body };
}

async function answer(system: System, q: MixQuery, port: number): Promise<unknown> {
  const r = request(system, q, port);
  const res = await fetch(r.url, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: r.body });
  const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (json.errors?.length || !json.data) throw new Error(`${system} / ${q.name}: ${JSON.stringify(json.errors ?? json).slice(0, 400)}`);
  return system === "ours" ? q.oursCanonical(json.data) : system === "peer" ? q.peerCanonical(json.data) : json.data;
}

interface Run {
  rps: number;
  p50: number;
  errors: number;
}

/** One request's time, to size a run. */
async function probe(system: System, q: MixQuery, port: number): Promise<number> {
  const t0 = performance.now();
  await answer(system, q, port).catch(() => undefined);
  return performance.now() - t0;
}

/**
 * Loads one system with one query: about `seconds` worth of requests (sized from a probe, at least
 * 3 per connection), every one awaited, so no abandoned query keeps running in Neo4j into the
 * next system's run.
 */
async function hammer(system: System, q: MixQuery, port: number, connections: number, seconds = SECONDS): Promise<Run> {
  const r = request(system, q, port);
  const single = await probe(system, q, port);
  const amount = Math.max(connections * 3, Math.min(20_000, Math.round((seconds * 1000 * Math.min(connections, 2)) / Math.max(single, 0.5))));
  const t0 = performance.now();
  // The p50 comes from every response's own time (to the µs): autocannon's latency histogram
  // keeps whole milliseconds, which turns a 0.4 ms answer into 0 and a ratio into nonsense.
  // The rate comes from the time of the last response: with `amount`, autocannon ends only on its
  // next one-second tick, so timing the whole call rounds every run up to whole seconds and caps
  // a fast query's rate at amount ÷ 1 s.
  const ms: number[] = [];
  let last = t0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: r.url,
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: r.body,
        connections,
        amount,
        timeout: 120,
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      if (status >= 200 && status < 300) ms.push(responseTime);
      last = performance.now();
    });
  });
  const elapsed = (last - t0) / 1000;
  return { rps: result.requests.total / elapsed, p50: ms.length ? median(ms) : Number.NaN, errors: result.errors + result.non2xx + result.timeouts };
}

interface Cell {
  query: string;
  connections: number;
  runs: Record<System, Run[]>;
}

async function benchSize(size: number, port: number, full: boolean) {
  const graph = await graphOf(size, port);
  const mix = queryMix(graph.picks, graph.deepEntityOffset);
  const systems: System[] = full ? [...SYSTEMS] : ["ours"];
  const servers = {} as Record<System, Server>;
  for (const s of systems) servers[s] = await startServer(`bench/${s === "ours" ? "api/our-server" : `${s}/server`}.ts`, graph.conn, { RESPONSE_CACHE: "off" });
  const agreement: { query: string; same: boolean; failed: System[]; detail: string }[] = [];
  const cells: Cell[] = [];
  const loads: number[] = [load()];
  let cache: { uncached: Run; cached: Run } | null = null;
  try {
    if (full) {
      for (const q of mix) {
        // One system at a time: a peer query that exhausts Neo4j's transaction memory must not
        // make another system's answer fail beside it.
        const answers: string[] = [];
        for (const s of systems) {
          answers.push(
            await answer(s, q, servers[s].port).then(
              (a) => JSON.stringify(a),
              (err: Error) => `error: ${err.message}`,
            ),
          );
        }
        const same = answers.every((a) => a === answers[0]);
        const failed = systems.filter((_, i) => answers[i]!.startsWith("error: "));
        agreement.push({ query: q.name, same, failed, detail: same ? "" : answers.map((a, i) => `${systems[i]}: ${a.slice(0, 300)}`).join("\n") });
        if (!same) console.log(`DIFFERENT answers for ${q.name}:\n${agreement.at(-1)!.detail}`);
      }
    }
    // Warm every plan and connection pool once.
    for (const q of mix) for (const s of systems) await hammer(s, q, servers[s].port, 4, 1);
    for (let round = 0; round < ROUNDS; round++) {
      console.log(`${size} articles, round ${round + 1}/${ROUNDS}, load average ${fmt(load(), 1)}`);
      for (const q of mix) {
        const levels = full ? (q.cheap ? [1, 8, 32] : [1, 8]) : [1];
        for (const connections of levels) {
          let cell = cells.find((c) => c.query === q.name && c.connections === connections);
          if (!cell) cells.push((cell = { query: q.name, connections, runs: { ours: [], peer: [], raw: [] } }));
          // The order of the systems rotates with the round, so none always runs first or last.
          const order = systems.map((_, i) => systems[(i + round) % systems.length]!);
          // A system that could not answer the query (the peer out of transaction memory) is not timed on it.
          const answered = order.filter((s) => !agreement.find((a) => a.query === q.name)?.failed.includes(s));
          for (const s of answered) cell.runs[s].push(await hammer(s, q, servers[s].port, connections));
        }
      }
      loads.push(load());
    }
    if (full) {
      // A repeated entity card with the response cache on, against the same card uncached.
      const cached = await startServer("bench/api/our-server.ts", graph.conn, { RESPONSE_CACHE: "on" });
      try {
        const card = mix[0]!;
        await hammer("ours", card, cached.port, 1, 1);
        cache = { uncached: await hammer("ours", card, servers.ours.port, 1), cached: await hammer("ours", card, cached.port, 1) };
      } finally {
        cached.child.kill("SIGTERM");
      }
    }
  } finally {
    for (const s of systems) servers[s].child.kill("SIGTERM");
    await graph.db.close();
  }
  return { size, picks: graph.picks, agreement, cells, loads, cache };
}

type SizeResult = Awaited<ReturnType<typeof benchSize>>;

/** Per round, ours vs peer throughput and ours vs raw p50; the medians of those ratios. */
function ratios(cell: Cell) {
  const n = cell.runs.ours.length;
  const rounds = Array.from({ length: n }, (_, i) => i);
  const oursRun = (i: number) => cell.runs.ours[i]!;
  return {
    vsPeer: cell.runs.peer.length ? median(rounds.map((i) => oursRun(i).rps / Math.max(cell.runs.peer[i]!.rps, 1e-9))) : null,
    vsRaw: cell.runs.raw.length ? median(rounds.map((i) => oursRun(i).p50 / Math.max(cell.runs.raw[i]!.p50, 1e-9))) : null,
    rps: Object.fromEntries(SYSTEMS.map((s) => [s, cell.runs[s].length ? median(cell.runs[s].map((r) => r.rps)) : null])) as Record<System, number | null>,
    p50: Object.fromEntries(SYSTEMS.map((s) => [s, cell.runs[s].length ? median(cell.runs[s].map((r) => r.p50)) : null])) as Record<System, number | null>,
    errors: SYSTEMS.reduce((sum, s) => sum + cell.runs[s].reduce((a, r) => a + r.errors, 0), 0),
  };
}

async function renderChart(main: SizeResult, file: string) {
  const rows = main.cells.filter((c) => c.connections === 8).map((c) => ({ query: c.query, ...ratios(c) }));
  const width = 980;
  const rowH = 26;
  const top = 60;
  const height = top + rows.length * rowH + 60;
  const x0 = 270;
  const scale = (v: number) => (Math.log10(Math.max(v, 0.1)) + 1) * ((width - x0 - 40) / 3.3); // 0.1× … 200×
  const bar = (v: number | null, y: number, color: string) =>
    v === null ? "" : `<rect x="${x0}" y="${y}" width="${Math.max(1, scale(v))}" height="9" fill="${color}"/><text x="${x0 + scale(v) + 4}" y="${y + 8}" font-size="10">${fmt(v, v < 10 ? 2 : 0)}×</text>`;
  const guides = [0.1, 1, 1.3, 1.5, 10, 100]
    .map((v) => `<line x1="${x0 + scale(v)}" y1="${top - 10}" x2="${x0 + scale(v)}" y2="${height - 50}" stroke="${v === 1 ? "#333" : "#ccc"}" stroke-dasharray="${v === 1 ? "" : "3,3"}"/><text x="${x0 + scale(v)}" y="${height - 36}" font-size="10" text-anchor="middle">${v}×</text>`)
    .join("");
  const body = rows
    .map((r, i) => {
      const y = top + i * rowH;
      return `<text x="${x0 - 8}" y="${y + 14}" font-size="12" text-anchor="end">${r.query}</text>${bar(r.vsPeer, y, "#0a6e5a")}${bar(r.vsRaw, y + 11, "#c77d1a")}`;
    })
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
<text x="20" y="24" font-size="15" font-weight="bold">bench:api, ${fmt(main.size)} articles, concurrency 8 (medians of per-round ratios, log scale)</text>
<rect x="20" y="34" width="10" height="10" fill="#0a6e5a"/><text x="36" y="43" font-size="12">our throughput ÷ @neo4j/graphql's (goal ≥ 1.5×)</text>
<rect x="380" y="34" width="10" height="10" fill="#c77d1a"/><text x="396" y="43" font-size="12">our p50 ÷ raw driver's (goal ≤ 1.3×)</text>
${guides}${body}
<text x="20" y="${height - 12}" font-size="10">npm run bench:api — load average ${main.loads.map((l) => fmt(l, 1)).join(" → ")} on ${os.cpus().length} cores</text>
</svg>`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.setContent(`<html><body style="margin:0">${svg}</body></html>`);
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height } });
  } finally {
    await browser.close();
  }
}

function report(results: SizeResult[]): string {
  const main = results[0]!;
  const lines: string[] = [];
  const p = main.picks;
  lines.push(
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), Node ${process.version}, Neo4j 5.26 Community (local, heap 2g, page cache 1g), @neo4j/graphql 7.6.3, autocannon on loopback, ${ROUNDS} rounds of ${SECONDS} s per system, query and concurrency, systems alternated (order rotating per round). Load average over the run: ${main.loads.map((l) => fmt(l, 1)).join(" → ")} (the machine is shared; ratios measured within a round are what to read).`,
    "",
    `Command: \`npm run bench:api${results.length > 1 ? ` -- --sizes ${results.map((r) => r.size).join(",")}` : ""}\` (graph: \`npm run gen:corpus -- ${main.size}\`, seed 42). Card and hub: ${p.card.name} (${fmt(p.hub.events)} events); typical participant: ${p.typical.name} (${p.typical.events} events); deep pages start 40 % into the list (the 21st of 50 pages). Response cache off unless stated.`,
    "",
    `Same data from all three: ${main.agreement.every((a) => a.same) ? "**yes**, every query" : `**yes** except ${main.agreement.filter((a) => !a.same).map((a) => `${a.query} (${a.failed.length ? `${a.failed.join(", ")} failed: ${a.detail.split("\n").find((l) => l.includes("error: "))?.replace(/^\w+: error: /, "").slice(0, 160)}` : "answers differ"})`).join("; ")}`}.`,
    "",
    "| query | conc. | ours req/s | peer req/s | raw req/s | ours p50 ms | raw p50 ms | ours ÷ peer (req/s) | ours ÷ raw (p50) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const c of main.cells) {
    const r = ratios(c);
    const n = (v: number | null, d = 0) => (v === null ? "–" : fmt(v, d));
    lines.push(
      `| ${c.query} | ${c.connections} | ${n(r.rps.ours)} | ${n(r.rps.peer)} | ${n(r.rps.raw)} | ${n(r.p50.ours, 2)} | ${n(r.p50.raw, 2)} | ${r.vsPeer === null ? "–" : `${fmt(r.vsPeer, 2)}×`} | ${r.vsRaw === null ? "–" : `${fmt(r.vsRaw, 2)}×`} |`,
    );
  }
  const at8 = main.cells.filter((c) => c.connections === 8).map((c) => ({ q: c.query, ...ratios(c) }));
  // A query the peer cannot answer (it failed the data check) has no ratio: listed apart, not as a miss.
  const peerFailed = at8.filter((r) => r.vsPeer === null);
  const peerMisses = at8.filter((r) => r.vsPeer !== null && r.vsPeer < 1.5);
  const rawMisses = main.cells.map((c) => ({ q: `${c.query} (c=${c.connections})`, ...ratios(c) })).filter((r) => (r.vsRaw ?? 0) > 1.3);
  const byName = (name: string, conns = 1) => main.cells.find((c) => c.query === name && c.connections === conns);
  const p50 = (name: string) => ratios(byName(name)!).p50.ours!;
  lines.push(
    "",
    `- ≥ 1.5× the peer's throughput at concurrency 8: ${peerMisses.length ? `missed on ${peerMisses.map((r) => `${r.q} (${fmt(r.vsPeer ?? 0, 2)}×)`).join(", ")}` : "**met** on every query"}${peerFailed.length ? ` (the peer answered no request of ${peerFailed.map((r) => r.q).join(", ")}: not compared)` : ""}.`,
    `- p50 ≤ 1.3× the raw driver's: ${rawMisses.length ? `missed on ${rawMisses.map((r) => `${r.q} ${fmt(r.vsRaw ?? 0, 2)}×`).join(", ")}` : "**met** on every query and concurrency"}.`,
    `- Typical participant's timeline vs the hub's (p50, c=1): ${fmt(p50("participant timeline (typical)"), 2)} ms vs ${fmt(p50("participant timeline (hub)"), 1)} ms: **${fmt(p50("participant timeline (hub)") / p50("participant timeline (typical)"), 1)}×** faster (goal ≥ 10×).`,
    `- Deep page vs page 1 (p50, c=1): entities ${fmt(p50("entities, deep page") / p50("entities, page 1"), 2)}×, timeline ${fmt(p50("timeline, deep page") / p50("timeline, page 1"), 2)}× (goal ≤ 1.3×).`,
  );
  if (main.cache) {
    const { cached, uncached } = main.cache;
    lines.push(
      `- Response cache on, the same entity card repeated (c=1): ${fmt(cached.rps)} req/s, p50 ${fmt(cached.p50, 2)} ms, against ${fmt(uncached.rps)} req/s, p50 ${fmt(uncached.p50, 2)} ms uncached: **${fmt(cached.rps / uncached.rps, 1)}×** the throughput (goal ≥ 10×).`,
    );
  }
  for (const big of results.slice(1)) {
    const rows = big.cells.map((c) => {
      const small = main.cells.find((m) => m.query === c.query && m.connections === 1);
      const ratio = ratios(c).p50.ours! / Math.max(ratios(small!).p50.ours!, 1e-9);
      return { q: c.query, big: ratios(c).p50.ours!, small: ratios(small!).p50.ours!, ratio };
    });
    lines.push(
      "",
      `Ours at ${fmt(big.size)} articles against ${fmt(main.size)}, same run (p50 ms at concurrency 1; load average ${big.loads.map((l) => fmt(l, 1)).join(" → ")}):`,
      "",
      `| query | ${fmt(main.size)} | ${fmt(big.size)} | ratio |`,
      "|---|---:|---:|---:|",
      ...rows.map((r) => `| ${r.q} | ${fmt(r.small, 2)} | ${fmt(r.big, 2)} | ${fmt(r.ratio, 2)}× |`),
      "",
      `- Every p50 at ${fmt(big.size)} ≤ 1.5× its value at ${fmt(main.size)}: ${rows.every((r) => r.ratio <= 1.5) ? "**met**" : `missed on ${rows.filter((r) => r.ratio > 1.5).map((r) => `${r.q} (${fmt(r.ratio, 2)}×)`).join(", ")}`}.`,
    );
  }
  lines.push("", "![bench:api at concurrency 8: our throughput over the peer's, our p50 over the raw driver's](docs/bench-api.png)");
  return lines.join("\n");
}

async function main() {
  const results: SizeResult[] = [];
  for (const [i, size] of SIZES.entries()) results.push(await benchSize(size, BASE_PORT + i, i === 0));
  fs.writeFileSync(path.join(PROJECT_ROOT, "bench", "api", "last-run.json"), JSON.stringify(results, null, 2));
  await renderChart(results[0]!, path.join(PROJECT_ROOT, "docs", "bench-api.png"));
  const section = `<!-- bench:api:start -->\n## Read API under load (\`npm run bench:api\`)\n\n${report(results)}\n<!-- bench:api:end -->`;
  const file = path.join(PROJECT_ROOT, "BENCHMARKS.md");
  const current = fs.readFileSync(file, "utf8");
  const next = /<!-- bench:api:start -->[\s\S]*<!-- bench:api:end -->/.test(current)
    ? current.replace(/<!-- bench:api:start -->[\s\S]*<!-- bench:api:end -->/, section)
    : `${current.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
  console.log(section);
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
