// The service as more than one process: two API instances (`npm start`'s entry point) and two
// ingest workers (`npm run ingest -- --shard K/2`) against one Neo4j and one Redis, all started as
// a user would. A write through instance A is read through instance B with A's bookmarks, B's
// cached answers are dropped, and B's subscribers hear of every write, whoever made it.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.ts";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { freePort } from "../../../src/live/local-redis.ts";
import { summitDocument } from "../../fixtures/ingest/harbour-documents.ts";
import { testConnection, testDatabase, testRedisUrl, wipeGraph } from "../support.ts";
import { subscribe, type Subscriber } from "./sse-client.ts";

const KEY = "two-instances-key-0123456";
const db = testDatabase();
const TSX = path.join(PROJECT_ROOT, "node_modules", ".bin", "tsx");

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const c = testConnection();
  return {
    PATH: process.env.PATH,
    NEO4J_URI: c.uri,
    NEO4J_USERNAME: c.username,
    NEO4J_PASSWORD: c.password,
    REDIS_URL: testRedisUrl(),
    EXTRACTION_WORKERS: "1",
    LOG_LEVEL: "info",
    ...extra,
  };
}

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(args: string[], extra: Record<string, string>): Running {
  const child = spawn(TSX, args, { cwd: PROJECT_ROOT, env: env(extra) });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function startInstance(): Promise<Running & { base: string }> {
  const port = await freePort();
  const r = run(["src/server/main.ts"], { PORT: String(port), SAMPLE_DATA: "off", INGEST_API_KEY: KEY, NODE_ENV: "test" });
  const began = Date.now();
  while (!r.output().includes("GraphQL ready") && Date.now() - began < 90_000) {
    if (r.child.exitCode !== null) throw new Error(`instance exited early:\n${r.output()}`);
    await new Promise((res) => setTimeout(res, 200));
  }
  return { ...r, base: `http://127.0.0.1:${port}` };
}

async function gql(base: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: response JSON, checked by the assertions
  return { headers: res.headers, body: (await res.json()) as any };
}

let a: Running & { base: string };
let b: Running & { base: string };
const subscribers: Subscriber[] = [];
const LINDQVIST = `{ entity(id: "person:tomas-lindqvist") { articles { totalCount } } }`;

beforeAll(async () => {
  await wipeGraph(db);
  await ingestDocument(db, summitDocument());
  [a, b] = await Promise.all([startInstance(), startInstance()]);
}, 180_000);

afterAll(async () => {
  for (const s of subscribers) s.close();
  for (const i of [a, b]) if (i && i.child.exitCode === null) i.child.kill("SIGKILL");
  await db.close();
});

describe("two API instances, two ingest workers, one Neo4j, one Redis", () => {
  it("reads a write made through A on B with A's bookmarks, and tells B's subscribers", async () => {
    expect(a.output()).toMatch(/Redis event bus/);
    // Cached on B before the write.
    expect((await gql(b.base, LINDQVIST)).body.data.entity.articles.totalCount).toBe(1);
    const articles = subscribe(b.base, `subscription { articleIngested { articleId bookmarks article { title } } }`);
    const lindqvist = subscribe(b.base, `subscription { entityUpdated(id: "person:tomas-lindqvist") { mentions article { articleId } entity { name } } }`);
    subscribers.push(articles, lindqvist);
    await Promise.all([articles.live, lindqvist.live]);

    const written = await gql(
      a.base,
      `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on IngestArticleSuccess { status } } }`,
      { input: { id: "harbour-vote", title: "Harbour vote", text: "President Tomas Lindqvist of Sweden won the harbour vote in Stockholm on Monday." } },
      { "x-api-key": KEY },
    );
    expect(written.body.data.ingestArticle.status).toBe("WRITTEN");
    const bookmarks = written.headers.get("x-neo4j-bookmarks");
    expect(bookmarks).toBeTruthy();

    const onB = await gql(b.base, `{ article(id: "harbour-vote") { title } }`, {}, { "x-neo4j-bookmarks": bookmarks! });
    expect(onB.body.data.article).toEqual({ title: "Harbour vote" });

    const [event] = await articles.waitFor(1);
    expect(event.articleIngested).toMatchObject({ articleId: "harbour-vote", article: { title: "Harbour vote" } });
    expect(event.articleIngested.bookmarks.length).toBeGreaterThan(0);
    const [change] = await lindqvist.waitFor(1);
    expect(change.entityUpdated).toMatchObject({ article: { articleId: "harbour-vote" }, entity: { name: "Tomas Lindqvist" } });
    // A's write dropped B's cached answer (graphChanged over Redis), without any bookmark.
    expect((await gql(b.base, LINDQVIST)).body.data.entity.articles.totalCount).toBe(2);
  });

  it("splits a corpus between two ingest workers (--shard K/2): every article written once, each announced on B", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsgraph-shards-"));
    const names = ["Oslo", "Bergen", "Malmo", "Turku", "Aarhus", "Tampere"];
    for (const [i, city] of names.entries()) {
      fs.writeFileSync(path.join(dir, `${city.toLowerCase()}.txt`), `---\nid: port-${city.toLowerCase()}\ntitle: Port of ${city}\n---\nThe port authority of ${city} opened a new ferry terminal on day ${i + 1}, said mayor Ingrid Solberg.\n`);
    }
    const articles = subscribe(b.base, `subscription { articleIngested { articleId } }`);
    const progress = subscribe(b.base, `subscription { ingestProgress { shard finished written done } }`);
    subscribers.push(articles, progress);
    await Promise.all([articles.live, progress.live]);

    const workers = [run(["src/cli/ingest.ts", "--shard", "1/2", dir], {}), run(["src/cli/ingest.ts", "--shard", "2/2", dir], {})];
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes, workers.map((w) => w.output()).join("\n----\n")).toEqual([0, 0]);
    const written = workers.map((w) => Number(/Written (\d+) article/.exec(w.output())?.[1]));
    expect(written[0]! + written[1]!).toBe(names.length);

    const events = await articles.waitFor(names.length);
    await new Promise((r) => setTimeout(r, 400));
    expect(events.map((e) => e.articleIngested.articleId).sort()).toEqual(names.map((c) => `port-${c.toLowerCase()}`).sort());
    const finishedOf = () => progress.events.map((e) => e.ingestProgress).filter((p) => p.finished);
    for (let i = 0; i < 50 && finishedOf().length < 2; i++) await new Promise((r) => setTimeout(r, 100));
    const finished = finishedOf();
    expect(finished.map((p) => p.shard).sort()).toEqual(["1/2", "2/2"]);
    expect(finished.reduce((n, p) => n + p.written, 0)).toBe(names.length);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("shuts both instances down cleanly with subscriptions open: their streams complete", async () => {
    const open = subscribers.filter((s) => !s.completed);
    expect(open.length).toBeGreaterThan(0);
    a.child.kill("SIGTERM");
    b.child.kill("SIGTERM");
    expect(await Promise.all([a.exited, b.exited])).toEqual([0, 0]);
    await Promise.all(open.map((s) => s.ended));
    expect(open.every((s) => s.completed)).toBe(true);
  }, 30_000);
});
