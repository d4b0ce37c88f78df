// No N+1: every list level is one batched Cypher round trip, so a page of 50 entities with their
// relationships, neighbors' names and events costs as many round trips as a page of 5.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { generateCorpus } from "../../../scripts/gen-corpus.ts";
import { useSeededApp } from "./graphql-client.ts";

const { db, gql } = useSeededApp(async (db) => {
  for (const a of generateCorpus(25, 7)) await ingestDocument(db, extractArticle(a));
});

const QUERY = `query ($first: Int!) {
  entities(first: $first) {
    edges { node {
      name
      relationships(first: 5) { edges { type node { name } evidence(first: 1) { sentence } } }
      neighbors(first: 5) { distance node { name } }
      events(first: 5) { edges { node { name date participants { entity { name } } } } }
    } }
  }
}`;

async function roundTripsFor(first: number) {
  const before = db.stats.roundTrips;
  const t0 = performance.now();
  const r = await gql(QUERY, { first });
  const ms = Math.round(performance.now() - t0);
  expect(r.errors).toBeUndefined();
  return { trips: db.stats.roundTrips - before, count: r.data.entities.edges.length, ms };
}

describe("round trips", () => {
  it("makes the same number of round trips for 50 entities as for 5", async () => {
    const five = await roundTripsFor(5);
    const fifty = await roundTripsFor(50);
    expect(five.count).toBe(5);
    expect(fifty.count).toBe(50);
    expect(fifty.trips).toBe(five.trips);
    // entities, relationships, evidence, neighbors, events, participants
    expect(fifty.trips).toBeLessThanOrEqual(6);
  });
});

describe("the entity card", () => {
  const CARD = `query ($id: ID!) {
    entity(id: $id) { name kind mentionCount relationships(first: 20) { edges { type weight node { name } evidence(first: 1) { sentence article { title } } } } }
  }`;

  it("reads the entity, its relationships and their evidence in one round trip", async () => {
    const top = await gql("{ entities(first: 1) { edges { node { id name } } } }");
    const { id, name } = top.data.entities.edges[0].node;
    const before = db.stats.roundTrips;
    const r = await gql(CARD, { id });
    expect(r.errors).toBeUndefined();
    expect(db.stats.roundTrips - before).toBe(1);
    expect(r.data.entity.name).toBe(name);
    expect(r.data.entity.relationships.edges.length).toBeGreaterThan(0);
    expect(r.data.entity.relationships.edges[0].evidence[0].article.title).toEqual(expect.any(String));
  });

  it("answers the same card as an entity read without its relationships", async () => {
    const top = await gql("{ entities(first: 1) { edges { node { id } } } }");
    const { id } = top.data.entities.edges[0].node;
    const alone = await gql("query ($id: ID!) { entity(id: $id) { id name kind mentionCount aliases } }", { id });
    const card = await gql("query ($id: ID!) { entity(id: $id) { id name kind mentionCount aliases relationships(first: 2) { edges { type } } } }", { id });
    const { relationships: _relationships, ...rest } = card.data.entity;
    expect(rest).toEqual(alone.data.entity);
  });
});
