// The playground: GraphiQL is served inline (no CDN), opens with the example tabs and the first
// tab's variables filled in (so Run works at once), and is off in production unless GRAPHIQL=on.
// What the examples answer on the sample data: examples-on-sample-data.test.ts.
import { getIntrospectionQuery } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { EXAMPLE_TABS } from "../../../src/graphql/examples.ts";
import { createApp } from "../../../src/server/app.ts";
import { launchChromium, startApp } from "../explorer/explorer-browser.ts";
import { testConfig, testDatabase } from "../support.ts";
import { graphqlClient } from "./graphql-client.ts";

const db = testDatabase();
const app = createApp({ config: testConfig(), db });
const gql = graphqlClient(app);
afterAll(() => db.close());

const page = (a = app) => a.yoga.fetch("http://test/graphql", { headers: { accept: "text/html" } });

describe("GraphiQL playground", () => {
  it("serves GraphiQL at /graphql with every asset inline", async () => {
    const res = await page();
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr/);
  });

  it("opens with the example tabs", async () => {
    const html = await (await page()).text();
    for (const tab of EXAMPLE_TABS) expect(html).toContain(JSON.stringify(tab.query).slice(1, 60));
  });

  it("answers GraphiQL's introspection query within the limits", async () => {
    const r = await gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(r.errors).toBeUndefined();
    expect(r.data.__schema.queryType.name).toBe("Query");
  });

  it("opens the first tab with its variables filled in, in a real browser", { timeout: 120_000 }, async () => {
    const running = await startApp(db);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${running.baseUrl}/graphql`);
      const variables = tab.locator(".graphiql-editor-tool").first();
      // CodeMirror renders spaces as no-break spaces.
      const text = async () => ((await variables.textContent()) ?? "").replace(/\s+/g, " ");
      await expect.poll(text, { timeout: 30_000 }).toContain('"name": "putin"');
    } finally {
      await browser.close();
      await running.close();
    }
  });

  it("is not served in production unless GRAPHIQL=on", async () => {
    const production = createApp({ config: testConfig({ NODE_ENV: "production" }), db });
    expect(await (await page(production)).text()).not.toMatch(/graphiql/i);
    const enabled = createApp({ config: testConfig({ NODE_ENV: "production", GRAPHIQL: "on", GRAPHQL_INTROSPECTION: "on" }), db });
    expect(await (await page(enabled)).text()).toMatch(/graphiql/i);
  });
});
