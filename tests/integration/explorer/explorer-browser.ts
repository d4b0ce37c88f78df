// Helpers for the explorer's browser tests: the real app on a random port (with the sample
// articles and the seed article ingested), Debian's headless Chromium driven by playwright-core
// (never a downloaded browser), and screenshots of the main states under test-results/explorer/.
import fs from "node:fs";
import http from "node:http";
import type net from "node:net";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { PROJECT_ROOT } from "../../../src/config/config.ts";
import type { Database } from "../../../src/db/database.ts";
import { readInputs } from "../../../src/ingest/read-inputs.ts";
import { ingestStream } from "../../../src/ingest/ingest-stream.ts";
import { SAMPLE_ARTICLES_DIR } from "../../../src/ingest/sample-data.ts";
import { createApp } from "../../../src/server/app.ts";
import { testConfig, wipeGraph } from "../support.ts";
import { ingestSeedArticle, SEED } from "../graphql/graphql-client.ts";

export const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, "test-results", "explorer");

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does it.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A clean graph holding the sample articles and the seed article. */
export async function loadExplorerData(db: Database): Promise<void> {
  await wipeGraph(db);
  const summary = await ingestStream(db, readInputs([SAMPLE_ARTICLES_DIR]));
  if (summary.rejected.length) throw new Error(`sample articles rejected: ${JSON.stringify(summary.rejected)}`);
  if (SEED.present) await ingestSeedArticle(db);
}

export interface RunningApp {
  baseUrl: string;
  /** The app itself (its event bus, for tests that announce ingests). */
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

/** The real HTTP app (createApp) on a random port. */
export async function startApp(db: Database): Promise<RunningApp> {
  const app = createApp({ config: testConfig(), db });
  const server = http.createServer(app.handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    app,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Opens the explorer and waits until the view named by the URL is drawn. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__explorer !== undefined);
  await page.evaluate(() => window.__explorer.ready);
  if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
}

/** Names of the nodes currently drawn. */
export function nodeNames(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__explorer.cy.nodes().map((n) => n.data("name") as string));
}
