// Merge, split and keep-apart against the real Neo4j: what moves, what is recorded, what
// re-ingesting keeps, and that bad input changes nothing. "The graph" compared before and after is
// everything but the decision log (IdentityDecision and LinkPin nodes), which only grows.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { IdentityDecisionError, keepEntitiesApart, mergeEntities, splitEntity } from "../../../src/ingest/identity-decisions.ts";
import { ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { buildDocument } from "../../fixtures/ingest/build-document.ts";
import { dahlDocuments } from "../../fixtures/ingest/linking-documents.ts";
import { type GraphSnapshot, graphSnapshot, testDatabase, wipeGraph } from "../support.ts";

const db = testDatabase();
afterAll(() => db.close());
const ctx = { by: "test analyst", reason: "same chief executive" };

beforeEach(async () => {
  await wipeGraph(db);
  for (const d of dahlDocuments()) await ingestDocument(db, d);
});

const LOG = ["IdentityDecision", "LinkPin"];
/** The graph without the decision log. */
async function knowledgeGraph(): Promise<GraphSnapshot> {
  const g = await graphSnapshot(db);
  return { nodes: g.nodes.filter((n) => !n.labels.some((l) => LOG.includes(l))), relationships: g.relationships };
}
const merge = () => db.write((tx) => mergeEntities(tx, "person:erik-dahl", "person:rikard-dahl", ctx));

describe("mergeEntities", () => {
  it("moves mentions, the article's view, relationships, event participations and aliases onto the kept entity", async () => {
    const outcome = await merge();
    expect(outcome).toMatchObject({ keepId: "person:erik-dahl", mergedId: "person:rikard-dahl", articlesMoved: 1 });
    const { nodes, relationships } = await knowledgeGraph();
    expect(nodes.find((n) => n.props.id === "person:rikard-dahl")).toBeUndefined();
    const erik = nodes.find((n) => n.props.id === "person:erik-dahl")!.props;
    expect(erik).toMatchObject({ articleCount: 2, mentionCount: 3 });
    expect(erik.aliases).toEqual(expect.arrayContaining(["Erik Dahl", "Rikard Dahl"]));
    const mentions = relationships.filter((r) => r.type === "MENTIONS" && r.to === "person:erik-dahl");
    expect(mentions.map((m) => m.from.split("#")[0]).sort()).toEqual(["dahl-oslo", "dahl-oslo", "dahl-stockholm"]);
    const leads = relationships.filter((r) => r.type === "LEADER_OF" && r.to === "organization:nordvik-shipping");
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ from: "person:erik-dahl", props: { articleIds: ["dahl-oslo", "dahl-stockholm"], weight: 2 } });
    const events = relationships.filter((r) => r.type === "PARTICIPATED_IN" && r.from === "person:erik-dahl").map((r) => r.props.articleIds);
    expect(events.sort()).toEqual([["dahl-oslo"], ["dahl-stockholm"]]);
    // Nothing points at the merged entity any more.
    expect(relationships.filter((r) => r.from === "person:rikard-dahl" || r.to === "person:rikard-dahl")).toEqual([]);
  });

  it("leaves no orphan: every name key names something, every relationship has both ends", async () => {
    await merge();
    const { nodes, relationships } = await graphSnapshot(db);
    const keys = nodes.filter((n) => n.labels.includes("NameKey")).map((n) => String(n.props.key));
    const named = new Set(relationships.filter((r) => r.type === "NAMES").map((r) => r.from));
    expect(keys.filter((k) => !named.has(k))).toEqual([]);
    expect(keys).toContain("ID|person:rikard-dahl");
  });

  it("a split of exactly the merged articles gives back the graph as it was", async () => {
    const before = await knowledgeGraph();
    await merge();
    const split = await db.write((tx) => splitEntity(tx, "person:erik-dahl", ["dahl-stockholm"], { ...ctx, reason: "two people after all" }));
    expect(split).toMatchObject({ newEntityId: "person:rikard-dahl", restored: true, articlesMoved: 1 });
    expect(await knowledgeGraph()).toEqual(before);
  });

  it("re-ingesting a changed article of the merged entity keeps it merged", async () => {
    await merge();
    const changed = buildDocument("dahl-stockholm", "Rikard Dahl, who runs Nordvik Shipping, met Ana Silva in Stockholm on April 10.", {
      publishedAt: "2026-04-11",
      entities: [
        { kind: "PERSON", name: "Rikard Dahl", surfaces: ["Rikard Dahl"] },
        { kind: "ORGANIZATION", name: "Nordvik Shipping", surfaces: ["Nordvik Shipping"] },
        { kind: "PERSON", name: "Ana Silva", surfaces: ["Ana Silva"] },
        { kind: "PLACE", name: "Stockholm", surfaces: ["Stockholm"] },
      ],
    });
    expect(await ingestDocument(db, changed)).toMatchObject({ status: "written", replaced: true });
    const { nodes } = await knowledgeGraph();
    expect(nodes.filter((n) => n.labels.includes("Person")).map((n) => n.props.id).sort()).toEqual(["person:ana-silva", "person:dahl", "person:erik-dahl", "person:lars-vik"]);
  });

  it("a new article naming the merged entity's name links to the kept one", async () => {
    await merge();
    const later = buildDocument("dahl-later", "Rikard Dahl opened an office in Bergen.", {
      publishedAt: "2026-05-01",
      entities: [
        { kind: "PERSON", name: "Rikard Dahl", surfaces: ["Rikard Dahl"] },
        { kind: "PLACE", name: "Bergen", surfaces: ["Bergen"] },
      ],
    });
    const outcome = await ingestDocument(db, later);
    expect(outcome.links.find((l) => l.extractedId === "person:rikard-dahl")).toMatchObject({ entityId: "person:erik-dahl", how: "id" });
  });

  it("records who decided, when and why", async () => {
    await merge();
    const log = (await graphSnapshot(db)).nodes.filter((n) => n.labels.includes("IdentityDecision")).map((n) => n.props);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ action: "MERGE", entityId: "person:erik-dahl", otherId: "person:rikard-dahl", by: "test analyst", reason: "same chief executive", articleIds: ["dahl-stockholm"] });
    expect(Date.parse(String(log[0]!.at))).not.toBeNaN();
  });
});

describe("splitEntity", () => {
  it("splits an article's view off into a new entity named as that article names it", async () => {
    await merge();
    // Another merge's articles: the split is not an undo, so it makes an entity of its own.
    await db.write((tx) => mergeEntities(tx, "person:erik-dahl", "person:dahl", ctx));
    const split = await db.write((tx) => splitEntity(tx, "person:erik-dahl", ["dahl-stockholm", "dahl-letter"], ctx));
    expect(split.restored).toBe(false);
    const { nodes } = await knowledgeGraph();
    const made = nodes.find((n) => n.props.id === split.newEntityId)!.props;
    expect(made.articleCount).toBe(2);
    expect(["person:dahl", "person:rikard-dahl"]).toContain(split.newEntityId);
  });

  it("re-ingesting a split-off article keeps it apart", async () => {
    await merge();
    await db.write((tx) => splitEntity(tx, "person:erik-dahl", ["dahl-stockholm"], ctx));
    const again = buildDocument("dahl-stockholm", "Rikard Dahl, who runs Nordvik Shipping, met Ana Silva in Stockholm on April 9. He flew home.", {
      publishedAt: "2026-04-10",
      entities: [
        { kind: "PERSON", name: "Rikard Dahl", surfaces: ["Rikard Dahl"] },
        { kind: "ORGANIZATION", name: "Nordvik Shipping", surfaces: ["Nordvik Shipping"] },
      ],
    });
    const outcome = await ingestDocument(db, again);
    expect(outcome.links.find((l) => l.extractedId === "person:rikard-dahl")).toMatchObject({ entityId: "person:rikard-dahl", how: "pin" });
  });
});

describe("keepEntitiesApart", () => {
  it("removes the possible duplicate, and re-ingesting the article does not bring it back", async () => {
    const apart = await db.write((tx) => keepEntitiesApart(tx, "person:erik-dahl", "person:dahl", { ...ctx, reason: "the letter is from someone else" }));
    const { relationships } = await graphSnapshot(db);
    expect(relationships.filter((r) => r.type === "POSSIBLY_SAME_AS" && r.to === "person:erik-dahl")).toEqual([]);
    expect(relationships.find((r) => r.type === "DIFFERENT_FROM")).toMatchObject({ from: "person:dahl", to: "person:erik-dahl", props: { decisionId: apart.decisionId } });
    const letter = buildDocument("dahl-letter", "A letter signed by Dahl was read out at the meeting on Friday.", {
      publishedAt: "2026-04-12",
      entities: [{ kind: "PERSON", name: "Dahl", surfaces: ["Dahl"] }],
    });
    await ingestDocument(db, letter);
    const after = await graphSnapshot(db);
    expect(after.relationships.filter((r) => r.type === "POSSIBLY_SAME_AS" && r.to === "person:erik-dahl")).toEqual([]);
    expect(after.nodes.filter((n) => n.props.id === "person:dahl")).toHaveLength(1);
  });
});

describe("refused decisions change nothing", () => {
  const refused = async (work: () => Promise<unknown>, problem: string, ids: string[]) => {
    const before = await graphSnapshot(db);
    const err = await work().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IdentityDecisionError);
    expect(err).toMatchObject({ problem, ids });
    expect((err as Error).message.length).toBeGreaterThan(20);
    expect(await graphSnapshot(db)).toEqual(before);
  };

  it("an unknown entity id", async () => {
    await refused(() => db.write((tx) => mergeEntities(tx, "person:erik-dahl", "person:nobody", ctx)), "UNKNOWN_ENTITY", ["person:nobody"]);
    await refused(() => db.write((tx) => splitEntity(tx, "person:nobody", ["dahl-oslo"], ctx)), "UNKNOWN_ENTITY", ["person:nobody"]);
  });

  it("merging an entity into itself", async () => {
    await refused(() => db.write((tx) => mergeEntities(tx, "person:erik-dahl", "person:erik-dahl", ctx)), "SAME_ENTITY", ["person:erik-dahl"]);
  });

  it("entities of different kinds", async () => {
    await refused(() => db.write((tx) => mergeEntities(tx, "person:erik-dahl", "organization:nordvik-shipping", ctx)), "DIFFERENT_KINDS", ["person:erik-dahl", "organization:nordvik-shipping"]);
  });

  it("an article the entity is not in, and every article of it", async () => {
    await refused(() => db.write((tx) => splitEntity(tx, "person:erik-dahl", ["dahl-stockholm"], ctx)), "ARTICLE_NOT_NAMING_ENTITY", ["dahl-stockholm"]);
    await refused(() => db.write((tx) => splitEntity(tx, "person:erik-dahl", ["dahl-oslo"], ctx)), "ALL_ARTICLES", ["person:erik-dahl"]);
  });
});
