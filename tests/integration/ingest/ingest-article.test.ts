// The ingest writer against the real Neo4j: idempotent, exact on delete and change, atomic.
import fs from "node:fs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/extract/index.ts";
import { InvalidDocumentError } from "../../../src/ingest/article-rows.ts";
import { createExtractionPool } from "../../../src/ingest/extraction-pool.ts";
import { deleteArticle, ingestDocument, refreshPendingAggregates } from "../../../src/ingest/ingest-article.ts";
import { followupDocument, summitDocument } from "../../fixtures/ingest/harbour-documents.ts";
import { graphSnapshot, testDatabase, wipeGraph } from "../support.ts";
import { sharedFile } from "../../shared-data.ts";

const db = testDatabase();
afterAll(() => db.close());
beforeEach(() => wipeGraph(db));

const summit = summitDocument();
const followup = followupDocument();
const SEED = sharedFile("seed/melania-letter-putin.txt");
const seed = extractArticle({
  text: SEED.present ? fs.readFileSync(SEED.path, "utf8") : "(the seed article is absent)",
  publishedAt: "2025-08-17",
});
/** The tests on the seed article: skipped, with a note naming it, when ../shared is absent. */
const itSeed = (name: string, fn: () => Promise<void>) => it.skipIf(!SEED.present)(SEED.present ? name : `${name} (${SEED.why})`, fn);

describe("ingesting an extraction document", () => {
  it("writes nothing new when the same article is ingested twice", async () => {
    const first = await ingestDocument(db, summit);
    const before = await graphSnapshot(db);
    const second = await ingestDocument(db, summit);
    expect(first.status).toBe("written");
    expect(second.status).toBe("unchanged");
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it("writes a document prepared on the extraction pool's thread as it writes the same document extracted here", async () => {
    const article = { id: "pooled", text: summit.article.text, publishedAt: summit.article.publishedAt ?? undefined };
    const pool = createExtractionPool({ workers: 1 });
    const pooled = await pool.extract(article).finally(() => pool.close());
    const viaPool = await ingestDocument(db, pooled);
    const afterPool = await graphSnapshot(db);
    // The same document extracted in this thread (validated, hashed and split here): nothing to change.
    const local = await ingestDocument(db, extractArticle(article));
    expect(viaPool.status).toBe("written");
    expect(viaPool.counts.sentences).toBeGreaterThan(1);
    expect(local.status).toBe("unchanged");
    await wipeGraph(db);
    await ingestDocument(db, extractArticle(article));
    expect(await graphSnapshot(db)).toEqual(afterPool);
  });

  it("resolves a shared entity to one node whose aliases and mentions are the union of both articles", async () => {
    await ingestDocument(db, summit);
    await ingestDocument(db, followup);
    const rows = await db.read((tx) => tx.run("admin/graph-snapshot-nodes"));
    const lindqvist = rows.filter((r) => (r.props as { id: string }).id === "person:tomas-lindqvist");
    expect(lindqvist).toHaveLength(1);
    const props = lindqvist[0]!.props as { aliases: string[]; mentionCount: number; articleCount: number };
    const mentionsIn = (doc: typeof summit) => doc.entities.find((e) => e.id === "person:tomas-lindqvist")!.mentions.length;
    expect(props.mentionCount).toBe(mentionsIn(summit) + mentionsIn(followup));
    expect(props.articleCount).toBe(2);
    expect(props.aliases).toEqual(expect.arrayContaining(["Tomas Lindqvist", "Lindqvist"]));
  });

  it("deleting one of two articles leaves exactly the other's graph, nothing orphaned", async () => {
    await ingestDocument(db, followup);
    const onlyFollowup = await graphSnapshot(db);
    await wipeGraph(db);
    await ingestDocument(db, summit);
    await ingestDocument(db, followup);
    const outcome = await deleteArticle(db, "summit");
    expect(outcome.deleted).toBe(true);
    expect(outcome.entitiesRemoved).toBeGreaterThan(0);
    expect(await graphSnapshot(db)).toEqual(onlyFollowup);
  });

  itSeed("deleting the last article empties the graph", async () => {
    await ingestDocument(db, seed);
    await deleteArticle(db, seed.article.id);
    expect(await graphSnapshot(db)).toEqual({ nodes: [], relationships: [] });
  });

  it("deleting an unknown article reports it and changes nothing", async () => {
    await ingestDocument(db, summit);
    const before = await graphSnapshot(db);
    expect((await deleteArticle(db, "no-such-article")).deleted).toBe(false);
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it("re-ingesting an edited article replaces only the evidence of the edited sentence", async () => {
    await ingestDocument(db, summit);
    await ingestDocument(db, followup);
    const before = await graphSnapshot(db);
    // Same length, so no other sentence moves.
    const changed = summitDocument(summit.article.text.replace("welcomed the plan", "endorsed the plan"));
    const outcome = await ingestDocument(db, changed);
    expect(outcome).toMatchObject({ status: "written", replaced: true });
    const after = await graphSnapshot(db);
    const differing = after.nodes.filter((n, i) => JSON.stringify(n) !== JSON.stringify(before.nodes[i]));
    const ids = differing.map((n) => String(n.props.id));
    // The article (text, hash) and the one edited sentence changed; no entity, event or other sentence did.
    expect(after.nodes.map((n) => n.props.id)).toEqual(before.nodes.map((n) => n.props.id));
    expect(ids).toContain("summit");
    expect(ids.filter((id) => String(id).includes("#"))).toHaveLength(1);
    expect(ids.filter((id) => !String(id).includes("#") && id !== "summit")).toEqual([]);
    expect(after.relationships).toEqual(before.relationships);
  });

  it("a failure in the middle of an article leaves nothing of it visible", async () => {
    await ingestDocument(db, followup);
    const before = await graphSnapshot(db);
    await expect(
      ingestDocument(db, summit, {
        afterStatement: (name) => {
          if (name === "ingest/write-mentions") throw new Error("simulated crash after mentions");
        },
      }),
    ).rejects.toThrow(/simulated crash/);
    expect(await graphSnapshot(db)).toEqual(before);
  });

  it("rejects a document whose spans do not match its text, writing nothing", async () => {
    const broken = structuredClone(summit);
    broken.entities[0]!.mentions[0]!.text = "Somebody Else";
    broken.relationships.push({ type: "LEADER_OF", sourceId: "person:nobody", targetId: broken.entities[0]!.id, evidence: broken.relationships[0]!.evidence });
    const err = await ingestDocument(db, broken).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidDocumentError);
    expect((err as Error).message).toMatch(/span text does not match/);
    expect((err as Error).message).toMatch(/unknown entity person:nobody/);
    expect(await graphSnapshot(db)).toEqual({ nodes: [], relationships: [] });
  });

  itSeed("stores Vladimir Putin as LEADER_OF Russia with the sentence that says so", async () => {
    await ingestDocument(db, seed);
    const rels = (await graphSnapshot(db)).relationships;
    const leader = rels.find((r) => r.from === "person:vladimir-putin" && r.type === "LEADER_OF" && r.to === "place:russia");
    expect(leader).toBeDefined();
    const sentences = (await graphSnapshot(db)).nodes.filter((n) => (leader!.props.evidence as string[]).includes(n.props.id as string));
    expect(sentences.map((s) => s.props.text).join(" ")).toMatch(/Russian President Vladimir Putin/);
    expect(leader!.props.weight).toBe(sentences.length);
  });

  itSeed("links Vladimir Putin to the ICC's arrest-warrant LEGAL_ACTION event", async () => {
    await ingestDocument(db, seed);
    const { nodes, relationships } = await graphSnapshot(db);
    const legal = nodes.filter((n) => n.props.type === "LEGAL_ACTION").map((n) => String(n.props.id));
    const putinIn = relationships.filter((r) => r.from === "person:vladimir-putin" && r.type === "PARTICIPATED_IN").map((r) => r.to);
    const iccIn = relationships.filter((r) => r.from === "organization:international-criminal-court" && r.type === "PARTICIPATED_IN").map((r) => r.to);
    const shared = legal.filter((id) => putinIn.includes(id) && iccIn.includes(id));
    expect(shared.length).toBeGreaterThanOrEqual(1);
  });

  it("an article whose long lists are split over several statement calls builds the same graph as one call each", async () => {
    // Most articles stay under ROWS_PER_CALL (250 rows) in every list; rowsPerCall: 2
    // runs the split path (sentences, entities, mentions, events, event keys and the event lookup)
    // on the small fixtures, the second article joining the first one's events.
    const docs = SEED.present ? [summit, followup, seed] : [summit, followup];
    const whole = [];
    for (const doc of docs) whole.push(await ingestDocument(db, doc));
    const expected = await graphSnapshot(db);
    await wipeGraph(db);
    const split = [];
    for (const doc of docs) split.push(await ingestDocument(db, doc, { rowsPerCall: 2 }));
    expect(split.map((o) => o.created)).toEqual(whole.map((o) => o.created));
    expect(split.map((o) => o.counts)).toEqual(whole.map((o) => o.counts));
    expect(Math.max(...split.map((o) => o.counts.mentions))).toBeGreaterThan(2);
    expect(await graphSnapshot(db)).toEqual(expected);
  });

  it("entity aggregates left pending by an interrupted bulk ingest are completed by the next run", async () => {
    await ingestDocument(db, summit);
    await ingestDocument(db, followup);
    const complete = await graphSnapshot(db);
    await wipeGraph(db);
    await ingestDocument(db, summit, { deferAggregates: true });
    await ingestDocument(db, followup, { deferAggregates: true });
    const stale = await graphSnapshot(db);
    const lindqvist = (g: typeof stale) => g.nodes.find((n) => n.props.id === "person:tomas-lindqvist")!.props;
    expect(lindqvist(stale).mentionCount).toBe(0);
    expect(stale.nodes.filter((n) => n.props.pendingAggregates === true)).toHaveLength(2);
    expect(await refreshPendingAggregates(db)).toBe(2);
    expect(await graphSnapshot(db)).toEqual(complete);
  });
});
