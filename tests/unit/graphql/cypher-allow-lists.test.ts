// The read statements spell out the relationship types they walk (types cannot be parameters in a
// pattern without dynamic syntax); they must match the extraction contract's allow-list.
import { describe, expect, it } from "vitest";
import { loadCypherDir } from "../../../src/db/cypher-registry.ts";
import { RELATIONSHIP_TYPES } from "../../../src/vocabulary.ts";

describe("read statements' relationship type lists", () => {
  it("name exactly the allowed relationship types (plus PARTICIPATED_IN where events are walked)", () => {
    const expected = [...RELATIONSHIP_TYPES].sort();
    let checked = 0;
    for (const s of loadCypherDir().values()) {
      if (!s.name.startsWith("read/")) continue;
      for (const m of s.text.matchAll(/\[[a-z]*:((?:[A-Z_]+\|)+[A-Z_]+)\]/g)) {
        const types = m[1]!.split("|").filter((t) => t !== "PARTICIPATED_IN").sort();
        expect(types, s.file).toEqual(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});
