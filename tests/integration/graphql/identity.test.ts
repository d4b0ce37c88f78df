// Identity over GraphQL: entity(name:) by surname and spelling, exact alias hits first in
// entities(search:), possibleDuplicates with scores and reasons, and the mergeEntities /
// splitEntity / keepEntitiesApart mutations — API-key guarded, typed refusals that change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { readInputs } from "../../../src/ingest/read-inputs.ts";
import { ingestStream } from "../../../src/ingest/ingest-stream.ts";
import { SAMPLE_ARTICLES_DIR } from "../../../src/ingest/sample-data.ts";
import { extractArticle } from "../../../src/extract/index.ts";
import { createApp } from "../../../src/server/app.ts";
import { dahlDocuments, footballerFull, mayorFull, mayorSurname, unclearSurname } from "../../fixtures/ingest/linking-documents.ts";
import { graphSnapshot, testConfig, testDatabase, wipeGraph } from "../support.ts";
import { graphqlClient, ingestSeedArticle } from "./graphql-client.ts";

const KEY = "test-identity-key-0123456789";
const db = testDatabase();
const gql = graphqlClient(createApp({ config: testConfig({ INGEST_API_KEY: KEY }), db }));
const withKey = { "x-api-key": KEY };
afterAll(() => db.close());

const MERGE = `mutation ($keep: ID!, $merge: ID!, $reason: String!) {
  mergeEntities(keep: $keep, merge: $merge, reason: $reason, decidedBy: "an analyst") {
    __typename
    ... on Error { message }
    ... on NotFoundError { id }
    ... on IdentityDecisionError { problem ids }
    ... on MergeEntitiesSuccess { mergedId articlesMoved decisionId entity { id name aliases } }
  }
}`;
const SPLIT = `mutation ($id: ID!, $articleIds: [ID!]!) {
  splitEntity(id: $id, articleIds: $articleIds, reason: "two people") {
    __typename
    ... on Error { message }
    ... on IdentityDecisionError { problem ids }
    ... on SplitEntitySuccess { restored articlesMoved entity { id } newEntity { id name } }
  }
}`;
const APART = `mutation ($a: ID!, $b: ID!) {
  keepEntitiesApart(a: $a, b: $b, reason: "different people") {
    __typename
    ... on Error { message }
    ... on KeepEntitiesApartSuccess { decisionId entities { id } }
  }
}`;
/** The graph key of a Relay global ID ("Person:person:vladimir-putin" in base64). */
const key = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").replace(/^[A-Za-z]+:/, "");
const keys = (xs: { id: string }[]) => xs.map((x) => key(x.id));
const DUPLICATES = `query ($id: ID!) { entity(id: $id) { id possibleDuplicates { score reasons articleId entity { id name } } } }`;

describe("the README's names on the sample data and the seed article", () => {
  beforeAll(async () => {
    await wipeGraph(db);
    await ingestStream(db, readInputs([SAMPLE_ARTICLES_DIR]));
    await ingestSeedArticle(db);
    const later = extractArticle({
      id: "trump-later",
      publishedAt: "2025-08-20",
      text: "Trump said on Tuesday that he would meet Putin again. Zelensky welcomed the plan.",
    });
    await ingestDocument(db, later);
  });

  it("finds Vladimir Putin by 'putin'", async () => {
    const r = await gql(`{ entity(name: "putin") { id name } }`);
    expect(key(r.data.entity.id)).toBe("person:vladimir-putin");
    expect(r.data.entity.name).toBe("Vladimir Putin");
  });

  it("finds Volodymyr Zelensky by the spelling 'Zelenskyy' no article used", async () => {
    const r = await gql(`{ entity(name: "Zelenskyy") { id } }`);
    expect(key(r.data.entity.id)).toBe("person:volodymyr-zelensky");
  });

  it("finds Donald Trump, not Melania, by 'trump', and keeps them two people", async () => {
    const r = await gql(`{ entity(name: "trump") { id } melania: entity(id: "person:melania-trump") { id name } }`);
    expect(key(r.data.entity.id)).toBe("person:donald-trump");
    expect(r.data.melania.name).toBe("Melania Trump");
  });

  it("links surname mentions in a later article to Donald Trump and Vladimir Putin", async () => {
    const r = await gql(`{ trump: entity(id: "person:donald-trump") { articles { totalCount } } putin: entity(id: "person:vladimir-putin") { articles { totalCount } } }`);
    const articles = await gql(`{ entity(id: "person:donald-trump") { articles(first: 20) { edges { node { articleId } } } } }`);
    expect(articles.data.entity.articles.edges.map((e: { node: { articleId: string } }) => e.node.articleId)).toContain("trump-later");
    expect(r.data.putin.articles.totalCount).toBeGreaterThanOrEqual(3);
    const persons = (await graphSnapshot(db)).nodes.filter((n) => n.labels.includes("Person") && String(n.props.name).includes("Trump"));
    expect(persons.map((p) => p.props.id).sort()).toEqual(["person:donald-trump", "person:melania-trump"]);
  });
});

describe("finding entities by name", () => {
  beforeAll(async () => {
    await wipeGraph(db);
    for (const d of [mayorFull(), mayorSurname(), footballerFull()]) await ingestDocument(db, d);
  });

  it("finds a person by a spelling no article used, and not by a surname two people share", async () => {
    const r = await gql(`{ erik: entity(name: "Erik Halvorsén") { id } shared: entity(name: "Halvorsén") { id } }`);
    expect(key(r.data.erik.id)).toBe("person:erik-halvorsen");
    expect(r.data.shared).toBeNull();
  });

  it("ranks exact alias hits first in entities(search:)", async () => {
    const r = await gql(`{ entities(search: "Halvorsen", first: 5) { edges { node { id aliases } } } }`);
    const ids = keys(r.data.entities.edges.map((e: { node: { id: string } }) => e.node));
    expect(ids[0]).toBe("person:ingrid-halvorsen");
    expect(ids).toContain("person:erik-halvorsen");
  });
});

describe("identity mutations", () => {
  beforeAll(async () => {
    await wipeGraph(db);
    for (const d of [...dahlDocuments(), mayorFull(), footballerFull(), unclearSurname()]) await ingestDocument(db, d);
  });

  it("lists possible duplicates with their scores and reasons", async () => {
    const r = await gql(DUPLICATES, { id: "person:halvorsen" });
    const dups = r.data.entity.possibleDuplicates;
    expect(keys(dups.map((d: { entity: { id: string } }) => d.entity)).sort()).toEqual(["person:erik-halvorsen", "person:ingrid-halvorsen"]);
    expect(dups[0]).toMatchObject({ score: expect.any(Number), articleId: "letter", reasons: expect.arrayContaining([expect.stringMatching(/surname of/)]) });
    const back = await gql(DUPLICATES, { id: "person:ingrid-halvorsen" });
    expect(keys(back.data.entity.possibleDuplicates.map((d: { entity: { id: string } }) => d.entity))).toEqual(["person:halvorsen"]);
  });

  it("refuses a merge without the API key, changing nothing", async () => {
    const before = await graphSnapshot(db);
    const r = await gql(MERGE, { keep: "person:erik-dahl", merge: "person:rikard-dahl", reason: "same man" });
    expect(r.data.mergeEntities).toMatchObject({ __typename: "UnauthorizedError", message: expect.stringMatching(/x-api-key/) });
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it("answers typed errors for an unknown id, the same entity twice and different kinds, changing nothing", async () => {
    const before = await graphSnapshot(db);
    const unknown = await gql(MERGE, { keep: "person:erik-dahl", merge: "person:nobody", reason: "x" }, withKey);
    expect(unknown.data.mergeEntities).toMatchObject({ __typename: "NotFoundError", id: "person:nobody" });
    const self = await gql(MERGE, { keep: "person:erik-dahl", merge: "person:erik-dahl", reason: "x" }, withKey);
    expect(self.data.mergeEntities).toMatchObject({ __typename: "IdentityDecisionError", problem: "SAME_ENTITY" });
    const kinds = await gql(MERGE, { keep: "person:erik-dahl", merge: "place:oslo", reason: "x" }, withKey);
    expect(kinds.data.mergeEntities).toMatchObject({ __typename: "IdentityDecisionError", problem: "DIFFERENT_KINDS", message: expect.stringMatching(/same kind/) });
    const foreign = await gql(SPLIT, { id: "person:erik-dahl", articleIds: ["letter"] }, withKey);
    expect(foreign.data.splitEntity).toMatchObject({ __typename: "IdentityDecisionError", problem: "ARTICLE_NOT_NAMING_ENTITY", ids: ["letter"] });
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it("merges with the key; the merged id then finds the kept entity", async () => {
    const r = await gql(MERGE, { keep: "person:erik-dahl", merge: "person:rikard-dahl", reason: "same chief executive" }, withKey);
    expect(r.data.mergeEntities).toMatchObject({ __typename: "MergeEntitiesSuccess", mergedId: "person:rikard-dahl", articlesMoved: 1, entity: { name: "Erik Dahl" } });
    expect(r.data.mergeEntities.entity.aliases).toContain("Rikard Dahl");
    const found = await gql(`{ entity(id: "person:rikard-dahl") { id } }`);
    expect(key(found.data.entity.id)).toBe("person:erik-dahl");
  });

  it("splits the merged article off again, restoring the entity", async () => {
    const r = await gql(SPLIT, { id: "person:erik-dahl", articleIds: ["dahl-stockholm"] }, withKey);
    expect(r.data.splitEntity).toMatchObject({ __typename: "SplitEntitySuccess", restored: true, newEntity: { name: "Rikard Dahl" } });
    expect(key(r.data.splitEntity.newEntity.id)).toBe("person:rikard-dahl");
  });

  it("keeps two entities apart: the possible duplicate is gone", async () => {
    const r = await gql(APART, { a: "person:ingrid-halvorsen", b: "person:halvorsen" }, withKey);
    expect(r.data.keepEntitiesApart).toMatchObject({ __typename: "KeepEntitiesApartSuccess" });
    const after = await gql(DUPLICATES, { id: "person:halvorsen" });
    expect(keys(after.data.entity.possibleDuplicates.map((d: { entity: { id: string } }) => d.entity))).toEqual(["person:erik-halvorsen"]);
  });
});
