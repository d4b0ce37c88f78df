// Helpers for the GraphQL integration tests: the app in-process (yoga.fetch), and the seed article
// ingested through the real extractor and ingest module.
import fs from "node:fs";
import type { Database } from "../../../src/db/database.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { afterAll, beforeAll } from "vitest";
import { sharedFile, skipEachWithout } from "../../shared-data.ts";
import { createApp, type App } from "../../../src/server/app.ts";
import { testConfig, testDatabase, wipeGraph } from "../support.ts";

/**
 * Response JSON as the tests read it: loosely, property by property; the assertions check it.
 * The one `any` of the test suite, named so callbacks can say what they receive.
 */
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Json = any;

export interface GraphQLResponse<D = Json> {
  status: number;
  data?: D;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  raw: string;
}

export function graphqlClient(app: App) {
  return async function gql<D = Json>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLResponse<D>> {
    const res = await app.yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const raw = await res.text();
    const body = JSON.parse(raw) as { data?: D; errors?: GraphQLResponse["errors"] };
    return { status: res.status, raw, ...body };
  };
}

export const SEED = sharedFile("seed/melania-letter-putin.txt");
export const SEED_FILE = SEED.path;

/** Ingests the seed article (never copied into the repo) and returns its article id. */
export async function ingestSeedArticle(db: Database): Promise<string> {
  const text = fs.readFileSync(SEED_FILE, "utf8");
  const doc = extractArticle({ id: "seed-melania-letter", text, title: "Melania Trump's letter to Vladimir Putin", publishedAt: "2025-08-16" });
  const outcome = await ingestDocument(db, doc);
  return outcome.articleId;
}

/**
 * The usual setup of a GraphQL test file: a database on the test server, the app and a client,
 * with the graph wiped and the seed article ingested before the file's tests (plus `more`, if
 * given), and the driver closed after them.
 */
export function useSeededApp(more?: (db: Database) => Promise<void>) {
  const db = testDatabase();
  const app = createApp({ config: testConfig(), db });
  // Without ../shared every test of the file is skipped, with a note naming the seed file.
  skipEachWithout(SEED);
  beforeAll(async () => {
    if (!SEED.present) return;
    await wipeGraph(db);
    await ingestSeedArticle(db);
    await more?.(db);
  });
  afterAll(() => db.close());
  return { db, app, gql: graphqlClient(app) };
}
