// An event's subtype and factuality against the real Neo4j: each article's report keeps its own,
// the event is recomputed from its reports (planned while every report says planned; the subtype
// most reports name, ties to the latest report's), and that survives re-ingest, the delete of one
// report's article, and the order the articles come in. See docs/graph-model.md.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ExtractionDocumentT } from "../../../src/extract/document.ts";
import { deleteArticle, ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { announced, completed, confirmed } from "../../fixtures/ingest/helix-acquisition.ts";
import { asWrittenBeforeFacts, graphSnapshot, testDatabase, wipeGraph } from "../support.ts";

const db = testDatabase();
afterAll(() => db.close());
beforeEach(() => wipeGraph(db));

async function ingestAll(docs: ExtractionDocumentT[]) {
  for (const d of docs) await ingestDocument(db, d);
}

/** The one event of the graph: its subtype and factuality (absent when null, as Neo4j stores it). */
async function theEvent() {
  const events = (await graphSnapshot(db)).nodes.filter((n) => n.labels.includes("Event"));
  expect(events).toHaveLength(1);
  const { subtype = null, factuality = null } = events[0]!.props;
  return { subtype, factuality };
}

async function reports() {
  const { relationships } = await graphSnapshot(db);
  return relationships
    .filter((r) => r.type === "REPORTS")
    .map((r) => ({ article: r.from, subtype: r.props.subtype ?? null, factuality: r.props.factuality }));
}

describe("one report", () => {
  it("stores an announced acquisition as a planned ACQUISITION, on the event and on the report", async () => {
    await ingestDocument(db, announced());
    expect(await theEvent()).toEqual({ subtype: "ACQUISITION", factuality: "planned" });
    expect(await reports()).toEqual([{ article: "helix-announced", subtype: "ACQUISITION", factuality: "planned" }]);
  });

  it("stores an event without a subtype as asserted with no subtype", async () => {
    await ingestDocument(db, confirmed(undefined, "asserted"));
    expect(await theEvent()).toEqual({ subtype: null, factuality: "asserted" });
  });

  it("follows a re-ingested article that now tells the event as done", async () => {
    await ingestDocument(db, announced());
    expect((await ingestDocument(db, announced("asserted"))).replaced).toBe(true);
    expect(await theEvent()).toEqual({ subtype: "ACQUISITION", factuality: "asserted" });
  });
});

describe("an event reported by several articles", () => {
  it("stays planned while every report says it is still to come", async () => {
    await ingestAll([announced(), confirmed("DEAL")]);
    expect((await theEvent()).factuality).toBe("planned");
    expect((await reports()).map((r) => r.factuality)).toEqual(["planned", "planned"]);
  });

  it("becomes asserted when one report tells it as having happened", async () => {
    await ingestAll([announced(), confirmed("DEAL"), completed()]);
    expect((await theEvent()).factuality).toBe("asserted");
  });

  it("takes the subtype of the one report that names one", async () => {
    await ingestAll([confirmed(), announced()]);
    expect((await theEvent()).subtype).toBe("ACQUISITION");
  });

  it("takes the latest report's subtype on a tie, and the one most reports name otherwise", async () => {
    await ingestAll([announced(), confirmed("DEAL")]);
    expect((await theEvent()).subtype).toBe("DEAL");
    await ingestDocument(db, completed());
    expect((await theEvent()).subtype).toBe("ACQUISITION");
  });

  it("deleting the report that told it as done leaves the event as the other reports made it", async () => {
    await ingestAll([announced(), confirmed("DEAL")]);
    const planned = await graphSnapshot(db);
    await ingestDocument(db, completed());
    await deleteArticle(db, "helix-completed");
    expect(await theEvent()).toEqual({ subtype: "DEAL", factuality: "planned" });
    expect(await graphSnapshot(db)).toEqual(planned);
  });

  it("re-ingesting one report with another factuality and subtype recomputes the event", async () => {
    await ingestAll([announced(), confirmed("DEAL")]);
    await ingestDocument(db, confirmed("ACQUISITION", "asserted"));
    expect(await theEvent()).toEqual({ subtype: "ACQUISITION", factuality: "asserted" });
    await ingestDocument(db, confirmed("DEAL"));
    expect(await theEvent()).toEqual({ subtype: "DEAL", factuality: "planned" });
  });

  it("is the same event whichever order the reports come in", async () => {
    const docs = [announced(), confirmed("DEAL"), completed()];
    await ingestAll(docs);
    const forward = await graphSnapshot(db);
    await wipeGraph(db);
    await ingestAll([...docs].reverse());
    const event = (g: typeof forward) => g.nodes.find((n) => n.labels.includes("Event"))!.props;
    expect(event(await graphSnapshot(db))).toMatchObject({ subtype: event(forward).subtype, factuality: event(forward).factuality, id: event(forward).id });
  });

  it("merges two reports of one article joining the same event into one report, asserted when one of them is", async () => {
    await ingestDocument(db, announced());
    const both = confirmed("DEAL");
    const [first] = both.events;
    both.events.push({ ...first!, id: `${first!.id}:again`, subtype: "ACQUISITION", factuality: "asserted" });
    await ingestDocument(db, both);
    expect(await reports()).toEqual([
      { article: "helix-announced", subtype: "ACQUISITION", factuality: "planned" },
      { article: "helix-confirmed", subtype: "ACQUISITION", factuality: "asserted" },
    ]);
    expect(await theEvent()).toEqual({ subtype: "ACQUISITION", factuality: "asserted" });
  });
});

describe("an event stored before subtypes and factuality were", () => {
  it("reads its old reports as asserted without a subtype when another report joins it", async () => {
    await ingestDocument(db, announced());
    await asWrittenBeforeFacts(db);
    expect(await theEvent()).toEqual({ subtype: null, factuality: null });
    await ingestDocument(db, confirmed("DEAL"));
    // The old report counts as asserted: the event is asserted; only the new report names a subtype.
    expect(await theEvent()).toEqual({ subtype: "DEAL", factuality: "asserted" });
  });
});
