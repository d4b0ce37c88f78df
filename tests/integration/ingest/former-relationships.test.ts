// A relationship's `former` against the real Neo4j: each article's claim says whether it tells
// the tie as past, and the relationship is former only while every supporting article does; that
// survives re-ingest, the delete of one article, folding in bulk, and graphs written before.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ExtractionDocumentT } from "../../../src/extract/document.ts";
import { mergeEntities, splitEntity } from "../../../src/ingest/identity-decisions.ts";
import { deleteArticle, ingestDocument, refreshPendingAggregates } from "../../../src/ingest/ingest-article.ts";
import { formerMayor, memoir, sittingMayor } from "../../fixtures/ingest/former-mayor.ts";
import { dahlDocuments } from "../../fixtures/ingest/linking-documents.ts";
import { asWrittenBeforeFacts, graphSnapshot, testDatabase, wipeGraph } from "../support.ts";

const db = testDatabase();
afterAll(() => db.close());
beforeEach(() => wipeGraph(db));

async function ingestAll(docs: ExtractionDocumentT[], deferAggregates = false) {
  for (const d of docs) await ingestDocument(db, d, { deferAggregates });
}

/** Ingrid Halvorsen LEADER_OF Bergen as stored. */
async function leaderOf() {
  const { relationships } = await graphSnapshot(db);
  const found = relationships.filter((r) => r.type === "LEADER_OF" && r.from === "person:ingrid-halvorsen" && r.to === "place:bergen");
  expect(found).toHaveLength(1);
  const { former = null, formerArticleIds = null, articleIds } = found[0]!.props;
  return { former, formerArticleIds, articleIds };
}

describe("a relationship told as past", () => {
  it("is former when its one article calls her the former mayor", async () => {
    await ingestDocument(db, formerMayor());
    expect(await leaderOf()).toEqual({ former: true, formerArticleIds: ["gallery"], articleIds: ["gallery"] });
  });

  it("is current when the article tells it as holding", async () => {
    await ingestDocument(db, sittingMayor());
    expect(await leaderOf()).toEqual({ former: false, formerArticleIds: [], articleIds: ["bridge"] });
  });

  it("is not former while one supporting article tells it as holding", async () => {
    await ingestAll([formerMayor(), sittingMayor()]);
    expect(await leaderOf()).toEqual({ former: false, formerArticleIds: ["gallery"], articleIds: ["bridge", "gallery"] });
  });

  it("is former when every supporting article tells it as past", async () => {
    await ingestAll([formerMayor(), memoir()]);
    expect((await leaderOf()).former).toBe(true);
  });

  it("becomes former when the article that told it as holding is deleted, as the others alone made it", async () => {
    await ingestAll([formerMayor(), memoir()]);
    const alone = await graphSnapshot(db);
    await ingestDocument(db, sittingMayor());
    expect((await leaderOf()).former).toBe(false);
    await deleteArticle(db, "bridge");
    expect(await graphSnapshot(db)).toEqual(alone);
  });

  it("becomes current when an article is re-ingested telling it as holding, and former again when changed back", async () => {
    await ingestAll([formerMayor(), memoir()]);
    await ingestDocument(db, memoir(false));
    expect(await leaderOf()).toEqual({ former: false, formerArticleIds: ["gallery"], articleIds: ["gallery", "memoir"] });
    await ingestDocument(db, memoir(true));
    expect((await leaderOf()).former).toBe(true);
  });

  it("folded in bulk gets the same former marks as article by article", async () => {
    const docs = [formerMayor(), sittingMayor(), memoir()];
    await ingestAll(docs);
    const oneByOne = await graphSnapshot(db);
    await wipeGraph(db);
    await ingestAll(docs, true);
    expect(await refreshPendingAggregates(db)).toBe(3);
    expect(await graphSnapshot(db)).toEqual(oneByOne);
  });
});

describe("merging and splitting entities", () => {
  it("a merge keeps each article's view of the tie, and a split gives the former one back", async () => {
    const docs = dahlDocuments();
    // "Rikard Dahl, who ran Nordvik Shipping": the second article tells his tie as past.
    docs[1]!.relationships[0]!.former = true;
    for (const d of docs) await ingestDocument(db, d);
    const leads = async () =>
      (await graphSnapshot(db)).relationships
        .filter((r) => r.type === "LEADER_OF")
        .map((r) => ({ from: r.from, former: r.props.former, formerArticleIds: r.props.formerArticleIds }));
    const before = await leads();
    expect(before).toContainEqual({ from: "person:rikard-dahl", former: true, formerArticleIds: ["dahl-stockholm"] });
    const ctx = { by: "test analyst", reason: "same chief executive" };
    await db.write((tx) => mergeEntities(tx, "person:erik-dahl", "person:rikard-dahl", ctx));
    // One article tells the merged tie as holding: it is not former, and remembers who said it was.
    expect(await leads()).toEqual([{ from: "person:erik-dahl", former: false, formerArticleIds: ["dahl-stockholm"] }]);
    await db.write((tx) => splitEntity(tx, "person:erik-dahl", ["dahl-stockholm"], { ...ctx, reason: "two people after all" }));
    expect(await leads()).toEqual(before);
  });
});

describe("a relationship stored before former was", () => {
  it("reads as current, and stays current when an article telling it as past joins", async () => {
    await ingestDocument(db, sittingMayor());
    await asWrittenBeforeFacts(db);
    expect(await leaderOf()).toEqual({ former: null, formerArticleIds: null, articleIds: ["bridge"] });
    await ingestDocument(db, formerMayor());
    expect(await leaderOf()).toEqual({ former: false, formerArticleIds: ["gallery"], articleIds: ["bridge", "gallery"] });
  });

  it("folds an article's old claims (no claimFormer) as telling every tie as holding", async () => {
    await ingestDocument(db, formerMayor(), { deferAggregates: true });
    await asWrittenBeforeFacts(db);
    await refreshPendingAggregates(db);
    expect(await leaderOf()).toEqual({ former: false, formerArticleIds: [], articleIds: ["gallery"] });
  });
});
