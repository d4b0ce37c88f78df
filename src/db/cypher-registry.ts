// Loads every cypher/**/*.cypher once and exposes each as a named, parameterised statement.
// Name = path under cypher/ without the extension ("read/entity-by-id"). Each file starts with a
// header of `//` lines; a line `// $name: description` declares a parameter. Declared and used
// parameters must match, so a typo fails at load time rather than at query time.
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.ts";

export interface CypherStatement {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  readonly params: readonly string[];
  readonly description: string;
}

export const CYPHER_DIR = path.join(PROJECT_ROOT, "cypher");

const PARAM_DECL = /^\/\/\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*:/;
// A $param use outside comments and string literals.
const PARAM_USE = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

function stripCommentsAndStrings(body: string): string {
  return body
    .replace(/\/\/[^\n]*/g, "")
    .replace(/'(?:[^'\\]|\\.)*'/g, "''")
    .replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

export function parseCypherFile(name: string, file: string, source: string): CypherStatement {
  const lines = source.split("\n");
  const header: string[] = [];
  let i = 0;
  for (; i < lines.length && (lines[i]!.startsWith("//") || lines[i]!.trim() === ""); i++) header.push(lines[i]!);
  const declared = header.map((l) => PARAM_DECL.exec(l)?.[1]).filter((p): p is string => !!p);
  const body = lines.slice(i).join("\n").trim();
  if (!body) throw new Error(`${file}: no statement after the header`);
  if (header.filter((l) => l.startsWith("//")).length === 0) {
    throw new Error(`${file}: add a header comment saying what the statement does and its $params`);
  }
  const used = new Set([...stripCommentsAndStrings(body).matchAll(PARAM_USE)].map((m) => m[1]!));
  const undeclared = [...used].filter((p) => !declared.includes(p));
  const unused = declared.filter((p) => !used.has(p));
  if (undeclared.length) throw new Error(`${file}: uses undeclared parameter(s) ${undeclared.map((p) => "$" + p).join(", ")}`);
  if (unused.length) throw new Error(`${file}: declares unused parameter(s) ${unused.map((p) => "$" + p).join(", ")}`);
  const description = header
    .filter((l) => l.startsWith("//") && !PARAM_DECL.test(l))
    .map((l) => l.replace(/^\/\/\s?/, ""))
    .join(" ")
    .trim();
  return Object.freeze({ name, file, text: body, params: Object.freeze(declared), description });
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : d.name.endsWith(".cypher") ? [path.join(dir, d.name)] : []))
    .sort();
}

export function loadCypherDir(dir: string = CYPHER_DIR): ReadonlyMap<string, CypherStatement> {
  const map = new Map<string, CypherStatement>();
  for (const file of walk(dir)) {
    const name = path.relative(dir, file).replace(/\\/g, "/").replace(/\.cypher$/, "");
    map.set(name, parseCypherFile(name, path.relative(PROJECT_ROOT, file), fs.readFileSync(file, "utf8")));
  }
  return map;
}

let registry: ReadonlyMap<string, CypherStatement> | undefined;

/** The statements, read from disk on first use and kept for the life of the process. */
export function cypherRegistry(): ReadonlyMap<string, CypherStatement> {
  registry ??= loadCypherDir();
  return registry;
}

export function statement(name: string): CypherStatement {
  const s = cypherRegistry().get(name);
  if (!s) throw new Error(`No Cypher statement named "${name}" under cypher/`);
  return s;
}
