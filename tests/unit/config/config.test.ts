import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../src/config/config.ts";

describe("configuration", () => {
  it("defaults to the local Neo4j and port 4000 when nothing is set", () => {
    const c = loadConfig({});
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.port).toBe(4000);
    expect(c.neo4j.database).toBe("neo4j");
    expect(Object.isFrozen(c)).toBe(true);
  });

  it("reports every invalid variable in one message", () => {
    try {
      loadConfig({ PORT: "99999", NEO4J_URI: "http://x", NEO4J_LOCAL_HEAP: "lots" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as Error).message;
      expect(msg).toMatch(/PORT: PORT must be between 1 and 65535/);
      expect(msg).toMatch(/NEO4J_URI: NEO4J_URI must look like bolt:\/\//);
      expect(msg).toMatch(/NEO4J_LOCAL_HEAP/);
      expect(msg).toMatch(/README/);
    }
  });

  it("requires a password when NEO4J_URI names an existing server", () => {
    expect(() => loadConfig({ NEO4J_URI: "bolt://db:7687" })).toThrow(/NEO4J_PASSWORD: required/);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ PORT: "", NEO4J_URI: "" }).port).toBe(4000);
  });
});
