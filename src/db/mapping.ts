// Converts Neo4j driver values into plain JS at the boundary: Integers become numbers, temporal
// values become ISO strings, nodes become their properties. Nothing downstream sees {low, high}.
import neo4j from "neo4j-driver";

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value)) return toPlain(value.properties);
  if (neo4j.isRelationship(value)) return { type: value.type, ...plainObject(value.properties) };
  return plainObject(value);
}

function plainObject(value: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}
