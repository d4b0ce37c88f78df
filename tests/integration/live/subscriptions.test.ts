// Subscriptions end to end: the app on a real HTTP port, subscribers speaking GraphQL over SSE,
// ingests against the real Neo4j. What is announced is what committed, once, in commit order.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExtractionPool } from "../../../src/ingest/extraction-pool.ts";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { ingestAnnouncer } from "../../../src/live/ingest-announcements.ts";
import type { LiveTopics } from "../../../src/live/live-events.ts";
import { createApp, type App } from "../../../src/server/app.ts";
import { followupDocument, summitDocument } from "../../fixtures/ingest/harbour-documents.ts";
import { mayorFull, mayorSurname } from "../../fixtures/ingest/linking-documents.ts";
import { testConfig, testDatabase, wipeGraph } from "../support.ts";
import { subscribe, type Subscriber } from "./sse-client.ts";

const KEY = "live-test-ingest-key-0123";
const db = testDatabase();
const extraction = createExtractionPool({ workers: 1 });
const servers: http.Server[] = [];
const subscribers: Subscriber[] = [];

async function serve(app: App): Promise<string> {
  const server = http.createServer(app.handler);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function sub(base: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Subscriber {
  const s = subscribe(base, query, variables, headers);
  subscribers.push(s);
  return s;
}

const app = createApp({ config: testConfig({ INGEST_API_KEY: KEY }), db, extraction });
const announce = ingestAnnouncer(app.bus, db);
let base = "";

/** Everything the app's bus carries, in arrival order. */
const seen: { topic: "articleIngested" | "entityUpdated"; payload: LiveTopics["articleIngested"] | LiveTopics["entityUpdated"] }[] = [];
for (const topic of ["articleIngested", "entityUpdated"] as const) app.bus.listen(topic, (payload) => seen.push({ topic, payload }));

const ARTICLES = `subscription { articleIngested { articleId replaced entitiesCreated bookmarks article { articleId title } } }`;
const ENTITY = `subscription ($id: ID!) { entityUpdated(id: $id) { mentions events relationships entity { name mentionCount } article { articleId } } }`;
const settle = () => new Promise((r) => setTimeout(r, 400));

beforeAll(async () => {
  await wipeGraph(db);
  await ingestDocument(db, summitDocument());
  base = await serve(app);
});

afterAll(async () => {
  for (const s of subscribers) s.close();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await extraction.close();
  await db.close();
});

describe("subscriptions over SSE", () => {
  it("announces an ingest once: one articleIngested, one entityUpdated per entity it adds to, in commit order", async () => {
    const articles = sub(base, ARTICLES);
    const lindqvist = sub(base, ENTITY, { id: "person:tomas-lindqvist" });
    const varga = sub(base, ENTITY, { id: "person:elena-varga" });
    await Promise.all([articles.live, lindqvist.live, varga.live]);
    seen.length = 0;

    await ingestDocument(db, followupDocument(), { announce });
    await ingestDocument(db, mayorFull(), { announce });

    const events = await articles.waitFor(2);
    await settle();
    expect(events.map((e) => e.articleIngested.articleId)).toEqual(["followup", "bridge-opening"]);
    expect(events[0].articleIngested).toMatchObject({ replaced: false, article: { articleId: "followup" } });
    expect(events[0].articleIngested.bookmarks.length).toBeGreaterThan(0);

    // Tomas Lindqvist is in the follow-up (twice, and as LEADER_OF Sweden); Elena Varga is not.
    expect(lindqvist.events).toHaveLength(1);
    expect(lindqvist.events[0].entityUpdated).toMatchObject({ relationships: 1, entity: { name: "Tomas Lindqvist" }, article: { articleId: "followup" } });
    expect(lindqvist.events[0].entityUpdated.mentions).toBeGreaterThan(0);
    expect(varga.events).toHaveLength(0);

    // On the bus: each article, then the entities it changed, before the next article.
    const order = seen.map((s) => (s.topic === "articleIngested" ? `article:${s.payload.articleId}` : `entity:${s.payload.articleId}`));
    const firstOfSecond = order.indexOf("article:bridge-opening");
    expect(order[0]).toBe("article:followup");
    expect(order.slice(0, firstOfSecond).every((o) => o.endsWith("followup"))).toBe(true);
    expect(order.slice(firstOfSecond).every((o) => o.endsWith("bridge-opening"))).toBe(true);

    // The entities announced for the follow-up are exactly the entities and events it names.
    const named = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ article(id: "followup") { entities { id } events { id } } }` }),
    }).then((r) => r.json() as Promise<{ data: { article: { entities: { id: string }[]; events: { id: string }[] } } }>);
    const expected = [...named.data.article.entities, ...named.data.article.events].map((n) => decodeGlobalID(n.id).id).sort();
    const announced = seen.filter((s) => s.topic === "entityUpdated" && s.payload.articleId === "followup").map((s) => (s.payload as LiveTopics["entityUpdated"]).entityId);
    expect(announced).toEqual(expected);
  });

  it("announces nothing for a rolled-back ingest or an unchanged one", async () => {
    const articles = sub(base, ARTICLES);
    await articles.live;
    seen.length = 0;
    const crash = (name: string) => {
      if (name === "ingest/write-mentions") throw new Error("simulated crash mid-write");
    };
    await expect(ingestDocument(db, mayorSurname(), { announce, afterStatement: crash })).rejects.toThrow(/simulated crash/);
    expect((await ingestDocument(db, followupDocument(), { announce })).status).toBe("unchanged");
    await ingestDocument(db, mayorSurname("bridge-budget-2"), { announce });
    const events = await articles.waitFor(1);
    await settle();
    expect(events.map((e) => e.articleIngested.articleId)).toEqual(["bridge-budget-2"]);
    expect(seen.some((s) => s.payload.articleId === "bridge-budget" || s.payload.articleId === "followup")).toBe(false);
  });

  it("announces an article ingested through the mutation, and answers the mutation with bookmarks", async () => {
    const articles = sub(base, ARTICLES);
    await articles.live;
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-api-key": KEY },
      body: JSON.stringify({
        query: `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on IngestArticleSuccess { status } } }`,
        variables: { input: { id: "harbour-vote", title: "Harbour vote", text: "President Tomas Lindqvist of Sweden won the harbour vote in Stockholm on Monday." } },
      }),
    });
    const body = (await res.json()) as { data: { ingestArticle: { status: string } } };
    expect(body.data.ingestArticle.status).toBe("WRITTEN");
    const bookmarks = res.headers.get("x-neo4j-bookmarks");
    expect(bookmarks).toBeTruthy();
    const [event] = await articles.waitFor(1);
    expect(event.articleIngested).toMatchObject({ articleId: "harbour-vote", article: { title: "Harbour vote" } });
    // Sent back, the bookmarks are honoured (read as of at least that write), and skip the cache.
    const read = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-neo4j-bookmarks": bookmarks! },
      body: JSON.stringify({ query: `{ article(id: "harbour-vote") { title } }` }),
    }).then((r) => r.json() as Promise<{ data: { article: { title: string } } }>);
    expect(read.data.article.title).toBe("Harbour vote");
  });

  it("refuses a malformed bookmark header with 400 and a bookmark Neo4j does not know with BAD_BOOKMARK", async () => {
    const post = (bookmarks: string) =>
      fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-neo4j-bookmarks": bookmarks },
        body: JSON.stringify({ query: `{ articles(first: 1) { totalCount } }` }),
      });
    const bad = await post("not a bookmark!");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/x-neo4j-bookmarks: .* is not a bookmark/);
    const unknown = (await (await post("FB:kcwQnotarealbookmark")).json()) as { errors?: { extensions: { code: string } }[] };
    expect(unknown.errors?.[0]?.extensions.code).toBe("BAD_BOOKMARK");
  });

  it("refuses entityUpdated for an id that is no entity, saying so", async () => {
    const s = sub(base, ENTITY, { id: "person:nobody-at-all" });
    await expect(s.live).rejects.toThrow(/no entity has id "person:nobody-at-all"/);
    const t = sub(base, ENTITY, { id: "bm90LWFuLWVudGl0eQ" });
    await expect(t.live).rejects.toThrow(/neither an entity's global ID nor a key/);
  });
});

describe("subscription limits", () => {
  const limited = createApp({
    config: testConfig({ SUBSCRIPTIONS_PER_CLIENT: "2", MAX_SUBSCRIPTIONS: "3", TRUST_PROXY: "on" }),
    db,
    extraction,
  });
  let url = "";
  beforeAll(async () => {
    url = await serve(limited);
  });
  const from = (address: string) => ({ "x-forwarded-for": `203.0.113.9, ${address}` });

  it("refuses a client's subscription beyond SUBSCRIPTIONS_PER_CLIENT until one of its own closes", async () => {
    const a = sub(url, ARTICLES, {}, from("198.51.100.1"));
    const b = sub(url, ARTICLES, {}, from("198.51.100.1"));
    await Promise.all([a.live, b.live]);
    const c = sub(url, ARTICLES, {}, from("198.51.100.1"));
    await expect(c.live).rejects.toThrow(/SUBSCRIPTIONS_PER_CLIENT/);
    expect(c.errors[0]!.limit).toBe("subscriptionsPerClient");
    a.close();
    await settle();
    const d = sub(url, ARTICLES, {}, from("198.51.100.1"));
    await d.live;
  });

  it("refuses any subscription beyond MAX_SUBSCRIPTIONS on the instance", async () => {
    const e = sub(url, ARTICLES, {}, from("198.51.100.2"));
    await e.live;
    const f = sub(url, ARTICLES, {}, from("198.51.100.3"));
    await expect(f.live).rejects.toThrow(/MAX_SUBSCRIPTIONS/);
  });

  it("completes every open subscription when the server shuts down, and refuses new ones", async () => {
    const open = subscribers.filter((s) => s.errors.length === 0 && !s.completed);
    limited.markShuttingDown();
    await settle();
    const mine = open.filter((s) => s.completed);
    expect(mine.length).toBeGreaterThanOrEqual(3);
    const late = sub(url, ARTICLES, {}, from("198.51.100.4"));
    await expect(late.live).rejects.toThrow(/shutting down/);
  });
});
