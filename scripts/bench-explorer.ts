// npm run bench:explorer: how fast the graph explorer draws a big graph in headless Chromium.
// Loads the built page (no database: the graph is generated in the page by window.__explorer, and
// drawn by the same GraphView code as real neighbourhoods), then times, from adding the elements
// to the painted frame:
//   first render — N nodes (~1.5 N edges) drawn from nothing, layout included, on a freshly
//                  loaded page (cold) and once more on the same page (warm);
//   expand       — 20 new neighbours added around a node of that graph.
// The peer is the same measurement with 50 nodes in the same browser, interleaved run by run, so
// the ratio holds even on a noisy machine. Results go between the bench:explorer markers in
// BENCHMARKS.md (created at the end of the file when missing).
import fs from "node:fs";
import http from "node:http";
import type net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { PROJECT_ROOT } from "../src/config/config.ts";
import { buildExplorer } from "../src/server/explorer-bundle.ts";
import { silentLogger } from "../src/config/logger.ts";
import { explorerResponse, isExplorerPath } from "../src/server/explorer-route.ts";

const SIZES = [50, 500] as const;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const EXPAND_BY = 20;
const START = "<!-- bench:explorer:start -->";
const END = "<!-- bench:explorer:end -->";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

await buildExplorer();
const loadAtStart = os.loadavg()[0]!;
// Only the explorer's route, without a database: the page draws generated graphs.
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (!isExplorerPath(url.pathname)) {
    res.writeHead(404).end();
    return;
  }
  void explorerResponse(new Request(url, { method: req.method ?? "GET" }), url.pathname, silentLogger, Response).then(async (r) => {
    res.writeHead(r.status, Object.fromEntries(r.headers)).end(Buffer.from(await r.arrayBuffer()));
  });
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const version = browser.version();
type Series = { cold: number[]; warm: number[]; expand: number[] };
const results: Record<number, Series> = { 50: { cold: [], warm: [], expand: [] }, 500: { cold: [], warm: [], expand: [] } };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  for (let run = 0; run < RUNS; run++) {
    for (const n of SIZES) {
      await page.goto(`${base}/explore`);
      await page.waitForFunction(() => window.__explorer !== undefined);
      await page.evaluate(() => window.__explorer.ready);
      const timing = await page.evaluate(
        async ({ n, m }) => {
          const cold = await window.__explorer.renderSynthetic(n);
          const counts = { nodes: window.__explorer.cy.nodes().length, edges: window.__explorer.cy.edges().length };
          const hub = window.__explorer.cy.nodes()[0]!.id();
          const expand = await window.__explorer.expandSynthetic(hub, m);
          const warm = await window.__explorer.renderSynthetic(n);
          return { cold, warm, expand, ...counts };
        },
        { n, m: EXPAND_BY },
      );
      if (timing.nodes !== n) throw new Error(`expected ${n} nodes drawn, got ${timing.nodes}`);
      results[n]!.cold.push(timing.cold);
      results[n]!.warm.push(timing.warm);
      results[n]!.expand.push(timing.expand);
      if (run === 0) console.log(`${n} nodes, ${timing.edges} edges`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const cell = (xs: number[]) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const row = (n: number) => `| ${n} | ${cell(results[n]!.cold)} | ${cell(results[n]!.warm)} | ${cell(results[n]!.expand)} |`;
const ratio = (k: keyof Series) => (median(results[500]![k]) / median(results[50]![k])).toFixed(1);
const date = new Date().toISOString().slice(0, 10);
const section = `${START}
## Graph explorer (\`npm run bench:explorer\`)

Measured ${date} on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "unknown CPU"}, load average ${loadAtStart.toFixed(1)} at the start), headless Chromium ${version} (Debian, software rendering),
viewport 1400×860. A generated graph (~1.5 edges per node, every kind) drawn by the explorer's own
GraphView; time from adding the elements to the painted frame, in ms: median (min–max) of ${RUNS}
interleaved runs. Cold: the first graph drawn on a freshly loaded page; warm: drawn again on it.

| nodes | first render, cold | first render, warm | expand a node (+${EXPAND_BY}) |
|---:|---:|---:|---:|
${row(50)}
${row(500)}

- 500 vs 50 nodes, same run: first render **${ratio("cold")}×** cold, **${ratio("warm")}×** warm; expand **${ratio("expand")}×**.
- Big graphs use the concentric layout, hide edges and use a texture while panning or zooming, and drop labels when zoomed out.
${END}`;

const file = path.join(PROJECT_ROOT, "BENCHMARKS.md");
const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Benchmarks\n";
const next =
  current.includes(START) && current.includes(END)
    ? current.slice(0, current.indexOf(START)) + section + current.slice(current.indexOf(END) + END.length)
    : `${current.trimEnd()}\n\n${section}\n`;
fs.writeFileSync(file, next);
console.log(section);
