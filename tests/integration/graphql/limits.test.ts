// Abusive queries are refused before they touch Neo4j, each with an error naming the limit and
// its value; the round-trip counter proves no statement ran.
import { afterAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/graphql/limits.ts";
import { createApp } from "../../../src/server/app.ts";
import { testConfig, testDatabase } from "../support.ts";
import { graphqlClient } from "./graphql-client.ts";

const db = testDatabase();
const gql = graphqlClient(createApp({ config: testConfig(), db }));
afterAll(() => db.close());

async function refused(query: string, variables: Record<string, unknown> = {}) {
  const before = db.stats.roundTrips;
  const r = await gql(query, variables);
  expect(db.stats.roundTrips - before).toBe(0);
  expect(r.data?.entity ?? r.data?.entities ?? r.data?.path ?? null).toBeNull();
  expect(r.errors?.length).toBeGreaterThan(0);
  return r.errors![0]!.message;
}

describe("operation limits", () => {
  it("refuses a query deeper than maxDepth", async () => {
    let inner = "name";
    for (let i = 0; i < LIMITS.maxDepth; i++) inner = `relationships(first: 1) { edges { node { ${inner} } } }`;
    const message = await refused(`{ entity(name: "putin") { ${inner} } }`);
    expect(message).toMatch(new RegExp(`maximum depth of ${LIMITS.maxDepth}`));
  });

  it("refuses a query costlier than maxComplexity", async () => {
    const message = await refused(`{ entities(first: 100) { edges { node {
      relationships(first: 100) { edges { node { neighbors(depth: 3, first: 100) { node { name } } } } } } } } }`);
    expect(message).toMatch(new RegExp(`maximum complexity of ${LIMITS.maxComplexity}`));
  });

  it("refuses more aliases than maxAliases", async () => {
    const fields = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { articles }`).join(" ");
    const message = await refused(`{ ${fields} }`);
    expect(message).toMatch(new RegExp(`maximum is ${LIMITS.maxAliases} \\(maxAliases\\)`));
  });

  it("refuses a document of more than maxTokens tokens", async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => "__typename").join(" ");
    const message = await refused(`{ ${fields} }`);
    expect(message).toMatch(new RegExp(`maxTokens is ${LIMITS.maxTokens}`));
  });

  it("refuses first above the page limit", async () => {
    const message = await refused(`{ entities(first: 101) { totalCount } }`);
    expect(message).toMatch(new RegExp(`first must be between 0 and ${LIMITS.maxFirst} \\(got 101\\)`));
  });

  it("refuses first above the page limit when it comes from a variable, even nested", async () => {
    const message = await refused(`query ($n: Int) { entity(name: "putin") { relationships(first: $n) { totalCount } } }`, { n: 500 });
    expect(message).toMatch(/Entity.relationships: first must be between 0 and 100 \(got 500\)/);
  });

  it("refuses maxHops above its bound", async () => {
    const message = await refused(`{ path(from: "person:melania-trump", to: "person:vladimir-putin", maxHops: 7) { length } }`);
    expect(message).toMatch(new RegExp(`maxHops must be between 1 and ${LIMITS.maxHops} \\(got 7\\)`));
  });

  it("refuses a neighbors depth outside 1-3", async () => {
    const message = await refused(`{ entity(name: "putin") { neighbors(depth: 4) { distance } } }`);
    expect(message).toMatch(new RegExp(`depth must be between 1 and ${LIMITS.maxNeighborDepth} \\(got 4\\)`));
  });
});
