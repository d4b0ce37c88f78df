// Deciding which event a report is of (src/ingest/link-events.ts): reports of one article that
// tell one event, participants that may be one person, places that may be one place, and the
// choice among candidate events. The same rules against the real Neo4j are in
// tests/integration/ingest/linking.test.ts.
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../../src/seeded-random.ts";
import type { EventRow } from "../../../src/ingest/article-rows.ts";
import {
  type CandidateEvent,
  chooseEvent,
  foldArticleReports,
  mergeArticleReport,
  mergeArticleReports,
  namesMayBeOnePerson,
  placeRelation,
} from "../../../src/ingest/link-events.ts";

function report(id: string, over: Partial<EventRow> & { people?: string[] }): EventRow {
  const { people = [], ...rest } = over;
  return {
    id,
    eventId: id,
    eventElementId: null,
    linked: false,
    type: "MEETING",
    subtype: null,
    factuality: "asserted",
    name: "Meeting",
    date: null,
    dateSort: "",
    dateText: null,
    placeId: null,
    evidence: ["a#0"],
    participants: people.map((entityId, i) => ({ entityId, role: i === 0 ? "agent" : "participant" })),
    ...rest,
  };
}

const person = (id: string, name: string, possiblySame: string[] = []) => ({ id, name, kind: "PERSON", possiblySame });

function candidate(id: string, over: Partial<CandidateEvent>): CandidateEvent {
  return { id, elementId: `el-${id}`, type: "MEETING", date: null, placeId: null, placeName: null, participants: [], people: [], published: [], placeParents: [], ...over };
}

const names = new Map([
  ["person:ingrid-halvorsen", { name: "Ingrid Halvorsen", kind: "PERSON" }],
  ["person:vik", { name: "Vik", kind: "PERSON" }],
  ["person:lars-vik", { name: "Lars Vik", kind: "PERSON" }],
  ["person:anna-vik", { name: "Anna Vik", kind: "PERSON" }],
  ["place:bergen", { name: "Bergen", kind: "PLACE" }],
  ["place:norway", { name: "Norway", kind: "PLACE" }],
  ["place:lisbon", { name: "Lisbon", kind: "PLACE" }],
  ["place:portugal", { name: "Portugal", kind: "PLACE" }],
]);

describe("reports of one article", () => {
  it("fold a second trigger of the same sentence with fewer participants and no date into the full report", () => {
    const met = report("ev:met", { people: ["person:ingrid-halvorsen", "person:lars-vik"], date: "2026-06-12", placeId: "place:bergen" });
    const discuss = report("ev:discuss", { people: ["person:ingrid-halvorsen"] });
    const folded = foldArticleReports([discuss, met]);
    expect(folded.map((r) => r.id)).toEqual(["ev:met"]);
    expect(folded[0]).toMatchObject({ date: "2026-06-12", placeId: "place:bergen" });
  });

  it("stay two when the same people met on two days", () => {
    const monday = report("ev:1", { people: ["person:ingrid-halvorsen", "person:lars-vik"], date: "2026-06-08" });
    const friday = report("ev:2", { people: ["person:ingrid-halvorsen", "person:lars-vik"], date: "2026-06-12" });
    expect(foldArticleReports([monday, friday])).toHaveLength(2);
  });

  it("stay two when told in different sentences", () => {
    const one = report("ev:1", { people: ["person:ingrid-halvorsen", "person:lars-vik"] });
    const other = report("ev:2", { people: ["person:ingrid-halvorsen"], evidence: ["a#3"] });
    expect(foldArticleReports([one, other])).toHaveLength(2);
  });
});

describe("participants that may be one person", () => {
  it("a lone surname and the full name", () => expect(namesMayBeOnePerson("Vik", "Lars Vik")).toBe(true));
  it("first names with one initial, a surname transliterated two ways", () => expect(namesMayBeOnePerson("Katarina Kovalensky", "Katarzyna Kovalenskiy")).toBe(true));
  it("not two first names that differ", () => expect(namesMayBeOnePerson("Anna Vik", "Lars Vik")).toBe(false));
  it("not another surname", () => expect(namesMayBeOnePerson("Lars Vik", "Lars Dahl")).toBe(false));
});

describe("places of two reports", () => {
  const at = (placeId: string | null, placeParents: string[] = []) => ({ placeId, placeName: placeId ? names.get(placeId)!.name : null, placeParents });
  it("a capital and its country are one inside the other, by the gazetteer", () => expect(placeRelation(at("place:lisbon"), at("place:portugal"))).toBe("inside"));
  it("a town the gazetteer does not know may lie in a country", () => expect(placeRelation(at("place:bergen"), at("place:norway"))).toBe("maybe-inside"));
  it("a town the graph puts in the country is inside it", () => expect(placeRelation(at("place:bergen", ["place:norway"]), at("place:norway"))).toBe("inside"));
  it("a place written another way than the gazetteer's is looked up by its normalised name", () =>
    expect(placeRelation({ placeId: "place:kiev", placeName: "Kiev", placeParents: [] }, { placeId: "place:ukraine", placeName: "Ukraine", placeParents: [] })).toBe("inside"));
  it("a capital of another country is elsewhere", () => expect(placeRelation(at("place:lisbon"), at("place:norway"))).toBe("elsewhere"));
  it("two towns nothing relates are apart", () =>
    expect(placeRelation(at("place:bergen"), { placeId: "place:tromso", placeName: "Tromsø", placeParents: [] })).toBe("apart"));
  it("one unstated", () => expect(placeRelation(at(null), at("place:norway"))).toBe("unstated"));
});

describe("choosing the event a report is of", () => {
  const reportOf = (people: string[], over: Partial<EventRow> = {}) => ({ ...report("ev:new", { people, ...over }), publishedAt: "2026-06-13", placeParents: [], names });
  const meeting = candidate("ev:old", {
    date: "2026-06-12",
    placeId: "place:bergen",
    placeName: "Bergen",
    people: [person("person:ingrid-halvorsen", "Ingrid Halvorsen"), person("person:lars-vik", "Lars Vik")],
    published: ["2026-06-12"],
  });

  it("joins the meeting when one participant is named by a surname alone", () => {
    expect(chooseEvent(reportOf(["person:ingrid-halvorsen", "person:vik"], { date: "2026-06-12", placeId: "place:bergen" }), [meeting])?.eventId).toBe("ev:old");
  });

  it("joins the meeting when the report names one participant and no date or place", () => {
    expect(chooseEvent(reportOf(["person:ingrid-halvorsen"]), [meeting])?.eventId).toBe("ev:old");
  });

  it("joins the meeting told in the country on the same day", () => {
    expect(chooseEvent(reportOf(["person:ingrid-halvorsen", "person:lars-vik"], { date: "2026-06-12", placeId: "place:norway" }), [meeting])?.eventId).toBe("ev:old");
  });

  it("keeps apart a meeting with another person of that surname, named in full", () => {
    expect(chooseEvent(reportOf(["person:ingrid-halvorsen", "person:anna-vik"], { date: "2026-06-12", placeId: "place:bergen" }), [meeting])).toBeNull();
  });

  it("keeps apart a meeting of the same people on another day", () => {
    expect(chooseEvent(reportOf(["person:ingrid-halvorsen", "person:lars-vik"], { date: "2026-06-02", placeId: "place:bergen" }), [meeting])).toBeNull();
  });

  it("keeps apart a one-participant report in the country on another day of the month", () => {
    expect(chooseEvent(reportOf(["person:ingrid-halvorsen"], { date: "2026-06", placeId: "place:norway" }), [meeting])).toBeNull();
  });

  it("keeps a gathering of no one in the town apart from a meeting there on another day of the month", () => {
    expect(chooseEvent(reportOf([], { date: "2026-06", placeId: "place:bergen" }), [meeting])).toBeNull();
  });

  it("needs one participant that is the same entity: possibly-same alone is not enough", () => {
    const other = candidate("ev:other", { date: "2026-06-12", placeId: "place:bergen", placeName: "Bergen", people: [person("person:lars-vik", "Lars Vik", ["person:vik"])] });
    expect(chooseEvent(reportOf(["person:vik"], { date: "2026-06-12", placeId: "place:bergen" }), [other])).toBeNull();
  });
});

describe("merging one article's reports of one event", () => {
  it("in one pass gives what merging them one by one gives (evidence, participants, place, the most precise date)", () => {
    const r = seededRandom(5);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    for (let trial = 0; trial < 200; trial++) {
      const make = () =>
        Array.from({ length: 1 + Math.floor(r() * 6) }, (_, i) =>
          report(`ev:${trial}-${i}`, {
            people: [...new Set(Array.from({ length: Math.floor(r() * 4) }, () => pick(["person:a", "person:b", "person:c", "org:d"])))],
            evidence: [...new Set(Array.from({ length: 1 + Math.floor(r() * 3) }, () => `a#${Math.floor(r() * 9)}`))].sort(),
            placeId: pick([null, null, "place:x", "place:y"]),
            date: pick([null, "2026", "2026-05", "2026-05-04", "2026-05-05"]),
          }),
        );
      const one = make();
      const copy = structuredClone(one);
      for (const row of copy.slice(1)) mergeArticleReport(copy[0]!, row);
      expect(mergeArticleReports(one)).toEqual(copy[0]);
    }
  });
});
