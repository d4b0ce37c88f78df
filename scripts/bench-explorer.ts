// npm run bench:explorer: how fast the graph explorer draws a big graph in headless Chromium.
// Loads the built page (no database: the graph is generated in the page by window.__explorer, and
// drawn by the same GraphView code as real neighbourhoods), then times, from adding the elements
// to the painted frame:
//   first render — N nodes (~1.5 N edges) drawn from nothing, layout included;
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
import { serveExplorer } from "../src/server/explorer-route.ts";

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
const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url ?? "/", "http://localhost");
  if (pathname.startsWith("/explore")) void serveExplorer(req, res, pathname);
  else res.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const version = browser.version();
const results: Record<number, { render: number[]; expand: number[] }> = { 50: { render: [], expand: [] }, 500: { render: [], expand: [] } };
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(`${base}/explore`);
  await page.waitForFunction(() => window.__explorer !== undefined);
  await page.evaluate(() => window.__explorer.ready);
  await page.evaluate(() => window.__explorer.renderSynthetic(100)); // warm-up: JIT, fonts, canvas
  for (let run = 0; run < RUNS; run++) {
    for (const n of SIZES) {
      const timing = await page.evaluate(
        async ({ n, m }) => {
          const render = await window.__explorer.renderSynthetic(n);
          const counts = { nodes: window.__explorer.cy.nodes().length, edges: window.__explorer.cy.edges().length };
          const hub = window.__explorer.cy.nodes()[0]!.id();
          const expand = await window.__explorer.expandSynthetic(hub, m);
          return { render, expand, ...counts };
        },
        { n, m: EXPAND_BY },
      );
      if (timing.nodes !== n) throw new Error(`expected ${n} nodes drawn, got ${timing.nodes}`);
      results[n]!.render.push(timing.render);
      results[n]!.expand.push(timing.expand);
      if (run === 0) console.log(`${n} nodes, ${timing.edges} edges`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const row = (n: number) => {
  const r = results[n]!;
  return `| ${n} | ${median(r.render).toFixed(0)} | ${Math.min(...r.render).toFixed(0)}–${Math.max(...r.render).toFixed(0)} | ${median(r.expand).toFixed(0)} | ${Math.min(...r.expand).toFixed(0)}–${Math.max(...r.expand).toFixed(0)} |`;
};
const renderRatio = median(results[500]!.render) / median(results[50]!.render);
const expandRatio = median(results[500]!.expand) / median(results[50]!.expand);
const date = new Date().toISOString().slice(0, 10);
const section = `${START}
## Graph explorer (\`npm run bench:explorer\`)

Measured ${date} on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? "unknown CPU"}), headless Chromium ${version} (Debian, software rendering),
viewport 1400×860. A generated graph (~1.5 edges per node, every kind) drawn by the explorer's own
GraphView; time from adding the elements to the painted frame, median of ${RUNS} interleaved runs.

| nodes | first render, ms | range | expand a node (+${EXPAND_BY}), ms | range |
|---:|---:|---|---:|---|
${row(50)}
${row(500)}

- 500 vs 50 nodes, same run: first render **${renderRatio.toFixed(1)}×**, expand **${expandRatio.toFixed(1)}×**.
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
