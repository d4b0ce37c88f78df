// The explorer's live updates in a real headless Chromium: with an entity's card open, an article
// ingested elsewhere that names the entity refreshes the card in place, and a notice counts the
// new articles; clicking the notice refreshes the view and hides it.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { ingestAnnouncer } from "../../../src/live/ingest-announcements.ts";
import { buildExplorer } from "../../../src/server/explorer-bundle.ts";
import { testDatabase } from "../support.ts";
import { launchChromium, loadExplorerData, openExplorer, screenshot, startApp, type RunningApp } from "./explorer-browser.ts";

const db = testDatabase();
let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await buildExplorer();
  await loadExplorerData(db);
  app = await startApp(db);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await openExplorer(page, `${app.baseUrl}/explore?entity=person%3Avladimir-putin`);
});

afterAll(async () => {
  await page?.evaluate(() => window.__explorer.explorer.stopLive()).catch(() => undefined);
  await browser?.close();
  await app?.close();
  await db.close();
});

const mentions = () => page.getByTestId("entity-mentions").textContent();

describe("explorer live updates", () => {
  it("refreshes the open card when an ingest adds mentions of its entity, and counts the new article", async () => {
    expect(await page.getByTestId("entity-name").textContent()).toBe("Vladimir Putin");
    const before = await mentions();
    // The subscriptions are opened with the card; give the streams a moment to listen.
    await new Promise((r) => setTimeout(r, 1_000));
    const doc = extractArticle({
      id: "live-putin-visit",
      title: "Putin visits Minsk",
      text: "Russian President Vladimir Putin arrived in Minsk on Tuesday. Putin met Belarusian officials, the Kremlin said.",
    });
    await ingestDocument(db, doc, { announce: ingestAnnouncer(app.app.bus, db) });
    await expect.poll(() => page.evaluate(() => window.__explorer.explorer.liveRefreshes), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await mentions()).not.toBe(before);
    await expect.poll(() => page.getByTestId("new-articles").textContent()).toBe("1 new article");
    await screenshot(page, "10-live-new-article");
    await page.getByTestId("new-articles").click();
    await expect.poll(() => page.getByTestId("new-articles").isHidden()).toBe(true);
  });
});
