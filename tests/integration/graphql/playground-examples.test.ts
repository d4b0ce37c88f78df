// The playground: GraphiQL is served inline (no CDN) and opens with the example tabs, and every
// example tab returns data without errors on the sample data.
import { getIntrospectionQuery } from "graphql";
import { describe, expect, it } from "vitest";
import { EXAMPLE_TABS } from "../../../src/graphql/examples.ts";
import { useSeededApp } from "./graphql-client.ts";

const { gql, app } = useSeededApp();

function hasData(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") return Object.values(value).some(hasData);
  return true;
}

describe("GraphiQL playground", () => {
  it("serves GraphiQL at /graphql with every asset inline", async () => {
    const res = await app.yoga.fetch("http://test/graphql", { headers: { accept: "text/html" } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/graphiql/i);
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:/i);
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr/);
  });

  it("opens with the example tabs", async () => {
    const html = await (await app.yoga.fetch("http://test/graphql", { headers: { accept: "text/html" } })).text();
    for (const tab of EXAMPLE_TABS) expect(html).toContain(JSON.stringify(tab.query).slice(1, 60));
  });

  it("answers GraphiQL's introspection query within the limits", async () => {
    const r = await gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(r.errors).toBeUndefined();
    expect(r.data.__schema.queryType.name).toBe("Query");
  });

  for (const tab of EXAMPLE_TABS) {
    it(`runs the example tab "${tab.title}" with data and no errors`, async () => {
      const r = await gql(tab.query, tab.variables ?? {});
      expect(r.errors).toBeUndefined();
      for (const [field, value] of Object.entries(r.data)) expect(hasData(value), field).toBe(true);
    });
  }
});
