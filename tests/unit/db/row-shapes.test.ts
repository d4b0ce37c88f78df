// Rows are checked against the `returns:` header of their statement (under test, every row), so a
// projection that drifts from its declared shape fails a test instead of reaching a client.
import { describe, expect, it } from "vitest";
import { parseCypherType, toTypeScript, toZod } from "../../../src/db/cypher-types.ts";
import { parseRow, RowShapeError, type Tx } from "../../../src/db/database.ts";

const person = { id: "person:vladimir-putin", kind: "PERSON", name: "Vladimir Putin", aliases: ["Putin"], mentionCount: 3, articleCount: 1, roles: [] };

describe("row shapes", () => {
  it("accepts a row as its header declares it", () => {
    expect(parseRow("read/entity-relationship-counts", { id: "person:x", count: 2 })).toEqual({ id: "person:x", count: 2 });
  });

  it("refuses a row missing a declared column, naming the statement's file", () => {
    expect(() => parseRow("read/entity-relationship-counts", { id: "person:x" })).toThrow(RowShapeError);
    expect(() => parseRow("read/entity-relationship-counts", { id: "person:x" })).toThrow(/cypher\/read\/entity-relationship-counts\.cypher: .*count/);
  });

  it("refuses a projection that gained a key its header does not declare", () => {
    const row = { id: "article-1", entities: [{ ...person, sortName: "vladimir putin" }] };
    expect(() => parseRow("read/article-entities", row)).toThrow(/sortName/);
  });

  it("refuses a value of the wrong type, or a name outside the vocabulary", () => {
    expect(() => parseRow("read/event-participants", { id: "e", participants: [{ role: "villain", node: person }] })).toThrow(RowShapeError);
    expect(() => parseRow("read/entity-relationship-counts", { id: "person:x", count: "2" })).toThrow(/expected number/);
  });

  it("tells the nodes of a mixed projection apart by kind: an event has no roles, an entity no event type", () => {
    const entity = { ...person, type: null, subtype: null, factuality: null, date: null, dateText: null };
    const event = { id: "event:a:MEETING:0", kind: "EVENT", name: "talks", aliases: ["talks"], mentionCount: 1, articleCount: null, roles: null, type: "MEETING", subtype: null, factuality: "planned", date: null, dateText: null };
    expect(parseRow("read/search-names", { score: 1.5, node: entity }).node.kind).toBe("PERSON");
    expect(parseRow("read/search-names", { score: 1.5, node: event }).node.kind).toBe("EVENT");
    expect(() => parseRow("read/search-names", { score: 1, node: { ...event, roles: [] } })).toThrow(RowShapeError);
    expect(() => parseRow("read/search-names", { score: 1, node: { ...entity, type: "MEETING" } })).toThrow(RowShapeError);
  });
});

describe("the header type grammar", () => {
  it("prints a parameter's TypeScript: readonly lists, Neo4j Integers for int, null for ?", () => {
    expect(toTypeScript(parseCypherType("{after: {weight: number, key: string}?, limit: int, types: [RelationshipType]?}"), "param")).toBe(
      "{ after: { weight: number; key: string } | null; limit: Integer; types: readonly RelationshipType[] | null }",
    );
  });

  it("prints a row's TypeScript and zod, with the types of projected properties taken from the node table", () => {
    const t = parseCypherType("Sentence {.id, .index}");
    expect(toTypeScript(t, "row")).toBe("{ id: string; index: number }");
    expect(toZod(t)).toBe("z.strictObject({ id: z.string(), index: z.number().int() })");
  });

  it("reads string literal unions and parenthesised nullable unions", () => {
    expect(toTypeScript(parseCypherType("('OUT' | 'IN')?"), "row")).toBe('"OUT" | "IN" | null');
    expect(toTypeScript(parseCypherType("[Entity|Event {.id, .kind}]"), "row")).toBe('({ id: string; kind: EntityKind } | { id: string; kind: "EVENT" })[]');
  });
});

describe("the typed tx.run (checked by tsc, never run)", () => {
  it("requires the parameters a statement declares, of their types, and types its rows", () => {
    const uses = async (tx: Tx) => {
      await tx.run("read/stats");
      // @ts-expect-error read/entities-by-id takes $ids
      await tx.run("read/entities-by-id");
      // @ts-expect-error $limit is a Neo4j Integer (neo4j.int), not a JS number
      await tx.run("read/articles-page", { after: null, limit: 20 });
      // @ts-expect-error a statement that is not under cypher/
      await tx.run("read/no-such-statement");
      const [row] = await tx.run("read/entity-relationship-counts", { ids: ["x"], types: null, direction: "BOTH", former: null });
      // @ts-expect-error rows have exactly the declared columns
      return row?.weight;
    };
    expect(typeof uses).toBe("function");
  });
});
