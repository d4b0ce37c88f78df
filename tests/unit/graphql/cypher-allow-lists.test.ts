// The read statements spell out the relationship types they walk (types cannot be parameters in a
// pattern without dynamic syntax); they must match the vocabulary's allow-list. A failure lists
// every file and pattern to change, with the types it lacks or has too many.
import { describe, expect, it } from "vitest";
import { loadCypherDir } from "../../../src/db/cypher-registry.ts";
import { RELATIONSHIP_TYPES } from "../../../src/vocabulary.ts";

describe("read statements' relationship type lists", () => {
  it("name exactly the allowed relationship types (plus PARTICIPATED_IN where events are walked)", () => {
    const expected = new Set<string>(RELATIONSHIP_TYPES);
    const wrong: { file: string; missing: string[]; unknown: string[] }[] = [];
    let checked = 0;
    for (const s of loadCypherDir().values()) {
      if (!s.name.startsWith("read/")) continue;
      for (const m of s.text.matchAll(/\[[a-z]*:((?:[A-Z_]+\|)+[A-Z_]+)(?:\*[0-9.]*)?\]/g)) {
        const types = new Set(m[1]!.split("|").filter((t) => t !== "PARTICIPATED_IN"));
        const missing = [...expected].filter((t) => !types.has(t));
        const unknown = [...types].filter((t) => !expected.has(t));
        if (missing.length || unknown.length) wrong.push({ file: s.file, missing, unknown });
        checked++;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(5);
  });
});
