import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CYPHER_DIR, loadCypherDir, parseCypherFile } from "../../../src/db/cypher-registry.ts";

function allCypherFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? allCypherFiles(path.join(dir, d.name)) : d.name.endsWith(".cypher") ? [path.join(dir, d.name)] : [],
  );
}

describe("Cypher statement registry", () => {
  it("registers every .cypher file under cypher/ by its path", () => {
    const registry = loadCypherDir();
    const files = allCypherFiles(CYPHER_DIR).map((f) => path.relative(CYPHER_DIR, f).replace(/\.cypher$/, ""));
    expect([...registry.keys()].sort()).toEqual(files.sort());
    expect(registry.size).toBeGreaterThan(10);
  });

  it("gives every statement a header description", () => {
    for (const s of loadCypherDir().values()) expect(s.description, s.file).not.toBe("");
  });

  it("rejects a statement that uses a parameter its header does not declare", () => {
    expect(() => parseCypherFile("x", "x.cypher", "// Finds a thing.\n// returns: id: string\nMATCH (n {id: $id}) RETURN n.id AS id")).toThrow(
      /undeclared parameter\(s\) \$id/,
    );
  });

  it("rejects a header that declares a parameter the statement never uses", () => {
    expect(() =>
      parseCypherFile(
        "x",
        "x.cypher",
        "// Finds a thing.\n// $id: string — the id\n// $limit: int — unused\n// returns: id: string\nMATCH (n {id: $id}) RETURN n.id AS id",
      ),
    ).toThrow(/unused parameter\(s\) \$limit/);
  });

  it("ignores $ inside string literals and comments", () => {
    const s = parseCypherFile(
      "x",
      "x.cypher",
      "// Finds a thing.\n// $id: string — the id\n// returns: id: string\nMATCH (n {id: $id}) WHERE n.p <> '$notParam' RETURN n.id AS id",
    );
    expect(s.params).toEqual(["id"]);
  });

  it("reads each parameter's type and description, and the returned columns, continued on indented lines", () => {
    const s = parseCypherFile(
      "x",
      "x.cypher",
      [
        "// A page of things.",
        "// $after: {weight: number, key: string}? — keyset cursor of the last thing seen, or null",
        "// $limit: int — page size + 1",
        "// returns: id: string,",
        "//   node: Entity {.id, .kind}",
        "MATCH (n) WHERE $after IS NULL RETURN n.id AS id, n {.id, .kind} AS node LIMIT $limit",
      ].join("\n"),
    );
    expect(s.description).toBe("A page of things.");
    expect(s.paramTypes.map((p) => [p.name, p.type.kind, p.description])).toEqual([
      ["after", "nullable", "keyset cursor of the last thing seen, or null"],
      ["limit", "scalar", "page size + 1"],
    ]);
    expect(s.returns.map((c) => [c.name, c.type.kind])).toEqual([
      ["id", "scalar"],
      ["node", "nodes"],
    ]);
  });

  it("rejects a header that does not say what the statement returns", () => {
    expect(() => parseCypherFile("x", "x.cypher", "// Finds a thing.\nMATCH (n) RETURN n.id AS id")).toThrow(/returns: nothing/);
  });

  it("rejects a type it does not know, naming the file and the parameter", () => {
    expect(() => parseCypherFile("x", "cypher/x.cypher", "// Finds a thing.\n// $id: strin — the id\n// returns: nothing\nMATCH (n {id: $id}) DELETE n")).toThrow(
      /cypher\/x\.cypher: \$id: unknown type "strin"/,
    );
  });

  it("rejects a projected property no node has (a typo in the header)", () => {
    expect(() => parseCypherFile("x", "x.cypher", "// Finds a thing.\n// returns: node: Entity {.id, .nmae}\nMATCH (n) RETURN n {.id, .name} AS node")).toThrow(
      /no node has a property "nmae"/,
    );
  });

  it("gives every statement a typed parameter for each $param and says what it returns", () => {
    for (const s of loadCypherDir().values()) {
      expect(s.paramTypes.map((p) => p.name), s.file).toEqual(s.params);
      if (s.name.startsWith("schema/")) expect(s.returns, s.file).toEqual([]);
    }
  });

  it("keeps schema migrations numbered so they apply in order", () => {
    const names = [...loadCypherDir().keys()].filter((n) => n.startsWith("schema/"));
    for (const n of names) expect(n).toMatch(/^schema\/\d{3}-[a-z0-9-]+$/);
  });
});
