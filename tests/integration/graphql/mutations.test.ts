// ingestArticle and deleteArticle: refused without a valid key (or with none configured), typed
// input errors, and a new article whose entities merge with the existing ones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../../src/server/app.ts";
import { testConfig, testDatabase, wipeGraph } from "../support.ts";
import { graphqlClient, ingestSeedArticle, SEED } from "./graphql-client.ts";
import { skipEachWithout } from "../../shared-data.ts";

const KEY = "test-ingest-key-0123456789";
const db = testDatabase();
const gql = graphqlClient(createApp({ config: testConfig({ INGEST_API_KEY: KEY }), db }));
const gqlNoKeyConfigured = graphqlClient(createApp({ config: testConfig(), db }));

skipEachWithout(SEED);
beforeAll(async () => {
  if (!SEED.present) return;
  await wipeGraph(db);
  await ingestSeedArticle(db);
});
afterAll(() => db.close());

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on Error { message }
    ... on InvalidInputError { field }
    ... on IngestArticleSuccess { status entitiesCreated entityCount article { id articleId title } }
  }
}`;
const ARTICLE = {
  id: "putin-kremlin-followup",
  title: "Kremlin answers",
  publishedAt: "2025-08-18",
  text: "Russian President Vladimir Putin said on Monday that the Kremlin would study the letter. Ukraine welcomed the move.",
};

describe("ingest mutations", () => {
  it("refuses ingestArticle without an API key, writing nothing", async () => {
    const r = await gql(INGEST, { input: ARTICLE });
    expect(r.data.ingestArticle.__typename).toBe("UnauthorizedError");
    expect(r.data.ingestArticle.message).toMatch(/x-api-key/);
    const a = await gql(`{ articles { totalCount } }`);
    expect(a.data.articles.totalCount).toBe(1);
  });

  it("refuses a wrong API key", async () => {
    const r = await gql(INGEST, { input: ARTICLE }, { "x-api-key": "wrong-key-wrong-key-123" });
    expect(r.data.ingestArticle).toMatchObject({ __typename: "UnauthorizedError", message: expect.stringMatching(/not valid/) });
  });

  it("refuses every mutation when the server has no INGEST_API_KEY", async () => {
    const r = await gqlNoKeyConfigured(INGEST, { input: ARTICLE }, { "x-api-key": KEY });
    expect(r.data.ingestArticle.message).toMatch(/no INGEST_API_KEY/);
  });

  it("returns a typed input error for an empty text", async () => {
    const r = await gql(INGEST, { input: { text: "   " } }, { "x-api-key": KEY });
    expect(r.data.ingestArticle).toMatchObject({ __typename: "InvalidInputError", field: "text" });
  });

  it("refuses a javascript: url and a publishedAt of 'yesterday' with the CLI's messages", async () => {
    const url = await gql(INGEST, { input: { ...ARTICLE, url: "javascript:alert(1)" } }, { "x-api-key": KEY });
    expect(url.data.ingestArticle).toEqual({ __typename: "InvalidInputError", message: "url must be an http(s) URL.", field: "url" });
    const date = await gql(INGEST, { input: { ...ARTICLE, publishedAt: "yesterday" } }, { "x-api-key": KEY });
    expect(date.data.ingestArticle).toMatchObject({ __typename: "InvalidInputError", field: "publishedAt" });
  });

  it("ingests a new article whose entities merge with the existing ones", async () => {
    const r = await gql(INGEST, { input: ARTICLE }, { authorization: `Bearer ${KEY}` });
    expect(r.errors).toBeUndefined();
    const ok = r.data.ingestArticle;
    expect(ok).toMatchObject({ __typename: "IngestArticleSuccess", status: "WRITTEN", article: { articleId: ARTICLE.id } });
    expect(ok.entitiesCreated).toBeLessThan(ok.entityCount);
    const putin = await gql(`{ entity(name: "putin") { articles { totalCount } } entities(search: "Vladimir Putin") { totalCount } }`);
    expect(putin.data.entity.articles.totalCount).toBe(2);
    expect(putin.data.entities.totalCount).toBe(1);
  });

  it("reports an unchanged article when the same text is sent again", async () => {
    const r = await gql(INGEST, { input: ARTICLE }, { "x-api-key": KEY });
    expect(r.data.ingestArticle.status).toBe("UNCHANGED");
  });

  it("deletes an article with the key, and answers NotFoundError for an unknown one", async () => {
    const del = `mutation ($id: ID!) { deleteArticle(id: $id) { __typename ... on Error { message } ... on DeleteArticleSuccess { articleId } } }`;
    const refused = await gql(del, { id: ARTICLE.id });
    expect(refused.data.deleteArticle.__typename).toBe("UnauthorizedError");
    const ok = await gql(del, { id: ARTICLE.id }, { "x-api-key": KEY });
    expect(ok.data.deleteArticle).toEqual({ __typename: "DeleteArticleSuccess", articleId: ARTICLE.id });
    const again = await gql(del, { id: ARTICLE.id }, { "x-api-key": KEY });
    expect(again.data.deleteArticle.__typename).toBe("NotFoundError");
    const putin = await gql(`{ entity(name: "putin") { articles { totalCount } } }`);
    expect(putin.data.entity.articles.totalCount).toBe(1);
  });
});
