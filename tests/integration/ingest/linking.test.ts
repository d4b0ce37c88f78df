// Linking at ingest against the real Neo4j: an entity or event named in several articles is one
// node; what cannot be told apart stays apart with a scored possible-duplicate link; the outcome
// does not depend on the order articles come in (beyond ids and names, see docs/graph-model.md),
// and two writers naming the same new person at the same time make one node.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ExtractionDocumentT } from "../../../src/extract/document.ts";
import { deleteArticle, ingestDocument } from "../../../src/ingest/ingest-article.ts";
import { buildDocument, type EntitySpec } from "../../fixtures/ingest/build-document.ts";
import {
  companyDocuments,
  footballerFull,
  footballerSurname,
  mayorFull,
  mayorSurname,
  meetingReports,
  unclearSurname,
} from "../../fixtures/ingest/linking-documents.ts";
import { graphSnapshot, testDatabase, wipeGraph } from "../support.ts";

const db = testDatabase();
afterAll(() => db.close());
beforeEach(() => wipeGraph(db));

async function ingestAll(docs: ExtractionDocumentT[]) {
  for (const d of docs) await ingestDocument(db, d);
}

/** Which node each (article, extracted entity) went to, from the mentions stored. */
async function nodeOf(articleId: string, surface: string): Promise<string> {
  const [row] = await db.read((tx) => tx.run("admin/article-mentions", { articleIds: [articleId] }));
  const doc = row!.mentions;
  const snapshot = await graphSnapshot(db);
  const text = String(snapshot.nodes.find((n) => n.props.id === articleId)!.props.text);
  const m = doc.find((x) => text.slice(x.start, x.end) === surface);
  if (!m) throw new Error(`no mention "${surface}" in ${articleId}`);
  return m.entityId;
}

async function entity(id: string) {
  const { nodes } = await graphSnapshot(db);
  return nodes.find((n) => n.labels.includes("Entity") && n.props.id === id)?.props;
}

async function persons() {
  const { nodes } = await graphSnapshot(db);
  return nodes.filter((n) => n.labels.includes("Person")).map((n) => String(n.props.id)).sort();
}

describe("linking entities across articles", () => {
  it("links 'Halvorsen' the next day to Mayor Ingrid Halvorsen, whose name, city and role it shares", async () => {
    await ingestAll([mayorFull(), mayorSurname()]);
    expect(await nodeOf("bridge-budget", "Halvorsen")).toBe("person:ingrid-halvorsen");
    expect(await persons()).toEqual(["person:ingrid-halvorsen"]);
    expect((await entity("person:ingrid-halvorsen"))!.articleCount).toBe(2);
  });

  it("links a surname to the footballer, not the mayor, when the club is what it is named with", async () => {
    await ingestAll([mayorFull(), footballerFull(), mayorSurname(), footballerSurname()]);
    expect(await nodeOf("bridge-budget", "Halvorsen")).toBe("person:ingrid-halvorsen");
    expect(await nodeOf("transfer", "Halvorsen")).toBe("person:erik-halvorsen");
    expect(await persons()).toEqual(["person:erik-halvorsen", "person:ingrid-halvorsen"]);
  });

  it("keeps a Halvorsen nothing tells apart as a new person, with scored possible duplicates and reasons", async () => {
    await ingestAll([mayorFull(), footballerFull(), unclearSurname()]);
    expect(await nodeOf("letter", "Halvorsen")).toBe("person:halvorsen");
    const { relationships } = await graphSnapshot(db);
    const possible = relationships.filter((r) => r.type === "POSSIBLY_SAME_AS");
    expect(possible.map((p) => [p.from, p.to]).sort()).toEqual([
      ["person:halvorsen", "person:erik-halvorsen"],
      ["person:halvorsen", "person:ingrid-halvorsen"],
    ]);
    for (const p of possible) {
      expect(p.props.score).toBeGreaterThan(0);
      expect(p.props.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^surname of /)]));
      expect(p.props.articleId).toBe("letter");
    }
  });

  it("groups the same mentions whichever order the articles come in; the full name replaces a lone surname", async () => {
    const docs = [mayorFull(), footballerFull(), mayorSurname(), footballerSurname(), unclearSurname()];
    const personIn = (d: ExtractionDocumentT) => nodeOf(d.article.id, d.entities.find((e) => e.kind === "PERSON")!.mentions[0]!.text);
    await ingestAll(docs);
    const forward = await Promise.all(docs.map(personIn));
    await wipeGraph(db);
    await ingestAll([...docs].reverse());
    const backward = await Promise.all(docs.map(personIn));
    const partition = (ids: string[]) => ids.map((id) => ids.map((other, j) => (other === id ? j : -1)).filter((j) => j >= 0).join(","));
    expect(partition(backward)).toEqual(partition(forward));
    // Named "Halvorsen" first, the mayor's node takes her full name when an article gives it.
    const mayor = await entity(backward[0]!);
    expect(mayor!.name).toBe("Ingrid Halvorsen");
  });

  it("links a company named with and without its legal form", async () => {
    await ingestAll(companyDocuments());
    expect(await nodeOf("pharma-2", "Nordvik Pharmaceuticals")).toBe("organization:nordvik-pharmaceuticals-asa");
    const orgs = (await graphSnapshot(db)).nodes.filter((n) => n.labels.includes("Organization"));
    expect(orgs).toHaveLength(1);
  });

  it("links transliterated and accented spellings of one name (Zelenskyy, Zelensky; Tromsø, Tromso)", async () => {
    const a = buildDocument("spelling-1", "Volodymyr Zelenskyy visited Tromsø on Monday.", {
      publishedAt: "2026-02-02",
      entities: [
        { kind: "PERSON", name: "Volodymyr Zelenskyy", surfaces: ["Volodymyr Zelenskyy"] },
        { kind: "PLACE", name: "Tromsø", surfaces: ["Tromsø"] },
      ],
    });
    const b = buildDocument("spelling-2", "Volodymyr Zelensky left Tromso on Tuesday.", {
      publishedAt: "2026-02-03",
      entities: [
        { kind: "PERSON", name: "Volodymyr Zelensky", surfaces: ["Volodymyr Zelensky"] },
        { kind: "PLACE", name: "Tromso", surfaces: ["Tromso"] },
      ],
    });
    await ingestAll([a, b]);
    expect(await nodeOf("spelling-2", "Volodymyr Zelensky")).toBe(await nodeOf("spelling-1", "Volodymyr Zelenskyy"));
    expect(await nodeOf("spelling-2", "Tromso")).toBe(await nodeOf("spelling-1", "Tromsø"));
  });

  it("links an acronym used alone to the organisation it abbreviates, named in the same context", async () => {
    const a = buildDocument("agency-1", "The Baltic Energy Agency warned of shortages in Bergen.", {
      publishedAt: "2026-01-10",
      entities: [{ kind: "ORGANIZATION", name: "Baltic Energy Agency", surfaces: ["Baltic Energy Agency"] }, { kind: "PLACE", name: "Bergen", surfaces: ["Bergen"] }],
    });
    const b = buildDocument("agency-2", "The BEA said prices in Bergen would rise.", {
      publishedAt: "2026-01-12",
      entities: [{ kind: "ORGANIZATION", name: "BEA", surfaces: ["BEA"] }, { kind: "PLACE", name: "Bergen", surfaces: ["Bergen"] }],
    });
    await ingestAll([a, b]);
    expect(await nodeOf("agency-2", "BEA")).toBe("organization:baltic-energy-agency");
    expect((await entity("organization:baltic-energy-agency"))!.aliases).toContain("BEA");
  });

  it("keeps the links when an article is re-ingested, changed or not", async () => {
    await ingestAll([mayorFull(), mayorSurname()]);
    const before = await graphSnapshot(db);
    expect((await ingestDocument(db, mayorSurname())).status).toBe("unchanged");
    expect(await graphSnapshot(db)).toEqual(before);
    const changed = buildDocument("bridge-budget", "Halvorsen defended the bridge budget in Bergen. The city council will vote again in June.", {
      publishedAt: "2026-05-05",
      entities: [
        { kind: "PERSON", name: "Halvorsen", surfaces: ["Halvorsen"], roles: [{ title: "Mayor", of: "Bergen" }] },
        { kind: "PLACE", name: "Bergen", surfaces: ["Bergen"] },
        { kind: "ORGANIZATION", name: "Bergen City Council", surfaces: ["city council"] },
      ],
    });
    expect((await ingestDocument(db, changed)).replaced).toBe(true);
    expect(await nodeOf("bridge-budget", "Halvorsen")).toBe("person:ingrid-halvorsen");
    expect(await persons()).toEqual(["person:ingrid-halvorsen"]);
  });

  it("deleting the article that linked a surname leaves the person as the other article made it", async () => {
    await ingestDocument(db, mayorFull());
    const alone = await graphSnapshot(db);
    await ingestDocument(db, mayorSurname());
    await deleteArticle(db, "bridge-budget");
    expect(await graphSnapshot(db)).toEqual(alone);
  });
});

describe("linking event reports across articles", () => {
  it("makes one meeting reported by two articles one event, reported by both with each one's evidence", async () => {
    await ingestAll(meetingReports());
    const { nodes, relationships } = await graphSnapshot(db);
    const events = nodes.filter((n) => n.labels.includes("Event"));
    expect(events).toHaveLength(1);
    const id = events[0]!.props.id;
    expect(relationships.filter((r) => r.type === "REPORTS" && r.to === id).map((r) => r.from).sort()).toEqual(["meeting-1", "meeting-2"]);
    expect(relationships.filter((r) => r.type === "DESCRIBES" && r.to === id).map((r) => r.from.split("#")[0]).sort()).toEqual(["meeting-1", "meeting-2"]);
    const halvorsen = relationships.find((r) => r.type === "PARTICIPATED_IN" && r.from === "person:ingrid-halvorsen" && r.to === id)!;
    expect(halvorsen.props.articleIds).toEqual(["meeting-1", "meeting-2"]);
  });

  it("keeps the more precise date and place of a later report", async () => {
    await ingestAll(meetingReports());
    const { nodes, relationships } = await graphSnapshot(db);
    const event = nodes.find((n) => n.labels.includes("Event"))!.props;
    expect(event).toMatchObject({ date: "2026-06-12", name: "Meeting in Bergen" });
    expect(relationships.filter((r) => r.type === "TOOK_PLACE_IN").map((r) => r.to)).toEqual(["place:bergen"]);
  });

  it("the event's id is the same whichever report came first", async () => {
    const docs = meetingReports();
    await ingestAll(docs);
    const forward = (await graphSnapshot(db)).nodes.filter((n) => n.labels.includes("Event")).map((n) => n.props.id);
    await wipeGraph(db);
    await ingestAll([...docs].reverse());
    const backward = (await graphSnapshot(db)).nodes.filter((n) => n.labels.includes("Event")).map((n) => n.props.id);
    expect(backward).toEqual(forward);
  });

  it("deleting one report's article removes only its report: the event keeps the other's date and place", async () => {
    const [first, second] = meetingReports();
    await ingestDocument(db, first!);
    const alone = await graphSnapshot(db);
    await ingestDocument(db, second!);
    await deleteArticle(db, "meeting-2");
    const after = await graphSnapshot(db);
    const event = after.nodes.find((n) => n.labels.includes("Event"))!.props;
    expect(event).toMatchObject({ date: "2026-06", name: "Meeting in Norway" });
    expect(after).toEqual(alone);
  });

  it("a meeting of the same people on another day is another event", async () => {
    const [first] = meetingReports();
    const later = buildDocument("meeting-3", "Ingrid Halvorsen met Lars Vik in Norway in September to discuss the budget.", {
      publishedAt: "2026-09-20",
      entities: [
        { kind: "PERSON", name: "Ingrid Halvorsen", surfaces: ["Ingrid Halvorsen"] },
        { kind: "PERSON", name: "Lars Vik", surfaces: ["Lars Vik"] },
        { kind: "PLACE", name: "Norway", surfaces: ["Norway"] },
      ],
      events: [{ type: "MEETING", name: "Meeting in Norway", date: "2026-09", place: "Norway", sentence: "met Lars Vik", participants: [["Ingrid Halvorsen", "agent"], ["Lars Vik", "participant"]] }],
    });
    await ingestAll([first!, later]);
    expect((await graphSnapshot(db)).nodes.filter((n) => n.labels.includes("Event"))).toHaveLength(2);
  });
});

describe("reports of one meeting told differently, and look-alike meetings", () => {
  const halvorsen: EntitySpec = { kind: "PERSON", name: "Ingrid Halvorsen", surfaces: ["Ingrid Halvorsen"] };
  const vik: EntitySpec = { kind: "PERSON", name: "Lars Vik", surfaces: ["Lars Vik"] };
  const bergen: EntitySpec = { kind: "PLACE", name: "Bergen", surfaces: ["Bergen"] };
  const norway: EntitySpec = { kind: "PLACE", name: "Norway", surfaces: ["Norway"] };
  /** Halvorsen and Vik met in Bergen on June 12 (nothing says Bergen is in Norway). */
  const inBergen = () =>
    buildDocument("talks-bergen", "Ingrid Halvorsen met Lars Vik in Bergen on June 12 to discuss the harbour.", {
      publishedAt: "2026-06-13",
      entities: [halvorsen, vik, bergen],
      events: [{ type: "MEETING", name: "Meeting in Bergen", date: "2026-06-12", place: "Bergen", sentence: "met Lars Vik", participants: [["Ingrid Halvorsen", "agent"], ["Lars Vik", "participant"]] }],
    });
  const eventCount = async () => (await graphSnapshot(db)).nodes.filter((n) => n.labels.includes("Event")).length;

  it("a report without a date, placing the meeting in the country, joins the meeting in the town", async () => {
    const undated = buildDocument("talks-norway", "Ingrid Halvorsen met Lars Vik in Norway to discuss the harbour.", {
      publishedAt: "2026-06-15",
      entities: [halvorsen, vik, norway],
      events: [{ type: "MEETING", name: "Meeting in Norway", date: null, place: "Norway", sentence: "met Lars Vik", participants: [["Ingrid Halvorsen", "agent"], ["Lars Vik", "participant"]] }],
    });
    await ingestAll([inBergen(), undated]);
    expect(await eventCount()).toBe(1);
  });

  it("a report naming one participant only joins the meeting", async () => {
    const one = buildDocument("talks-one", "Ingrid Halvorsen held talks in Bergen on June 12.", {
      publishedAt: "2026-06-13",
      entities: [halvorsen, bergen],
      events: [{ type: "MEETING", name: "Meeting in Bergen", date: "2026-06-12", place: "Bergen", sentence: "held talks", participants: [["Ingrid Halvorsen", "agent"]] }],
    });
    await ingestAll([one, inBergen()]);
    expect(await eventCount()).toBe(1);
  });

  it("a report naming a participant by a surname kept apart from the full name joins the meeting told in the country that day", async () => {
    const surname = buildDocument("talks-surname", "Ingrid Halvorsen met Director Vik in Norway on June 12.", {
      publishedAt: "2026-06-14",
      entities: [halvorsen, { kind: "PERSON", name: "Vik", surfaces: ["Vik"] }, norway],
      events: [{ type: "MEETING", name: "Meeting in Norway", date: "2026-06-12", place: "Norway", sentence: "met Director Vik", participants: [["Ingrid Halvorsen", "agent"], ["Vik", "participant"]] }],
    });
    await ingestAll([inBergen(), surname]);
    expect(await eventCount()).toBe(1);
  });

  it("two readings of one sentence ('met … to discuss') are one report that joins no other meeting of its participant", async () => {
    const other = buildDocument("talks-berg", "Ingrid Halvorsen met Anna Berg in Bergen on June 9.", {
      publishedAt: "2026-06-10",
      entities: [halvorsen, { kind: "PERSON", name: "Anna Berg", surfaces: ["Anna Berg"] }, bergen],
      events: [{ type: "MEETING", name: "Meeting in Bergen", date: "2026-06-09", place: "Bergen", sentence: "met Anna Berg", participants: [["Ingrid Halvorsen", "agent"], ["Anna Berg", "participant"]] }],
    });
    const twice = inBergen();
    // The second reading: the same sentence, one participant, no date or place.
    twice.events.push({ ...twice.events[0]!, id: `${twice.events[0]!.id}:discuss`, date: null, dateText: null, placeId: null, participants: [twice.events[0]!.participants[0]!] });
    await ingestAll([other, twice]);
    expect(await eventCount()).toBe(2);
    const [row] = await db.read((tx) => tx.run("admin/article-event-reports", { articleIds: ["talks-bergen"] }));
    expect(row!.events).toHaveLength(1);
  });

  it("a meeting that day in that town with another person of the surname, named in full, is another event", async () => {
    const anna = buildDocument("talks-anna-vik", "Ingrid Halvorsen met Anna Vik in Bergen on June 12.", {
      publishedAt: "2026-06-13",
      entities: [halvorsen, { kind: "PERSON", name: "Anna Vik", surfaces: ["Anna Vik"] }, bergen],
      events: [{ type: "MEETING", name: "Meeting in Bergen", date: "2026-06-12", place: "Bergen", sentence: "met Anna Vik", participants: [["Ingrid Halvorsen", "agent"], ["Anna Vik", "participant"]] }],
    });
    await ingestAll([inBergen(), anna]);
    expect(await eventCount()).toBe(2);
  });

  it("a meeting of the same people that day in two capitals of different countries is two events", async () => {
    const city = (id: string, name: string) =>
      buildDocument(id, `Ingrid Halvorsen met Lars Vik in ${name} on June 12.`, {
        publishedAt: "2026-06-13",
        entities: [halvorsen, vik, { kind: "PLACE", name, surfaces: [name] }],
        events: [{ type: "MEETING", name: `Meeting in ${name}`, date: "2026-06-12", place: name, sentence: "met Lars Vik", participants: [["Ingrid Halvorsen", "agent"], ["Lars Vik", "participant"]] }],
      });
    await ingestAll([city("talks-oslo", "Oslo"), city("talks-lisbon", "Lisbon")]);
    expect(await eventCount()).toBe(2);
  });
});

describe("concurrent writers", () => {
  it("two writers ingesting articles about the same new person at the same time end with one node", async () => {
    const other = testDatabase();
    try {
      for (let round = 0; round < 4; round++) {
        await wipeGraph(db);
        // Round by round, each writer takes the other article first.
        const [a, b] = round % 2 === 0 ? [mayorFull(), mayorSurname()] : [mayorSurname(), mayorFull()];
        await Promise.all([ingestDocument(db, a), ingestDocument(other, b)]);
        expect(await persons()).toHaveLength(1);
        expect(await nodeOf("bridge-budget", "Halvorsen")).toBe(await nodeOf("bridge-opening", "Ingrid Halvorsen"));
      }
    } finally {
      await other.close();
    }
  });

  it("two writers reporting the same new meeting at the same time end with one event", async () => {
    const other = testDatabase();
    try {
      const [a, b] = meetingReports();
      await Promise.all([ingestDocument(db, a!), ingestDocument(other, b!)]);
      expect((await graphSnapshot(db)).nodes.filter((n) => n.labels.includes("Event"))).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});
