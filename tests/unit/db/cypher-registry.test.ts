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
    expect(() => parseCypherFile("x", "x.cypher", "// Finds a thing.\nMATCH (n {id: $id}) RETURN n")).toThrow(/undeclared parameter\(s\) \$id/);
  });

  it("rejects a header that declares a parameter the statement never uses", () => {
    expect(() =>
      parseCypherFile("x", "x.cypher", "// Finds a thing.\n// $id: the id\n// $limit: unused\nMATCH (n {id: $id}) RETURN n"),
    ).toThrow(/unused parameter\(s\) \$limit/);
  });

  it("ignores $ inside string literals and comments", () => {
    const s = parseCypherFile("x", "x.cypher", "// Finds a thing.\n// $id: the id\nMATCH (n {id: $id}) WHERE n.p <> '$notParam' RETURN n");
    expect(s.params).toEqual(["id"]);
  });

  it("keeps schema migrations numbered so they apply in order", () => {
    const names = [...loadCypherDir().keys()].filter((n) => n.startsWith("schema/"));
    for (const n of names) expect(n).toMatch(/^schema\/\d{3}-[a-z0-9-]+$/);
  });
});
