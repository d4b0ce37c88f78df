// The small type language of .cypher headers: what a `$param` takes and what each row returns.
// One parser, two printers: TypeScript types (src/db/statements.ts, checked by tsc) and zod schemas
// (the same file, checked against real rows in tests). The grammar, by example:
//
//   string  boolean  map            a string, a boolean, any property map
//   int                             rows: a whole number; params: a Neo4j Integer (neo4j.int)
//   number                          rows: any number; params: a JS number (sent as a Float)
//   null                            always null (`null AS name`)
//   EventType  NodeKind  …          a name list of src/vocabulary.ts (see VOCABULARY)
//   'OUT' | 'IN'                    string literals, and any union with |
//   T?                              T or null; (A | B)? for a nullable union
//   [T]                             a list
//   {weight: int, key: string}      a map with exactly these keys
//   Entity|Event {.id, .kind, placeId: string?}
//                                   a map projection of nodes of these labels, as in the Cypher
//                                   (`n {.id, .kind, placeId: placeId}`): `.prop` takes its type
//                                   from NODE_PROPERTIES (null on a label without it, as Cypher
//                                   reads it); several labels give a union discriminated by `kind`.
import { NODE_PROPERTIES, type NodeLabel } from "./node-properties.ts";

export const VOCABULARY = {
  EntityKind: "ENTITY_KINDS",
  NodeKind: "NODE_KINDS",
  EventType: "EVENT_TYPES",
  EventSubtype: "EVENT_SUBTYPES",
  EventFactuality: "EVENT_FACTUALITIES",
  RelationshipType: "RELATIONSHIP_TYPES",
  LinkType: "LINK_TYPES",
  ParticipantRole: "PARTICIPANT_ROLES",
} as const;
export type VocabularyName = keyof typeof VOCABULARY;

const SCALARS = ["string", "int", "number", "boolean", "map", "null"] as const;
type ScalarName = (typeof SCALARS)[number];

export interface MapField {
  readonly name: string;
  readonly type: CypherType;
}

export type CypherType =
  | { readonly kind: "scalar"; readonly name: ScalarName }
  | { readonly kind: "vocabulary"; readonly name: VocabularyName }
  | { readonly kind: "literal"; readonly value: string }
  | { readonly kind: "list"; readonly of: CypherType }
  | { readonly kind: "nullable"; readonly of: CypherType }
  | { readonly kind: "union"; readonly of: readonly CypherType[] }
  | { readonly kind: "map"; readonly fields: readonly MapField[] }
  | { readonly kind: "nodes"; readonly labels: readonly NodeLabel[]; readonly items: readonly ProjectionItem[] };

/** `.prop` (typed from NODE_PROPERTIES) or `key: type` (a computed entry). */
export type ProjectionItem = { readonly property: string } | MapField;

export class CypherTypeError extends Error {
  override name = "CypherTypeError";
}

const TOKEN = /\s*('(?:[^'\\]|\\.)*'|[A-Za-z_][A-Za-z0-9_]*|[[\]{}(),:|?.])/y;

function tokenize(source: string): string[] {
  const tokens: string[] = [];
  let at = 0;
  while (source.slice(at).trim() !== "") {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(source);
    if (!m) throw new CypherTypeError(`cannot read "${source.slice(at).trim()}" in type "${source}"`);
    tokens.push(m[1]!);
    at = TOKEN.lastIndex;
  }
  return tokens;
}

const isLabel = (name: string): name is NodeLabel => Object.hasOwn(NODE_PROPERTIES, name);
const isVocabulary = (name: string): name is VocabularyName => Object.hasOwn(VOCABULARY, name);
const isScalar = (name: string): name is ScalarName => SCALARS.some((s) => s === name);

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: string[],
    private readonly source: string,
  ) {}

  private peek(): string | undefined {
    return this.tokens[this.i];
  }
  private next(): string {
    const t = this.tokens[this.i++];
    if (t === undefined) throw new CypherTypeError(`type "${this.source}" ends too early`);
    return t;
  }
  private expect(text: string): void {
    const t = this.next();
    if (t !== text) throw new CypherTypeError(`expected "${text}" but found "${t}" in type "${this.source}"`);
  }
  done(): boolean {
    return this.i >= this.tokens.length;
  }

  type(): CypherType {
    const options = [this.optional()];
    while (this.peek() === "|") {
      this.next();
      options.push(this.optional());
    }
    return options.length === 1 ? options[0]! : { kind: "union", of: options };
  }

  private optional(): CypherType {
    const t = this.primary();
    if (this.peek() !== "?") return t;
    this.next();
    return { kind: "nullable", of: t };
  }

  private primary(): CypherType {
    const t = this.next();
    if (t === "(") {
      const inner = this.type();
      this.expect(")");
      return inner;
    }
    if (t === "[") {
      const of = this.type();
      this.expect("]");
      return { kind: "list", of };
    }
    if (t === "{") return { kind: "map", fields: this.fields() };
    if (t.startsWith("'")) return { kind: "literal", value: t.slice(1, -1).replace(/\\(.)/g, "$1") };
    if (isLabel(t)) return this.projection(t);
    if (isScalar(t)) return { kind: "scalar", name: t };
    if (isVocabulary(t)) return { kind: "vocabulary", name: t };
    throw new CypherTypeError(
      `unknown type "${t}" in "${this.source}": use ${SCALARS.join(", ")}, a vocabulary name (${Object.keys(VOCABULARY).join(", ")}), ` +
        `a 'literal', [list], {map} or a node projection (${Object.keys(NODE_PROPERTIES).join(", ")})`,
    );
  }

  private fields(): MapField[] {
    const fields: MapField[] = [];
    while (this.peek() !== "}") {
      const name = this.next();
      this.expect(":");
      fields.push({ name, type: this.type() });
      if (this.peek() === ",") this.next();
      else break;
    }
    this.expect("}");
    return fields;
  }

  private projection(first: NodeLabel): CypherType {
    const labels: NodeLabel[] = [first];
    while (this.peek() === "|") {
      this.next();
      const l = this.next();
      if (!isLabel(l)) throw new CypherTypeError(`"${l}" is not a node label in "${this.source}"`);
      labels.push(l);
    }
    this.expect("{");
    const items: ProjectionItem[] = [];
    while (this.peek() !== "}") {
      if (this.peek() === ".") {
        this.next();
        const property = this.next();
        // A property of another label reads as null here; one no label has is a typo.
        if (!Object.values(NODE_PROPERTIES).some((props) => Object.hasOwn(props, property))) {
          throw new CypherTypeError(`no node has a property "${property}" (see src/db/node-properties.ts)`);
        }
        items.push({ property });
      } else {
        const name = this.next();
        this.expect(":");
        items.push({ name, type: this.type() });
      }
      if (this.peek() === ",") this.next();
      else break;
    }
    this.expect("}");
    return { kind: "nodes", labels, items };
  }
}

/** Parses one type. Throws CypherTypeError naming what it could not read. */
export function parseCypherType(source: string): CypherType {
  const p = new Parser(tokenize(source), source);
  const t = p.type();
  if (!p.done()) throw new CypherTypeError(`unexpected text after the type in "${source}"`);
  return t;
}

/** Parses `name: type, name: type` (a RETURN clause's columns). */
export function parseColumns(source: string): MapField[] {
  const t = parseCypherType(`{${source}}`);
  if (t.kind !== "map") throw new CypherTypeError(`expected columns "name: type, …", got "${source}"`);
  return [...t.fields];
}

let propertyTypes: Map<string, CypherType> | undefined;
function propertyType(label: NodeLabel, property: string): CypherType {
  propertyTypes ??= new Map(
    Object.entries(NODE_PROPERTIES).flatMap(([l, props]) =>
      Object.entries(props).map(([p, t]): [string, CypherType] => [`${l}.${p}`, parseCypherType(t)]),
    ),
  );
  return propertyTypes.get(`${label}.${property}`) ?? { kind: "scalar", name: "null" };
}

/** One object type per label of a projection: its entries and their types (absent properties are null). */
export function projectionVariants(t: Extract<CypherType, { kind: "nodes" }>): MapField[][] {
  return t.labels.map((label) =>
    t.items.map((item) => ("property" in item ? { name: item.property, type: propertyType(label, item.property) } : item)),
  );
}

export type Side = "param" | "row";

const key = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : JSON.stringify(name));

/** The TypeScript type. Params take readonly lists and Neo4j Integers for `int`. */
export function toTypeScript(t: CypherType, side: Side): string {
  switch (t.kind) {
    case "scalar":
      if (t.name === "int") return side === "param" ? "Integer" : "number";
      return { string: "string", number: "number", boolean: "boolean", map: "Record<string, unknown>", null: "null" }[t.name];
    case "vocabulary":
      return t.name;
    case "literal":
      return JSON.stringify(t.value);
    case "list": {
      const of = toTypeScript(t.of, side);
      const item = isUnion(t.of) ? `(${of})` : of;
      return side === "param" ? `readonly ${item}[]` : `${item}[]`;
    }
    case "nullable":
      return `${toTypeScript(t.of, side)} | null`;
    case "union":
      return t.of.map((o) => toTypeScript(o, side)).join(" | ");
    case "map":
      return objectType(t.fields, side);
    case "nodes":
      return projectionVariants(t)
        .map((fields) => objectType(fields, side))
        .join(" | ");
  }
}

/** True when the TypeScript type is a union (so a list of it needs parentheses). */
export function isUnion(t: CypherType): boolean {
  return t.kind === "union" || t.kind === "nullable" || (t.kind === "nodes" && t.labels.length > 1);
}

function objectType(fields: readonly MapField[], side: Side): string {
  if (fields.length === 0) return "Record<string, never>";
  return `{ ${fields.map((f) => `${key(f.name)}: ${toTypeScript(f.type, side)}`).join("; ")} }`;
}

/** The zod schema (rows only): maps are strict, so a projection that gains or loses a key fails. */
export function toZod(t: CypherType): string {
  switch (t.kind) {
    case "scalar":
      return {
        string: "z.string()",
        int: "z.number().int()",
        number: "z.number()",
        boolean: "z.boolean()",
        map: "z.record(z.string(), z.unknown())",
        null: "z.null()",
      }[t.name];
    case "vocabulary":
      return `z.enum(${VOCABULARY[t.name]})`;
    case "literal":
      return `z.literal(${JSON.stringify(t.value)})`;
    case "list":
      return `z.array(${toZod(t.of)})`;
    case "nullable":
      return `${toZod(t.of)}.nullable()`;
    case "union":
      return `z.union([${t.of.map(toZod).join(", ")}])`;
    case "map":
      return zodObject(t.fields);
    case "nodes": {
      const variants = projectionVariants(t).map(zodObject);
      if (variants.length === 1) return variants[0]!;
      const byKind = t.items.some((i) => "property" in i && i.property === "kind");
      return byKind ? `z.discriminatedUnion("kind", [${variants.join(", ")}])` : `z.union([${variants.join(", ")}])`;
    }
  }
}

function zodObject(fields: readonly MapField[]): string {
  return `z.strictObject({ ${fields.map((f) => `${key(f.name)}: ${toZod(f.type)}`).join(", ")} })`;
}

/** The vocabulary names a type mentions (for the generated module's imports). */
export function vocabularyOf(t: CypherType, into: Set<VocabularyName> = new Set()): Set<VocabularyName> {
  switch (t.kind) {
    case "vocabulary":
      into.add(t.name);
      break;
    case "list":
    case "nullable":
      vocabularyOf(t.of, into);
      break;
    case "union":
      for (const o of t.of) vocabularyOf(o, into);
      break;
    case "map":
      for (const f of t.fields) vocabularyOf(f.type, into);
      break;
    case "nodes":
      for (const fields of projectionVariants(t)) for (const f of fields) vocabularyOf(f.type, into);
      break;
  }
  return into;
}
