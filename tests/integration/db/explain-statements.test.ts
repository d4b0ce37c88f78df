// Every statement under cypher/ is planned by the real Neo4j (EXPLAIN: parsed and planned, never
// run), with parameters of the types its header declares, so a syntax error, an unknown
// variable or a parameter the planner rejects fails here rather than in a request.
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { loadCypherDir } from "../../../src/db/cypher-registry.ts";
import type { CypherType } from "../../../src/db/cypher-types.ts";
import { VOCABULARY } from "../../../src/db/cypher-types.ts";
import {
  ENTITY_KINDS,
  EVENT_FACTUALITIES,
  EVENT_SUBTYPES,
  EVENT_TYPES,
  LINK_TYPES,
  NODE_KINDS,
  PARTICIPANT_ROLES,
  RELATIONSHIP_TYPES,
} from "../../../src/vocabulary.ts";

const LISTS = { ENTITY_KINDS, NODE_KINDS, EVENT_TYPES, EVENT_SUBTYPES, EVENT_FACTUALITIES, RELATIONSHIP_TYPES, LINK_TYPES, PARTICIPANT_ROLES };
import { testDatabase } from "../support.ts";

const db = testDatabase();
afterAll(() => db.close());

/** A plausible value of a declared type: the first option of a union, one item of a list, maps filled in. */
function sample(t: CypherType): unknown {
  switch (t.kind) {
    case "scalar":
      return { string: "x", int: neo4j.int(1), number: 1, boolean: true, map: {}, null: null }[t.name];
    case "vocabulary":
      return LISTS[VOCABULARY[t.name]][0];
    case "literal":
      return t.value;
    case "list":
      return [sample(t.of)];
    case "nullable":
      return sample(t.of);
    case "union":
      return sample(t.of[0]!);
    case "map":
      return Object.fromEntries(t.fields.map((f) => [f.name, sample(f.type)]));
    case "nodes":
      throw new Error("a node projection is a row type, not a parameter type");
  }
}

const statements = [...loadCypherDir().values()];

describe("every Cypher statement", () => {
  it.each(statements.map((s) => [s.name, s] as const))("plans %s with parameters of its declared types", async (_name, s) => {
    const params = Object.fromEntries(s.paramTypes.map((p) => [p.name, sample(p.type)]));
    const session = db.driver.session({ database: db.name });
    try {
      const result = await session.run(`EXPLAIN ${s.text}`, params);
      expect(result.summary.plan, s.file).toBeTruthy();
    } finally {
      await session.close();
    }
  });
});
