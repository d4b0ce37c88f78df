// The service as an attacker (or a careless client) meets it over real HTTP: every abuse is
// refused with a coded error that names the problem, before Neo4j is asked where it can be, and
// production reveals nothing it should not. Each app listens on a random port of 127.0.0.1.
import http from "node:http";
import type { AddressInfo } from "node:net";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statement } from "../../../src/db/cypher-registry.ts";
import { openDatabase } from "../../../src/db/database.ts";
import { SEARCH } from "../../../src/explorer/queries.ts";
import { LIMITS } from "../../../src/graphql/limits.ts";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { createExtractionPool } from "../../../src/ingest/extraction-pool.ts";
import { createApp, type AppDeps } from "../../../src/server/app.ts";
import { documentId } from "../../../src/server/trusted-documents.ts";
import { summitDocument } from "../../fixtures/ingest/harbour-documents.ts";
import { testConfig, testConnection, testDatabase, wipeGraph } from "../support.ts";

const KEY = "abuse-test-ingest-key-0123";
const db = testDatabase();
const servers: http.Server[] = [];

interface Served {
  url: string;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; headers: Headers; text: string; json: Json }>;
}
// biome-ignore lint/suspicious/noExplicitAny: response JSON, read property by property
type Json = any;

async function serve(env: Record<string, string> = {}, deps: Partial<AppDeps> = {}): Promise<Served> {
  const app = createApp({ config: testConfig({ NODE_ENV: "production", INGEST_API_KEY: KEY, ...env }), db, ...deps });
  const server = http.createServer(app.handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    async post(body, headers = {}) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let json: Json = null;
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
      return { status: res.status, headers: res.headers, text, json };
    },
  };
}

let prod: Served;
beforeAll(async () => {
  await wipeGraph(db);
  await ingestDocument(db, summitDocument());
  prod = await serve();
});
afterAll(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await db.close();
});

/** Sends the request and checks Neo4j was never asked. */
async function refusedBeforeNeo4j(served: Served, body: unknown) {
  const before = db.stats.roundTrips;
  const r = await served.post(body);
  expect(db.stats.roundTrips - before).toBe(0);
  return r;
}

describe("bounded requests", () => {
  it("refuses nodes(ids:) with more ids than maxListLength, 400 and coded, before Neo4j", async () => {
    const ids = Array.from({ length: LIMITS.maxListLength + 1 }, (_, i) => `UGVyc29uOng${i}`);
    const r = await refusedBeforeNeo4j(prod, { query: "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables: { ids } });
    expect(r.status).toBe(400);
    expect(r.json.errors[0].extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "maxListLength", max: LIMITS.maxListLength });
    expect(r.json.errors[0].message).toMatch(/Query.nodes\(ids\): at most 100 items \(got 101\)/);
  });

  it("refuses a 9 MB request (300,000 ids) with 413 before reading it whole", async () => {
    const ids = Array.from({ length: 300_000 }, (_, i) => `UGVyc29uOnBlcnNvbjp4${i}`);
    const r = await refusedBeforeNeo4j(prod, { query: "query ($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables: { ids } });
    expect(r.status).toBe(413);
    expect(r.json.errors[0].extensions.code).toBe("REQUEST_ENTITY_TOO_LARGE");
  });

  it("sizes the request body limit from MAX_ARTICLE_BYTES", async () => {
    const small = await serve({ MAX_ARTICLE_BYTES: "1000" });
    // 2 × 1000 + 64 KiB: a body of 80 KB is over it, though far under yoga's default 25 MB.
    const r = await small.post({ query: "{ __typename }", variables: { pad: "x".repeat(80_000) } });
    expect(r.status).toBe(413);
  });

  it("refuses a string argument longer than maxStringLength, and a search longer than maxSearchLength", async () => {
    const long = await refusedBeforeNeo4j(prod, { query: "query ($id: ID!) { entity(id: $id) { name } }", variables: { id: `person:${"x".repeat(LIMITS.maxStringLength)}` } });
    expect(long.json.errors[0].extensions).toMatchObject({ code: "LIMIT_EXCEEDED", limit: "maxStringLength" });
    const search = await refusedBeforeNeo4j(prod, { query: "query ($q: String!) { search(query: $q) { score } }", variables: { q: "kremlin ".repeat(40) } });
    expect(search.json.errors[0].message).toMatch(new RegExp(`Query.search\\(query\\): at most ${LIMITS.maxSearchLength} characters`));
  });

  it("never echoes a 1 MB cursor: refused by its length, with a short message", async () => {
    const r = await refusedBeforeNeo4j(prod, { query: "query ($after: String) { entities(after: $after) { totalCount } }", variables: { after: "A".repeat(1_000_000) } });
    expect(r.json.errors[0].extensions.code).toBe("LIMIT_EXCEEDED");
    expect(r.text.length).toBeLessThan(1_000);
  });

  it("quotes an invalid cursor cut short", async () => {
    const r = await prod.post({ query: "query ($after: String) { entities(after: $after) { totalCount } }", variables: { after: "B".repeat(3_000) } });
    expect(r.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(r.json.errors[0].message).toMatch(/is not a cursor/);
    expect(r.text.length).toBeLessThan(1_000);
  });

  it("refuses a forged cursor whose sort key has the wrong type instead of returning an arbitrary page", async () => {
    const forged = Buffer.from(JSON.stringify(["entities:MENTIONS", { mentions: null, name: null, id: "zzz" }])).toString("base64url");
    const r = await refusedBeforeNeo4j(prod, { query: `{ entities(after: "${forged}") { edges { node { id } } } }` });
    expect(r.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(r.json.data).toBeNull();
  });

  it("refuses path(from: X, to: X) instead of answering with a loop", async () => {
    const r = await refusedBeforeNeo4j(prod, { query: `{ path(from: "person:elena-varga", to: "person:elena-varga") { length } }` });
    expect(r.json.errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(r.json.errors[0].message).toMatch(/same entity/);
    expect(r.json.data.path).toBeNull();
  });

  it("gives node(id:) with something that is not a global ID a BAD_USER_INPUT code", async () => {
    const r = await refusedBeforeNeo4j(prod, { query: `{ node(id: "garbage") { id } }` });
    expect(r.json.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(r.json.errors[0].message).toMatch(/not a global ID/);
  });

  it("answers an over-the-limit argument 400 under application/graphql-response+json and 200 under application/json", async () => {
    const body = { query: "{ entities(first: 1000) { totalCount } }" };
    expect((await prod.post(body)).status).toBe(400);
    expect((await prod.post(body, { accept: "application/json" })).status).toBe(200);
  });

  it("refuses an article id over 200 characters and a title over 500 with the article input's messages", async () => {
    const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on InvalidInputError { field message } } }`;
    const id = await prod.post({ query: INGEST, variables: { input: { id: "i".repeat(9_000), text: "Elena Varga spoke." } } }, { "x-api-key": KEY });
    expect(id.json.data.ingestArticle).toEqual({ __typename: "InvalidInputError", field: "id", message: "id must be at most 200 characters." });
    const title = await prod.post({ query: INGEST, variables: { input: { title: "t".repeat(600), text: "Elena Varga spoke." } } }, { "x-api-key": KEY });
    expect(title.json.data.ingestArticle).toMatchObject({ __typename: "InvalidInputError", field: "title" });
  });
});

describe("origins", () => {
  it("sends no CORS headers to another site by default, on requests and preflights alike", async () => {
    const r = await prod.post({ query: "{ __typename }" }, { origin: "https://evil.example" });
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
    expect(r.headers.get("access-control-allow-credentials")).toBeNull();
    const preflight = await fetch(prod.url, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows the origins of CORS_ORIGINS, without credentials unless CORS_CREDENTIALS=on", async () => {
    const listed = await serve({ CORS_ORIGINS: "https://app.example, https://admin.example" });
    const ok = await listed.post({ query: "{ __typename }" }, { origin: "https://admin.example" });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://admin.example");
    expect(ok.headers.get("access-control-allow-credentials")).toBeNull();
    expect((await listed.post({ query: "{ __typename }" }, { origin: "https://evil.example" })).headers.get("access-control-allow-origin")).toBeNull();
    const withCredentials = await serve({ CORS_ORIGINS: "https://app.example", CORS_CREDENTIALS: "on" });
    const cred = await withCredentials.post({ query: "{ __typename }" }, { origin: "https://app.example" });
    expect(cred.headers.get("access-control-allow-credentials")).toBe("true");
  });

  it("executes only JSON bodies: form, text and multipart posts are refused with 415", async () => {
    for (const [type, body] of [
      ["application/x-www-form-urlencoded", "query=%7B__typename%7D"],
      ["text/plain", '{"query":"{ __typename }"}'],
      ["multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--x--'],
      ["application/graphql", "{ __typename }"],
    ]) {
      const res = await fetch(prod.url, { method: "POST", headers: { "content-type": type! }, body });
      expect(res.status, type).toBe(415);
      expect(((await res.json()) as Json).errors[0].extensions.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    }
    expect((await prod.post({ query: "{ __typename }" }, { "content-type": "application/graphql-response+json" })).json.data.__typename).toBe("Query");
  });
});

describe("production mode", () => {
  it("refuses introspection unless GRAPHQL_INTROSPECTION=on, and __typename still works", async () => {
    const r = await prod.post({ query: "{ __schema { queryType { name } } }" });
    expect(r.json.errors[0].message).toMatch(/introspection has been disabled/);
    expect((await prod.post({ query: "{ __typename }" })).json.data.__typename).toBe("Query");
    const on = await serve({ GRAPHQL_INTROSPECTION: "on" });
    expect((await on.post({ query: "{ __schema { queryType { name } } }" })).json.data.__schema.queryType.name).toBe("Query");
  });

  it("gives no 'Did you mean' suggestions", async () => {
    const r = await prod.post({ query: "{ entiti { id } }" });
    expect(r.json.errors[0].message).toBe('Cannot query field "entiti" on type "Query".');
    const enumTypo = await prod.post({ query: "query ($k: [EntityKind!]) { entities(kinds: $k) { totalCount } }", variables: { k: ["PERSN"] } });
    expect(enumTypo.text).not.toMatch(/Did you mean/);
  });

  it("never sends an originalError or a stack: invalid JSON is a plain 400", async () => {
    const r = await prod.post("{not json");
    expect(r.status).toBe(400);
    expect(r.json.errors[0]).toEqual({ message: "POST body sent invalid JSON.", extensions: { code: "BAD_REQUEST" } });
    expect(r.text).not.toMatch(/originalError|stack|SyntaxError/);
  });

  it("runs only trusted documents with TRUSTED_DOCUMENTS=on: by exact text, by documentId or by hash", async () => {
    const trusted = await serve({ TRUSTED_DOCUMENTS: "on" });
    const other = await trusted.post({ query: "{ stats { articles } }" });
    expect(other.status).toBe(400);
    expect(other.json.errors[0].extensions.code).toBe("PERSISTED_QUERY_ONLY");
    const search = SEARCH;
    const byText = await trusted.post({ query: search, variables: { query: "varga" } });
    expect(byText.json.data.search[0].entity.name).toBe("Elena Varga");
    const byId = await trusted.post({ documentId: `sha256:${documentId(search)}`, variables: { query: "varga" } });
    expect(byId.json.data.search[0].entity.name).toBe("Elena Varga");
    const byHash = await trusted.post({ extensions: { persistedQuery: { version: 1, sha256Hash: documentId(search) } }, variables: { query: "varga" } });
    expect(byHash.json.data.search[0].entity.name).toBe("Elena Varga");
    const unknown = await trusted.post({ documentId: "0".repeat(64) });
    expect(unknown.json.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });
});

describe("extraction off the event loop", () => {
  const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on IngestArticleSuccess { status } } }`;
  const bigArticle = (id: string) => {
    const paragraph = "Prime Minister Elena Varga met Tomas Lindqvist in Geneva on Friday to discuss the Nordic Water Fund. ";
    return { id, title: "A long article", text: paragraph.repeat(Math.floor(900_000 / paragraph.length)) };
  };

  it("answers /healthz while a 0.9 MB article is being extracted for ingestArticle", { timeout: 180_000 }, async () => {
    const order: string[] = [];
    // Extracting 0.9 MB takes tens of seconds on a loaded machine: more than the default request
    // timeout, which is not what this test is about.
    const patient = await serve({ NODE_ENV: "production", REQUEST_TIMEOUT_MS: "170000" });
    const mutation = patient.post({ query: INGEST, variables: { input: bigArticle("abuse-big-1") } }, { "x-api-key": KEY }).then((r) => {
      order.push("mutation");
      return r;
    });
    // Once the server holds the request (its body parsed), liveness must still answer.
    await new Promise((r) => setTimeout(r, 1_000));
    const health = await fetch(patient.url.replace("/graphql", "/healthz"));
    order.push("healthz");
    expect(health.status).toBe(200);
    const r = await mutation;
    expect(r.json.data.ingestArticle.__typename).toBe("IngestArticleSuccess");
    expect(order).toEqual(["healthz", "mutation"]);
  });

  it("answers EXTRACTION_BUSY (503) when the extraction pool is full, and ingests once there is room", { timeout: 180_000 }, async () => {
    const pool = createExtractionPool({ workers: 1, maxQueue: 0 });
    try {
      const busy = await serve({ REQUEST_TIMEOUT_MS: "170000" }, { extraction: pool });
      // Enough text to hold the one worker for seconds, not the whole 0.9 MB.
      const held = bigArticle("abuse-big-2");
      const first = busy.post({ query: INGEST, variables: { input: { ...held, text: held.text.slice(0, 200_000) } } }, { "x-api-key": KEY });
      await new Promise((r) => setTimeout(r, 1_000));
      const second = await busy.post({ query: INGEST, variables: { input: { id: "abuse-small", text: "Elena Varga spoke in Geneva." } } }, { "x-api-key": KEY });
      expect(second.status).toBe(503);
      expect(second.json.errors[0].extensions.code).toBe("EXTRACTION_BUSY");
      expect(second.headers.get("retry-after")).toBe("5");
      expect((await first).json.data.ingestArticle.__typename).toBe("IngestArticleSuccess");
      const again = await busy.post({ query: INGEST, variables: { input: { id: "abuse-small", text: "Elena Varga spoke in Geneva." } } }, { "x-api-key": KEY });
      expect(again.json.data.ingestArticle.__typename).toBe("IngestArticleSuccess");
    } finally {
      await pool.close();
    }
  });
});

describe("timeouts", () => {
  const DELETE = `mutation ($id: ID!) { deleteArticle(id: $id) { __typename } }`;

  /** Holds the write lock of an article in another transaction while `during` runs. */
  async function whileLocked<T>(articleId: string, during: () => Promise<T>): Promise<T> {
    const c = testConnection();
    const driver = neo4j.driver(c.uri, neo4j.auth.basic(c.username, c.password));
    const session = driver.session({ database: c.database });
    const tx = await session.beginTransaction();
    try {
      await tx.run(statement("ingest/lock-article").text, { articleId });
      return await during();
    } finally {
      await tx.rollback();
      await session.close();
      await driver.close();
    }
  }

  it("cuts a transaction that runs past NEO4J_TX_TIMEOUT_MS with a QUERY_TIMEOUT error", async () => {
    // connect() opens the database with the configured timeout; here the same, by hand.
    const shortTx = openDatabase(testConnection(), { checkRows: true, txTimeoutMs: 1_000 });
    try {
      const slow = await serve({ REQUEST_TIMEOUT_MS: "30000" }, { db: shortTx });
      const r = await whileLocked("summit", () => slow.post({ query: DELETE, variables: { id: "summit" } }, { "x-api-key": KEY }));
      expect(r.json.errors[0].extensions).toMatchObject({ code: "QUERY_TIMEOUT", timeoutMs: 1000 });
      expect(r.json.errors[0].message).toMatch(/NEO4J_TX_TIMEOUT_MS/);
    } finally {
      await shortTx.close();
    }
  });

  it("cuts a request that runs past REQUEST_TIMEOUT_MS with REQUEST_TIMEOUT (504)", async () => {
    const slow = await serve({ NEO4J_TX_TIMEOUT_MS: "20000", REQUEST_TIMEOUT_MS: "1000" });
    const r = await whileLocked("summit", () => slow.post({ query: DELETE, variables: { id: "summit" } }, { "x-api-key": KEY }));
    expect(r.status).toBe(504);
    expect(r.json.errors[0].extensions).toMatchObject({ code: "REQUEST_TIMEOUT", timeoutMs: 1000 });
  });
});
