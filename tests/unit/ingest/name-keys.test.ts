// Name normalisation for linking: a name that happens to spell a member of Object.prototype is
// just a name (the fuzz test's `entity(name: "constructor")` once crashed the lookup).
import { describe, expect, it } from "vitest";
import { normaliseName } from "../../../src/ingest/name-keys.ts";

describe("name keys", () => {
  it("normalises 'constructor' and 'toString' as the words they are, and still respells Kiev as Kyiv", () => {
    expect(normaliseName("PLACE", "constructor")).toBe("constructor");
    expect(normaliseName("PERSON", "toString")).toBe("tostring");
    expect(normaliseName("PLACE", "Kiev")).toBe("kyiv");
  });
});
