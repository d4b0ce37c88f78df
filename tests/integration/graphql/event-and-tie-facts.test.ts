// Reading an event's subtype and factuality and a relationship's former through GraphQL, and
// filtering by them, on a small hand-made graph; the last block strips these properties (a graph
// written before they were stored) and reads it again, so it runs last.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { createApp } from "../../../src/server/app.ts";
import { buildDocument } from "../../fixtures/ingest/build-document.ts";
import { formerMayor } from "../../fixtures/ingest/former-mayor.ts";
import { followupDocument, summitDocument } from "../../fixtures/ingest/harbour-documents.ts";
import { announced } from "../../fixtures/ingest/helix-acquisition.ts";
import { asWrittenBeforeFacts, testConfig, testDatabase, wipeGraph } from "../support.ts";
import { graphqlClient, type Json } from "./graphql-client.ts";

const db = testDatabase();
// The last block changes the graph between requests: no cached answers.
const gql = graphqlClient(createApp({ config: testConfig({ RESPONSE_CACHE: "off" }), db }));

const party = buildDocument("party", "Ingrid Halvorsen is a member of the Coastal Party.", {
  publishedAt: "2026-05-02",
  entities: [
    { kind: "PERSON", name: "Ingrid Halvorsen", surfaces: ["Ingrid Halvorsen"] },
    { kind: "ORGANIZATION", name: "Coastal Party", surfaces: ["Coastal Party"] },
  ],
  relationships: [{ type: "MEMBER_OF", from: "Ingrid Halvorsen", to: "Coastal Party", sentence: "is a member" }],
});

beforeAll(async () => {
  await wipeGraph(db);
  for (const d of [announced(), summitDocument(), followupDocument(), formerMayor(), party]) await ingestDocument(db, d);
});
afterAll(() => db.close());

const names = (connection: Json) => connection.edges.map((e: Json) => e.node.name).sort();

describe("events", () => {
  it("tell an announced acquisition as PLANNED, of subtype ACQUISITION", async () => {
    const r = await gql(`{ entity(id: "organization:nordvik-shipping") { events { edges { node { ... on Event { eventType subtype factuality } } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.entity.events.edges.map((e: Json) => e.node)).toEqual([{ eventType: "AGREEMENT", subtype: "ACQUISITION", factuality: "PLANNED" }]);
  });

  it("tell a meeting without a subtype as ASSERTED, with subtype null", async () => {
    const r = await gql(`{ events(types: [MEETING]) { edges { node { subtype factuality } } } }`);
    expect(r.data.events.edges.map((e: Json) => e.node)).toEqual([{ subtype: null, factuality: "ASSERTED" }]);
  });

  it("events(factuality: PLANNED) lists and counts only what is still to come", async () => {
    const r = await gql(`{ planned: events(factuality: PLANNED) { totalCount edges { node { name } } }
      asserted: events(factuality: ASSERTED) { totalCount edges { node { name } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.planned).toMatchObject({ totalCount: 1 });
    expect(names(r.data.planned)).toEqual(["Purchase of Helix Ports"]);
    expect(r.data.asserted.totalCount).toBe(3);
    expect(names(r.data.asserted)).not.toContain("Purchase of Helix Ports");
  });

  it("events(subtypes:) keeps the events of those subtypes and leaves out events without one", async () => {
    const r = await gql(`{ events(subtypes: [INVESTIGATION, ACQUISITION]) { totalCount edges { node { name subtype } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.events.totalCount).toBe(2);
    expect(names(r.data.events)).toEqual(["Commission inquiry into the harbour tender", "Purchase of Helix Ports"]);
  });

  it("Entity.events filters by subtype and factuality too", async () => {
    const r = await gql(`{ entity(id: "organization:nordvik-shipping") {
      planned: events(factuality: PLANNED) { totalCount } asserted: events(factuality: ASSERTED) { totalCount }
      deals: events(subtypes: [DEAL]) { totalCount } acquisitions: events(subtypes: [ACQUISITION]) { totalCount } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.entity).toEqual({ planned: { totalCount: 1 }, asserted: { totalCount: 0 }, deals: { totalCount: 0 }, acquisitions: { totalCount: 1 } });
  });
});

describe("relationships", () => {
  it("mark the tie of a former mayor as former, and a current membership as not", async () => {
    const r = await gql(`{ entity(id: "person:ingrid-halvorsen") { relationships { edges { type former node { name } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.entity.relationships.edges).toEqual([
      { type: "LEADER_OF", former: true, node: { name: "Bergen" } },
      { type: "MEMBER_OF", former: false, node: { name: "Coastal Party" } },
    ]);
  });

  it("relationships(former:) keeps and counts only former, or only current, ties", async () => {
    const r = await gql(`{ entity(id: "person:ingrid-halvorsen") {
      past: relationships(former: true) { totalCount edges { type } } present: relationships(former: false) { totalCount edges { type } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.entity.past).toEqual({ totalCount: 1, edges: [{ type: "LEADER_OF" }] });
    expect(r.data.entity.present).toEqual({ totalCount: 1, edges: [{ type: "MEMBER_OF" }] });
  });

  it("a path step over a former tie says so; a participation step says null", async () => {
    const r = await gql(`{ tie: path(from: "person:ingrid-halvorsen", to: "place:bergen") { steps { type former } }
      meeting: path(from: "person:elena-varga", to: "person:tomas-lindqvist", maxHops: 2) { steps { type former } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.tie.steps).toEqual([{ type: "LEADER_OF", former: true }]);
    expect(r.data.meeting.steps).toEqual([
      { type: "PARTICIPATED_IN", former: null },
      { type: "PARTICIPATED_IN", former: null },
    ]);
  });
});

describe("a graph written before subtypes, factuality and former were stored", () => {
  beforeAll(() => asWrittenBeforeFacts(db));

  it("reads every event as ASSERTED without a subtype, and finds them all by factuality: ASSERTED", async () => {
    const r = await gql(`{ all: events { totalCount edges { node { subtype factuality } } } asserted: events(factuality: ASSERTED) { totalCount }
      planned: events(factuality: PLANNED) { totalCount } }`);
    expect(r.errors).toBeUndefined();
    expect(new Set(r.data.all.edges.map((e: Json) => JSON.stringify(e.node)))).toEqual(new Set([JSON.stringify({ subtype: null, factuality: "ASSERTED" })]));
    expect(r.data.asserted.totalCount).toBe(r.data.all.totalCount);
    expect(r.data.planned.totalCount).toBe(0);
  });

  it("reads every relationship as not former, and finds them by former: false", async () => {
    const r = await gql(`{ entity(id: "person:ingrid-halvorsen") { relationships { totalCount edges { former } }
      present: relationships(former: false) { totalCount } } path(from: "person:ingrid-halvorsen", to: "place:bergen") { steps { former } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.entity.relationships.edges).toEqual([{ former: false }, { former: false }]);
    expect(r.data.entity.present.totalCount).toBe(2);
    expect(r.data.path.steps).toEqual([{ former: false }]);
  });
});
