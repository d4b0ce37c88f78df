// Loads every cypher/**/*.cypher once and exposes each as a named, parameterised statement.
// Name = path under cypher/ without the extension ("read/entity-by-id"). Each file starts with a
// header of `//` lines: what the statement does, then
//   // $name: TYPE — what it is          one line per parameter
//   // returns: name: TYPE, name: TYPE   the columns of each row, or `returns: nothing`
// where TYPE is in the grammar of src/db/cypher-types.ts; a line indented by two or more spaces
// continues the item above it. Declared and used parameters must match, so a typo fails at load
// time rather than at query time; the types become src/db/statements.ts (`npm run schema:print`).
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config.ts";
import { CypherTypeError, parseColumns, parseCypherType, type CypherType, type MapField } from "./cypher-types.ts";

export interface CypherParam {
  readonly name: string;
  readonly type: CypherType;
  readonly description: string;
}

export interface CypherStatement {
  readonly name: string;
  readonly file: string;
  readonly text: string;
  readonly params: readonly string[];
  readonly paramTypes: readonly CypherParam[];
  /** The columns of each row; empty when the statement returns nothing. */
  readonly returns: readonly MapField[];
  readonly description: string;
}

export const CYPHER_DIR = path.join(PROJECT_ROOT, "cypher");

const PARAM_DECL = /^\/\/\s*\$([A-Za-z_][A-Za-z0-9_]*)\s*:(.*)$/;
const RETURNS_DECL = /^\/\/\s*returns\s*:(.*)$/;
const CONTINUATION = /^\/\/\s{2,}(\S.*)$/;
// A $param use outside comments and string literals.
const PARAM_USE = /\$([A-Za-z_][A-Za-z0-9_]*)/g;
const DESCRIPTION_SEPARATOR = " — ";

function stripCommentsAndStrings(body: string): string {
  return body
    .replace(/\/\/[^\n]*/g, "")
    .replace(/'(?:[^'\\]|\\.)*'/g, "''")
    .replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

interface HeaderItem {
  kind: "param" | "returns";
  name: string;
  text: string;
}

/** Splits the header into description lines and `$param` / `returns:` items (with their continuations). */
function readHeader(lines: readonly string[]): { description: string[]; items: HeaderItem[] } {
  const description: string[] = [];
  const items: HeaderItem[] = [];
  let open: HeaderItem | null = null;
  for (const line of lines) {
    if (!line.startsWith("//")) {
      open = null;
      continue;
    }
    const param = PARAM_DECL.exec(line);
    const returns = RETURNS_DECL.exec(line);
    const more = CONTINUATION.exec(line);
    if (param) items.push((open = { kind: "param", name: param[1]!, text: param[2]!.trim() }));
    else if (returns) items.push((open = { kind: "returns", name: "returns", text: returns[1]!.trim() }));
    else if (more && open) open.text += " " + more[1]!.trim();
    else {
      open = null;
      description.push(line.replace(/^\/\/\s?/, ""));
    }
  }
  return { description, items };
}

export function parseCypherFile(name: string, file: string, source: string): CypherStatement {
  const lines = source.split("\n");
  const header: string[] = [];
  let i = 0;
  for (; i < lines.length && (lines[i]!.startsWith("//") || lines[i]!.trim() === ""); i++) header.push(lines[i]!);
  const body = lines.slice(i).join("\n").trim();
  if (!body) throw new Error(`${file}: no statement after the header`);
  if (header.filter((l) => l.startsWith("//")).length === 0) {
    throw new Error(`${file}: add a header comment saying what the statement does, its $params and what it returns`);
  }
  const { description, items } = readHeader(header);
  const typed = <T>(what: string, read: () => T): T => {
    try {
      return read();
    } catch (e) {
      if (e instanceof CypherTypeError) throw new Error(`${file}: ${what}: ${e.message}`);
      throw e;
    }
  };
  const paramTypes: CypherParam[] = items
    .filter((it) => it.kind === "param")
    .map((it) => {
      const cut = it.text.indexOf(DESCRIPTION_SEPARATOR);
      const typeText = (cut < 0 ? it.text : it.text.slice(0, cut)).trim();
      const type = typed(`$${it.name}`, () => parseCypherType(typeText));
      return { name: it.name, type, description: cut < 0 ? "" : it.text.slice(cut + DESCRIPTION_SEPARATOR.length).trim() };
    });
  const declared = paramTypes.map((p) => p.name);
  const returnItems = items.filter((it) => it.kind === "returns");
  if (returnItems.length !== 1) {
    throw new Error(`${file}: say once what each row holds (\`// returns: name: type, …\`), or \`// returns: nothing\``);
  }
  const returnsText = returnItems[0]!.text;
  const returns = returnsText === "nothing" ? [] : typed("returns", () => parseColumns(returnsText));
  const used = new Set([...stripCommentsAndStrings(body).matchAll(PARAM_USE)].map((m) => m[1]!));
  const undeclared = [...used].filter((p) => !declared.includes(p));
  const unused = declared.filter((p) => !used.has(p));
  if (undeclared.length) throw new Error(`${file}: uses undeclared parameter(s) ${undeclared.map((p) => "$" + p).join(", ")}`);
  if (unused.length) throw new Error(`${file}: declares unused parameter(s) ${unused.map((p) => "$" + p).join(", ")}`);
  return Object.freeze({
    name,
    file,
    text: body,
    params: Object.freeze(declared),
    paramTypes: Object.freeze(paramTypes),
    returns: Object.freeze(returns),
    description: description.join(" ").trim(),
  });
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
