// How the service serves the graph explorer: linked from the landing page, the page revalidated on
// every load, the hashed script and stylesheet cached for a year with the right content types.
import http from "node:http";
import type net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { EXPLORER_OUT_DIR, buildExplorer, isExplorerBundleCurrent, type ExplorerManifest } from "../../../src/server/explorer-bundle.ts";
import { createApp } from "../../../src/server/app.ts";
import { testConfig, testDatabase } from "../support.ts";

const db = testDatabase();
const server = http.createServer(createApp({ config: testConfig(), db }).handler);
let base: string;
let manifest: ExplorerManifest;

beforeAll(async () => {
  manifest = await buildExplorer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
});

describe("/explore", () => {
  it("is linked from the landing page", async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('href="/explore"');
  });

  it("serves the page as HTML that is revalidated on every load and names the hashed bundle", async () => {
    const res = await fetch(`${base}/explore`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    const html = await res.text();
    expect(html).toContain(`/explore/${manifest.script}`);
    expect(html).toContain(`/explore/${manifest.style}`);
  });

  it("answers 304 to a page request with the current ETag", async () => {
    const etag = (await fetch(`${base}/explore/`)).headers.get("etag")!;
    expect((await fetch(`${base}/explore/`, { headers: { "if-none-match": etag } })).status).toBe(304);
  });

  it("serves the hashed script and stylesheet with their content types, cached for a year", async () => {
    const js = await fetch(`${base}/explore/${manifest.script}`);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const css = await fetch(`${base}/explore/${manifest.style}`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
  });

  it("answers 404 for files the build did not produce, and never leaves the bundle folder", async () => {
    expect((await fetch(`${base}/explore/nothing-here.js`)).status).toBe(404);
    expect((await fetch(`${base}/explore/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/explore/build.json`)).status).toBe(404);
  });

  it("lets the page talk only to its own origin (Content-Security-Policy)", async () => {
    expect((await fetch(`${base}/explore`)).headers.get("content-security-policy")).toContain("connect-src 'self'");
  });

  it("notices a stale bundle by the hash of its sources, and a rebuild makes it current", async () => {
    const file = path.join(EXPLORER_OUT_DIR, "build.json");
    fs.writeFileSync(file, JSON.stringify({ ...manifest, sourceHash: "sources-of-an-older-checkout" }));
    expect(await isExplorerBundleCurrent()).toBe(false);
    manifest = await buildExplorer();
    expect(await isExplorerBundleCurrent()).toBe(true);
  });
});
