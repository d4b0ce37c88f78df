// Every example a new user is shown — README's GraphQL block and each GraphiQL tab — run on
// exactly the data `npm start` loads into an empty database (scripts/sample-articles), with
// answers that are not only non-empty but say what the sample articles plainly state.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_TABS } from "../../../src/graphql/examples.ts";
import { readmeExamples } from "../../../src/graphql/readme-examples.ts";
import { loadSamples } from "../../../src/ingest/sample-data.ts";
import { createApp } from "../../../src/server/app.ts";
import { testConfig, testDatabase, wipeGraph } from "../support.ts";
import { graphqlClient, type Json } from "./graphql-client.ts";

const db = testDatabase();
const gql = graphqlClient(createApp({ config: testConfig(), db }));
beforeAll(async () => {
  await wipeGraph(db);
  const loaded = await loadSamples(db);
  expect(loaded.rejected).toEqual([]);
});
afterAll(() => db.close());

const names = (xs: { name: string }[]) => xs.map((x) => x.name);

/** A path from Melania Trump to Vladimir Putin, every step carrying a supporting sentence. */
function expectMelaniaToPutin(path: Json): void {
  expect(path).not.toBeNull();
  expect(path.steps.length).toBeGreaterThan(0);
  expect(path.steps[0].from.name).toBe("Melania Trump");
  expect(path.steps[path.steps.length - 1].to.name).toBe("Vladimir Putin");
  for (const step of path.steps) expect(step.evidence[0]?.sentence).toMatch(/\w/);
}

const tab = (title: RegExp) => EXAMPLE_TABS.find((t) => title.test(t.title))!;

describe("the README and GraphiQL examples on the sample data", () => {
  it("answer every example with what the sample articles state", async () => {
    const [readme] = readmeExamples();
    const r = await gql(readme!);
    expect(r.errors).toBeUndefined();
    expect(r.data.entity.name).toBe("Vladimir Putin");
    expect(r.data.entity.relationships.edges.length).toBeGreaterThan(0);
    for (const edge of r.data.entity.relationships.edges) expect(edge.evidence[0].sentence).toMatch(/Putin/);
    expectMelaniaToPutin(r.data.path);

    const entityTab = tab(/entity and its relationships/);
    const entity = await gql(entityTab.query, entityTab.variables);
    expect(entity.errors).toBeUndefined();
    expect(entity.data.entity).toMatchObject({ name: "Vladimir Putin", kind: "PERSON" });
    expect(entity.data.entity.aliases).toContain("Putin");
    expect(entity.data.entity.relationships.totalCount).toBeGreaterThan(0);
    expect(names(entity.data.entity.coMentions.edges.map((e: Json) => e.node))).toContain("Donald Trump");

    const pathTab = tab(/path between/);
    const path = await gql(pathTab.query, pathTab.variables);
    expect(path.errors).toBeUndefined();
    expectMelaniaToPutin(path.data.path);
    expect(path.data.paths.length).toBeGreaterThan(0);
    for (const p of path.data.paths) expect([p.nodes[0].name, p.nodes[p.nodes.length - 1].name]).toEqual(["Melania Trump", "Vladimir Putin"]);

    const timelineTab = tab(/timeline/);
    const timeline = await gql(timelineTab.query, timelineTab.variables);
    expect(timeline.errors).toBeUndefined();
    expect(timeline.data.events.totalCount).toBeGreaterThan(0);
    for (const { node } of timeline.data.events.edges) expect(names(node.participants.map((p: Json) => p.entity))).toContain("Vladimir Putin");

    const searchTab = tab(/search/i);
    const search = await gql(searchTab.query, searchTab.variables);
    expect(search.errors).toBeUndefined();
    expect(search.data.search[0].entity.name).toBe("Kremlin");

    // Nothing shown to a new user is left untried.
    expect(readmeExamples()).toHaveLength(1);
    expect(EXAMPLE_TABS).toHaveLength(4);
  });
});
