// The explorer in a real headless Chromium on a small hand-made graph: an event's subtype and a
// "planned" mark on the card and the timeline, and "former" on a relationship told as past, in
// the graph, the evidence panel and a path. Labels come from the vocabulary table.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { buildExplorer } from "../../../src/server/explorer-bundle.ts";
import { formerMayor } from "../../fixtures/ingest/former-mayor.ts";
import { announced } from "../../fixtures/ingest/helix-acquisition.ts";
import { testDatabase, wipeGraph } from "../support.ts";
import { launchChromium, openExplorer, screenshot, startApp, type RunningApp } from "./explorer-browser.ts";

const db = testDatabase();
let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await buildExplorer();
  await wipeGraph(db);
  for (const d of [announced(), formerMayor()]) await ingestDocument(db, d);
  app = await startApp(db);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db.close();
});

describe("an event still to come", () => {
  it("is marked planned among the events on its participant's card", async () => {
    await openExplorer(page, `${app.baseUrl}/explore?entity=organization:nordvik-shipping`);
    await expect.poll(() => page.getByTestId("entity-name").textContent()).toBe("Nordvik Shipping");
    const item = page.getByTestId("entity-events").locator("li").first();
    expect(await item.textContent()).toContain("Purchase of Helix Ports");
    expect(await item.getByTestId("event-planned").textContent()).toBe("planned");
  });

  it("shows its type and subtype labels and the planned mark on its own card", async () => {
    await page.getByTestId("entity-events").locator("li").first().locator("button").click();
    await expect.poll(() => page.getByTestId("entity-name").textContent()).toBe("Purchase of Helix Ports");
    expect(await page.getByTestId("entity-kind").textContent()).toBe("Event · Agreement · Acquisition");
    const mark = page.getByTestId("entity-card").getByTestId("event-planned");
    expect(await mark.textContent()).toBe("planned");
    expect(await mark.getAttribute("title")).toMatch(/still to come/);
    await screenshot(page, "event-facts-01-planned-card");
  });

  it("shows its subtype and the planned mark on the timeline", async () => {
    await page.getByTestId("tab-timeline").click();
    await page.getByTestId("timeline-scope").selectOption("graph");
    const event = page.getByTestId("timeline-event").first();
    await event.waitFor();
    expect(await event.getByTestId("timeline-event-kind").textContent()).toBe("Agreement · Acquisition");
    expect(await event.getByTestId("event-planned").textContent()).toBe("planned");
  });
});

describe("a relationship told as past", () => {
  it("is drawn dotted and labelled former in the graph", async () => {
    await openExplorer(page, `${app.baseUrl}/explore?entity=person:ingrid-halvorsen&expand=person:ingrid-halvorsen`);
    await page.waitForFunction(() => window.__explorer.cy.edges('[type = "LEADER_OF"]').length > 0);
    const edge = await page.evaluate(() => {
      const e = window.__explorer.cy.edges('[type = "LEADER_OF"]')[0]!;
      return { label: e.data("label"), line: e.style("line-style") };
    });
    expect(edge).toEqual({ label: "LEADER_OF (former)", line: "dotted" });
    await screenshot(page, "event-facts-02-former-edge");
  });

  it("is called former above its evidence", async () => {
    await page.evaluate(() => {
      window.__explorer.cy.edges('[type = "LEADER_OF"]').emit("tap");
    });
    await page.getByTestId("evidence-sentence").first().waitFor();
    expect(await page.getByTestId("evidence-title").textContent()).toBe("Ingrid Halvorsen LEADER_OF (former) Bergen");
  });

  it("is called former in a path's step", async () => {
    await page.getByTestId("tab-path").click();
    await page.getByTestId("path-from-input").pressSequentially("halvorsen", { delay: 20 });
    await page.getByTestId("path-from-suggestions").getByTestId("suggestion").first().click();
    await page.getByTestId("path-to-input").pressSequentially("bergen", { delay: 20 });
    await page.getByTestId("path-to-suggestions").getByTestId("suggestion").first().click();
    await page.getByTestId("path-find").click();
    const step = page.getByTestId("path-step").first();
    await step.waitFor();
    expect(await step.locator(".step-title").textContent()).toContain("leader of (former)");
  });
});
