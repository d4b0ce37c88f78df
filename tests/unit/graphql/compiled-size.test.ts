// compiledSize: what graphql-jit would spell out for a document, so that a document whose code
// grows with the possible types at every level (entity lists nested deep) is left to graphql-js
// instead of compiling to exponential size and exhausting the heap.
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../../src/graphql/schema.ts";
import { COMPILE_BUDGET, compiledSize } from "../../../src/server/compiled-execution.ts";

const nested = (depth: number) => {
  let inner = "name";
  for (let i = 0; i < depth; i++) inner = `relationships(first: 1) { edges { node { ${inner} } } }`;
  return parse(`{ entity(name: "putin") { ${inner} } }`);
};

describe("compiledSize", () => {
  it("counts each field once per possible type of the abstract field above it", () => {
    // entity → 4 entity types; each: name and relationships → edges → node → 4 types → name.
    expect(compiledSize(schema, nested(0), undefined)).toBe(1 + 4);
    expect(compiledSize(schema, nested(1), undefined)).toBe(1 + 4 * (3 + 4));
  });

  it("keeps an entity card and a page of entities far under the budget", () => {
    const card = parse(`{ entity(name: "putin") { name kind mentionCount relationships(first: 20) { edges { type direction weight node { name } evidence(first: 1) { sentence article { title } } } } } }`);
    expect(compiledSize(schema, card, undefined)).toBeLessThan(COMPILE_BUDGET / 20);
  });

  it("goes over the budget for entity lists nested within maxDepth, and stops counting there", () => {
    const size = compiledSize(schema, nested(10), undefined);
    expect(size).toBeGreaterThan(COMPILE_BUDGET);
    expect(size).toBeLessThan(COMPILE_BUDGET + 50);
  });

  it("follows fragments and inline fragments only into the types they apply to", () => {
    const doc = parse(`query { entity(name: "putin") { ...P ... on Place { name } } } fragment P on Person { name aliases }`);
    // entity (1) + Person: name, aliases (2) + Place: name (1).
    expect(compiledSize(schema, doc, undefined)).toBe(4);
  });
});
