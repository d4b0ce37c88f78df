// Reading the seed article's graph through GraphQL: names, relationships with evidence, events,
// co-mentions, search, the timeline, node IDs and keyset pages.
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { type Json, useSeededApp } from "./graphql-client.ts";

const { gql, db } = useSeededApp();
const int = (n: number) => neo4j.int(n);

describe("entities", () => {
  it("resolves 'putin' to Vladimir Putin by alias, case-insensitively", async () => {
    const r = await gql(`{ entity(name: "putin") { __typename kind name aliases } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.entity).toMatchObject({ __typename: "Person", kind: "PERSON", name: "Vladimir Putin" });
    expect(r.data.entity.aliases).toContain("Putin");
  });

  it("lists LEADER_OF Russia among Putin's relationships, with the evidence sentence", async () => {
    const r = await gql(`{ entity(name: "Vladimir Putin") { relationships(types: [LEADER_OF]) {
      totalCount edges { type direction weight node { name } evidence { sentence start end article { title text } } } } } }`);
    expect(r.errors).toBeUndefined();
    const edge = r.data.entity.relationships.edges.find((e: Json) => e.node.name === "Russia");
    expect(edge).toMatchObject({ type: "LEADER_OF", direction: "OUT" });
    expect(edge.weight).toBeGreaterThanOrEqual(1);
    const ev = edge.evidence[0];
    expect(ev.sentence).toMatch(/Putin/);
    expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.sentence);
    expect(r.data.entity.relationships.totalCount).toBe(r.data.entity.relationships.edges.length);
  });

  it("includes the International Criminal Court's LEGAL_ACTION among Putin's events", async () => {
    const r = await gql(`{ entity(name: "putin") { events(types: [LEGAL_ACTION]) { edges { node {
      eventType date participants { role entity { name } } evidence { sentence } } } } } }`);
    expect(r.errors).toBeUndefined();
    const events = r.data.entity.events.edges.map((e: Json) => e.node);
    const icc = events.find((e: Json) => e.participants.some((p: Json) => p.entity.name === "International Criminal Court"));
    expect(icc).toBeDefined();
    expect(icc.eventType).toBe("LEGAL_ACTION");
    expect(icc.evidence[0].sentence).toMatch(/International Criminal Court/);
  });

  it("finds Russia among the co-mentions of Ukraine, with sample evidence", async () => {
    const r = await gql(`{ entity(name: "Ukraine") { coMentions(first: 20) { totalCount edges { count node { name } evidence { sentence } } } } }`);
    expect(r.errors).toBeUndefined();
    const russia = r.data.entity.coMentions.edges.find((e: Json) => e.node.name === "Russia");
    expect(russia.count).toBeGreaterThan(0);
    expect(russia.evidence[0].sentence).toMatch(/Russia|Russian/);
  });

  it("finds the Kremlin when searching 'kremln' (typo-tolerant full text)", async () => {
    const r = await gql(`{ search(query: "kremln") { score entity { name kind } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.search[0].entity).toEqual({ name: "Kremlin", kind: "ORGANIZATION" });
    expect(typeof r.data.search[0].score).toBe("number");
  });

  it("treats Lucene syntax in a search as plain words", async () => {
    const r = await gql(`{ search(query: "putin) OR (*:* ~ \\"") { entity { name } } }`);
    expect(r.errors).toBeUndefined();
  });

  it("returns the annexation of Crimea for events from 2014 to 2014", async () => {
    const r = await gql(`{ events(from: "2014", to: "2014") { totalCount edges { node { eventType date participants { entity { name } } } } } }`);
    expect(r.errors).toBeUndefined();
    const events = r.data.events.edges.map((e: Json) => e.node);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.date).toMatch(/^2014/);
    const annexation = events.find((e: Json) => e.eventType === "TERRITORIAL_CHANGE");
    expect(annexation.participants.map((p: Json) => p.entity.name)).toContain("Crimea");
    expect(r.data.events.totalCount).toBe(events.length);
  });

  it("orders the timeline by date with undated events last", async () => {
    const r = await gql(`{ events(first: 100) { edges { node { date } } } }`);
    const dates = r.data.events.edges.map((e: Json) => e.node.date);
    const dated = dates.filter((d: string | null) => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((d: string | null) => d === null)).toBe(true);
  });

  it("refuses a malformed date range with a message saying the format", async () => {
    const r = await gql(`{ events(from: "last year") { totalCount } }`);
    expect(r.errors?.[0]?.message).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it("fetches any entity back by its global ID through node(id:)", async () => {
    const a = await gql(`{ entity(name: "kremlin") { id name } }`);
    const b = await gql(`query ($id: ID!) { node(id: $id) { id ... on Organization { name } } }`, { id: a.data.entity.id });
    expect(b.errors).toBeUndefined();
    expect(b.data.node).toEqual(a.data.entity);
  });

  it("lists Putin's neighbors with distance and the link types on the way", async () => {
    const r = await gql(`{ entity(name: "putin") { neighbors(depth: 2, kinds: [PERSON]) { distance types node { name } } } }`);
    expect(r.errors).toBeUndefined();
    const melania = r.data.entity.neighbors.find((n: Json) => n.node.name === "Melania Trump");
    expect(melania.distance).toBe(2);
    expect(melania.types).toHaveLength(2);
  });

  it("exposes a person's roles with the entity they are held in", async () => {
    const r = await gql(`{ entity(name: "putin") { ... on Person { roles { title of { name } } } } }`);
    expect(r.data.entity.roles).toContainEqual({ title: "President", of: { name: "Russia" } });
  });

  it("returns numbers, never {low, high} Neo4j integers", async () => {
    const r = await gql(`{ entity(name: "putin") { mentionCount mentions(first: 2) { totalCount edges { node { start end } } } } }`);
    expect(typeof r.data.entity.mentionCount).toBe("number");
    expect(r.raw).not.toMatch(/"low"/);
    expect(typeof r.data.entity.mentions.edges[0].node.start).toBe("number");
  });
});

describe("relationship pages", () => {
  it("reads an unfiltered first page with the filter-free statement and gets the same rows as the filtered one", async () => {
    const ids = (await db.read((tx) => tx.run("read/entities-page-by-mentions", { kinds: ["PERSON", "ORGANIZATION", "PLACE"], after: null, limit: int(200) }))).map(
      (r) => r.node.id,
    );
    let compared = 0;
    for (const limit of [1, 3, 200]) {
      for (const evidence of [0, 1, 2]) {
        const params = { ids, limit: int(limit), evidence: int(evidence) };
        const [filtered, plain] = await db.read(async (tx) => [
          await tx.run("read/entity-relationships", { ...params, types: null, direction: "BOTH", former: null, after: null }),
          await tx.run("read/entity-strongest-relationships", params),
        ]);
        expect(plain).toEqual(filtered);
        compared += filtered.reduce((n, r) => n + r.edges.length, 0);
      }
    }
    // The seed graph has typed relationships to compare, with evidence sentences.
    expect(compared).toBeGreaterThan(20);
  });

  it("pages the best-linked entity's relationships one at a time into the same list as one big page", async () => {
    // The seed entity with the most typed relationships (the seed gives Putin only one). The first
    // page is read by the filter-free statement, the later ones by the filtered one with a cursor.
    const { records } = await db.driver.executeQuery(
      "MATCH (a:Entity)-[r:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF]-(b:Entity) WHERE a <> b " +
        "RETURN a.name AS name, count(r) AS n ORDER BY n DESC, name LIMIT 1",
      {},
      { database: db.name },
    );
    const [first] = records;
    if (!first) throw new Error("the seed graph has no typed relationship");
    const top = { name: first.get("name") as string, n: neo4j.integer.toNumber(first.get("n")) };
    expect(top.n).toBeGreaterThan(1);
    const q = `query ($after: String, $first: Int) { entity(name: ${JSON.stringify(top.name)}) { relationships(first: $first, after: $after) {
      edges { type direction weight node { id } evidence(first: 1) { sentence } } pageInfo { hasNextPage endCursor } } } }`;
    const all: Json = await gql(q, { first: 100 });
    expect(all.errors).toBeUndefined();
    const paged: Json[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const r: Json = await gql(q, { first: 1, after });
      expect(r.errors).toBeUndefined();
      paged.push(...r.data.entity.relationships.edges);
      if (!r.data.entity.relationships.pageInfo.hasNextPage) break;
      after = r.data.entity.relationships.pageInfo.endCursor;
    }
    expect(paged.length).toBe(top.n);
    expect(paged).toEqual(all.data.entity.relationships.edges);
  });
});

describe("keyset pagination", () => {
  it("pages through entities with opaque cursors and no overlap", async () => {
    const q = `query ($after: String) { entities(first: 5, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const r: Json = await gql(q, { after });
      expect(r.errors).toBeUndefined();
      total = r.data.entities.totalCount;
      seen.push(...r.data.entities.edges.map((e: Json) => e.node.id));
      if (!r.data.entities.pageInfo.hasNextPage) break;
      after = r.data.entities.pageInfo.endCursor;
      expect(Buffer.from(after!, "base64url").toString()).not.toMatch(/^\d+$/);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
  });

  it("orders entities the same whether read from the index or sorted with events mixed in", async () => {
    for (const orderBy of ["MENTIONS", "NAME"]) {
      const q = `query ($after: String, $kinds: [EntityKind!]) { entities(first: 4, after: $after, kinds: $kinds, orderBy: ${orderBy}) { edges { node { id kind mentionCount } } pageInfo { hasNextPage endCursor } } }`;
      const indexed: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 20; i++) {
        const r: Json = await gql(q, { after, kinds: ["PERSON", "ORGANIZATION", "PLACE"] });
        expect(r.errors).toBeUndefined();
        indexed.push(...r.data.entities.edges.map((e: Json) => e.node.id));
        if (!r.data.entities.pageInfo.hasNextPage) break;
        after = r.data.entities.pageInfo.endCursor;
      }
      const all = await gql(`{ entities(first: 100, kinds: [PERSON, ORGANIZATION, PLACE, EVENT], orderBy: ${orderBy}) { edges { node { id kind } } } }`);
      const sorted = all.data.entities.edges.filter((e: Json) => e.node.kind !== "EVENT").map((e: Json) => e.node.id);
      expect(indexed.length).toBeGreaterThan(8);
      expect(indexed).toEqual(sorted);
    }
  });

  it("refuses a cursor from another list with a clear message", async () => {
    const a = await gql(`{ articles(first: 1) { pageInfo { endCursor } } }`);
    const r = await gql(`query ($c: String) { entities(after: $c) { totalCount } }`, { c: a.data.articles.pageInfo.endCursor });
    expect(r.errors?.[0]?.message).toMatch(/different list/);
  });

  it("lists the seed article and its entities", async () => {
    const r = await gql(`{ articles { totalCount edges { node { id title publishedAt entities(kinds: [PERSON]) { name } events(types: [MEETING]) { eventType } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.articles.totalCount).toBe(1);
    const article = r.data.articles.edges[0].node;
    expect(article.entities.map((e: Json) => e.name)).toContain("Melania Trump");
    const byId = await gql(`query ($id: ID!) { article(id: $id) { title } }`, { id: article.id });
    expect(byId.data.article.title).toBe(article.title);
  });

  // Runs last in the file: it adds an article.
  it("keeps a cursor valid after entities are added before it", async () => {
    const q = `query ($c: String) { entities(orderBy: NAME, first: 3, after: $c) { edges { node { name } } pageInfo { endCursor } } }`;
    const page1 = await gql(q, { c: null });
    const cursor = page1.data.entities.pageInfo.endCursor;
    const last = page1.data.entities.edges[2].node.name.toLowerCase();
    await ingestDocument(db, extractArticle({ id: "added-later", text: "Angela Merkel met Emmanuel Macron in Berlin on Monday." }));
    const page2 = await gql(q, { c: cursor });
    expect(page2.errors).toBeUndefined();
    const names = page2.data.entities.edges.map((e: Json) => e.node.name.toLowerCase());
    expect(names.length).toBe(3);
    for (const n of names) expect(n > last).toBe(true);
  });
});
