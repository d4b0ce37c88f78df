// The arrow of STYLE.md, checked on the imports themselves: the pure core imports nothing from
// the shell, and ingest (which the server uses) never depends on a CLI, GraphQL or server module.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/config.ts";

const SRC = path.join(PROJECT_ROOT, "src");

function sourceFiles(folder: string): string[] {
  const dir = path.join(SRC, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|js|mjs)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every module of src/ that a file under src/FOLDER imports, as "file -> src/target" lines. */
function importsIntoSrc(folder: string): { from: string; to: string }[] {
  const found: { from: string; to: string }[] = [];
  for (const file of sourceFiles(folder)) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith(".")) continue; // packages and node: built-ins
      const target = path.relative(SRC, path.resolve(path.dirname(file), fileName));
      if (!target.startsWith("..")) found.push({ from: path.relative(PROJECT_ROOT, file), to: `src/${target.split(path.sep).join("/")}` });
    }
  }
  return found;
}

const outside = (folder: string, allowed: (to: string) => boolean) =>
  importsIntoSrc(folder)
    .filter(({ to }) => !to.startsWith(`src/${folder}/`) && !allowed(to))
    .map(({ from, to }) => `${from} -> ${to}`);

describe("import directions", () => {
  it("finds the imports it checks (the checker is not vacuous)", () => {
    expect(importsIntoSrc("ingest").map((i) => i.to)).toContain("src/extract/index.ts");
  });

  it("src/extract imports nothing from src but the vocabulary and src/nlp", () => {
    expect(outside("extract", (to) => to === "src/vocabulary.ts" || to.startsWith("src/nlp/"))).toEqual([]);
  });

  it("src/nlp imports nothing else from src", () => {
    expect(outside("nlp", () => false)).toEqual([]);
  });

  it("src/ingest never imports a CLI, GraphQL or server module", () => {
    expect(outside("ingest", (to) => !/^src\/(cli|graphql|server)\//.test(to))).toEqual([]);
  });
});
