// The explorer's filter and timeline lists must name exactly what the API's enums accept: the
// browser bundle builds them from src/vocabulary.ts, the schema is printed from the same table,
// and this test reads the printed schema so that a drift on either side fails here.
import fs from "node:fs";
import { buildSchema, GraphQLEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, EVENT_TYPES, LINK_TYPES, RELATIONSHIP_TYPES } from "../../../src/explorer/queries.ts";

const schema = buildSchema(fs.readFileSync(new URL("../../../schema/schema.graphql", import.meta.url), "utf8"));
function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`schema/schema.graphql has no enum ${name}`);
  return type.getValues().map((v) => v.name).sort();
}

describe("the explorer's lists", () => {
  it("offer exactly the entity kinds of the EntityKind enum", () => {
    expect([...ENTITY_KINDS].sort()).toEqual(enumValues("EntityKind"));
  });
  it("offer exactly the event types of the EventType enum on the timeline", () => {
    expect([...EVENT_TYPES].sort()).toEqual(enumValues("EventType"));
  });
  it("filter exactly the relationship types of the RelationshipType enum", () => {
    expect([...RELATIONSHIP_TYPES].sort()).toEqual(enumValues("RelationshipType"));
  });
  it("draw exactly the links of the LinkType enum", () => {
    expect([...LINK_TYPES].sort()).toEqual(enumValues("LinkType"));
  });
});
