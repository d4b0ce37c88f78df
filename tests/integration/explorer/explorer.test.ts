// The graph explorer in a real headless Chromium against the running service, with the sample
// articles and the seed article ingested. Tests run in order on one page where the file says so
// (search → card → edge → evidence → expand → path), as an analyst would.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildExplorer } from "../../../src/server/explorer-bundle.ts";
import { testDatabase } from "../support.ts";
import { launchChromium, loadExplorerData, nodeNames, openExplorer, screenshot, startApp, type RunningApp } from "./explorer-browser.ts";

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
  await openExplorer(page, `${app.baseUrl}/explore`);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db.close();
});

const LEADER_OF_RUSSIA = `edge[type = "LEADER_OF"]`;

describe("graph explorer (on one page, in order)", () => {
  it("suggests Vladimir Putin while 'putin' is typed and selects him with the keyboard", async () => {
    await page.getByTestId("search-input").pressSequentially("putin", { delay: 30 });
    const first = page.getByTestId("suggestion").first();
    await first.waitFor();
    expect(await first.textContent()).toContain("Vladimir Putin");
    await screenshot(page, "01-search-suggestions");
    await page.getByTestId("search-input").press("ArrowDown");
    await page.getByTestId("search-input").press("Enter");
    await expect.poll(() => page.getByTestId("entity-name").textContent()).toBe("Vladimir Putin");
  });

  it("shows Vladimir Putin on the entity card, a person and President of Russia", async () => {
    const card = page.getByTestId("entity-card");
    expect(await card.getByTestId("entity-name").textContent()).toBe("Vladimir Putin");
    expect(await card.getByTestId("entity-kind").textContent()).toBe("Person");
    expect(await card.getByTestId("entity-roles").textContent()).toContain("President of Russia");
    expect(await card.getByTestId("entity-aliases").textContent()).toContain("Putin");
    expect(await card.getByTestId("entity-events").locator("li").count()).toBeGreaterThan(0);
  });

  it("draws an edge from Vladimir Putin to Russia labelled LEADER_OF", async () => {
    const edges = await page.evaluate((selector) => window.__explorer.cy.edges(selector).map((e) => ({ from: e.source().data("name"), to: e.target().data("name"), label: e.data("label") })), LEADER_OF_RUSSIA);
    expect(edges).toContainEqual({ from: "Vladimir Putin", to: "Russia", label: "LEADER_OF" });
    await screenshot(page, "02-neighbourhood");
  });

  it("shows the sentence supporting LEADER_OF, with the mention highlighted, when the edge is clicked", async () => {
    await page.evaluate((selector) => {
      window.__explorer.cy.edges(selector).filter((e) => e.target().data("name") === "Russia").emit("tap");
    }, LEADER_OF_RUSSIA);
    const sentence = page.getByTestId("evidence-sentence").first();
    await sentence.waitFor();
    expect(await page.getByTestId("evidence-title").textContent()).toBe("Vladimir Putin LEADER_OF Russia");
    const sentences = await page.getByTestId("evidence-sentence").allTextContents();
    expect(sentences.some((s) => s.includes("Russian President Vladimir Putin"))).toBe(true);
    expect(await page.getByTestId("evidence-mention").allTextContents()).toContain("Vladimir Putin");
    expect(await page.getByTestId("evidence-article").first().textContent()).toMatch(/\d{4}-\d{2}-\d{2}|undated/);
    await screenshot(page, "03-evidence");
  });

  // The sample articles state Russia's links (its events, the people and places named with it);
  // what a gazetteer alone knows (Moscow is in Russia) is no link of theirs.
  it("adds Russia's neighbours when Russia is expanded, each linked to Russia", async () => {
    const beforeNames = await nodeNames(page);
    await page.evaluate(() => {
      window.__explorer.cy.nodes().filter((n) => n.data("name") === "Russia").emit("dbltap");
    });
    await page.waitForFunction((n) => window.__explorer.cy.nodes().length > n, beforeNames.length);
    const added = (await nodeNames(page)).filter((n) => !beforeNames.includes(n));
    expect(added.length).toBeGreaterThan(0);
    const unlinked = await page.evaluate((names) => {
      const cy = window.__explorer.cy;
      const russia = cy.nodes().filter((n) => n.data("name") === "Russia");
      return names.filter((name) => russia.edgesWith(cy.nodes().filter((n) => n.data("name") === name)).length === 0);
    }, added);
    expect(unlinked).toEqual([]);
    expect(page.url()).toContain("expand=");
    await screenshot(page, "04-expanded");
  });

  it("highlights the path from Melania Trump to Vladimir Putin", async () => {
    await page.getByTestId("tab-path").click();
    await page.getByTestId("path-from-input").pressSequentially("melania", { delay: 20 });
    await page.getByTestId("path-from-suggestions").getByTestId("suggestion").first().click();
    await page.getByTestId("path-to-input").pressSequentially("putin", { delay: 20 });
    await page.getByTestId("path-to-suggestions").getByTestId("suggestion").first().click();
    await page.getByTestId("path-find").click();
    await page.getByTestId("path-step").first().waitFor();
    const highlighted = await page.evaluate(() => ({
      nodes: window.__explorer.cy.nodes(".path").map((n) => n.data("name") as string),
      edges: window.__explorer.cy.edges(".path").length,
    }));
    expect(highlighted.nodes).toEqual(expect.arrayContaining(["Melania Trump", "Vladimir Putin"]));
    expect(highlighted.edges).toBe(await page.getByTestId("path-step").count());
    expect(await page.getByTestId("path-step").first().getByTestId("evidence-sentence").count()).toBeGreaterThan(0);
    await screenshot(page, "05-path");
  });
});

describe("graph explorer, continued on the same page", () => {
  it("selects an event in the graph when it is clicked on the timeline", async () => {
    await page.getByTestId("tab-timeline").click();
    const first = page.getByTestId("timeline-event").first();
    await first.waitFor();
    const eventId = await first.getAttribute("data-event-id");
    await first.locator("button").click();
    await page.waitForFunction((id) => window.__explorer.cy.getElementById(id!).selected(), eventId);
    expect(await page.getByTestId("entity-kind").textContent()).toMatch(/^Event/);
    await screenshot(page, "06-timeline");
  });

  it("adds co-mention edges, dashed, when co-mentions are switched on", async () => {
    await page.getByTestId("co-mentions-toggle").check();
    await page.waitForFunction(() => window.__explorer.cy.edges('[type = "CO_MENTION"]').length > 0);
    const style = await page.evaluate(() => window.__explorer.cy.edges('[type = "CO_MENTION"]')[0]!.style("line-style"));
    expect(style).toBe("dashed");
  });

  it("hides events when the Event kind is filtered out", async () => {
    await page.getByTestId("filter-kind-EVENT").uncheck();
    const shown = await page.evaluate(() =>
      window.__explorer.cy.nodes(":visible").filter((n) => n.data("kind") === "EVENT" && !n.selected() && !window.__explorer.explorer.state.expanded.includes(n.id())).length,
    );
    expect(shown).toBe(0);
    expect(page.url()).toContain("kinds=PERSON%2CORGANIZATION%2CPLACE");
  });
});

describe("shared links", () => {
  it("reopens the same selection, expanded nodes and filters from a shared URL", async () => {
    const shared = page.url();
    const original = await page.evaluate(() => ({
      selected: window.__explorer.explorer.state.selected,
      expanded: [...window.__explorer.explorer.state.expanded],
      visible: window.__explorer.cy.nodes(":visible").map((n) => n.id()).sort(),
    }));
    const other = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    try {
      await openExplorer(other, shared);
      await expect.poll(() => other.getByTestId("entity-name").textContent()).toBe(await page.getByTestId("entity-name").textContent());
      const reopened = await other.evaluate(() => ({
        selected: window.__explorer.explorer.state.selected,
        expanded: [...window.__explorer.explorer.state.expanded],
      }));
      expect(reopened).toEqual({ selected: original.selected, expanded: original.expanded });
      expect(await other.getByTestId("filter-kind-EVENT").isChecked()).toBe(false);
      await screenshot(other, "07-shared-link");
    } finally {
      await other.close();
    }
  });
});

describe("errors", () => {
  it("says no entity matches a search that finds nothing", async () => {
    const p = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    try {
      await openExplorer(p, `${app.baseUrl}/explore`);
      await p.getByTestId("search-input").pressSequentially("qqqxzv", { delay: 20 });
      const empty = p.getByTestId("search-empty");
      await empty.waitFor();
      expect(await empty.textContent()).toContain("No entity or event matches “qqqxzv”");
    } finally {
      await p.close();
    }
  });

  it("names the limit when the API refuses a query as too large", async () => {
    const p = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    try {
      await openExplorer(p, `${app.baseUrl}/explore`);
      // The API's own answer to an over-limit query (extensions.limit), served for this page only.
      await p.route("**/graphql", (route) =>
        route.fulfill({
          status: 200,
          contentType: "application/json",
          body: JSON.stringify({ errors: [{ message: "Query is too expensive: complexity 25000 exceeds the maximum complexity of 20000.", extensions: { code: "QUERY_TOO_COMPLEX", limit: "maxComplexity", max: 20000 } }] }),
        }),
      );
      await p.getByTestId("search-input").pressSequentially("putin", { delay: 20 });
      const banner = p.getByTestId("error-banner");
      await banner.waitFor();
      expect(await banner.getAttribute("data-kind")).toBe("limit");
      expect(await banner.textContent()).toContain("more than the API allows (maxComplexity)");
    } finally {
      await p.close();
    }
  });

  it("says the server cannot be reached when the API is down", async () => {
    const doomed = await startApp(db);
    const p = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    try {
      await openExplorer(p, `${doomed.baseUrl}/explore`);
      await doomed.close();
      await p.getByTestId("search-input").pressSequentially("putin", { delay: 20 });
      const banner = p.getByTestId("error-banner");
      await banner.waitFor();
      expect(await banner.textContent()).toContain("Cannot reach the server");
      expect(await banner.getAttribute("data-kind")).toBe("unreachable");
      await screenshot(p, "08-server-unreachable");
    } finally {
      await p.close();
    }
  });
});
