// Converts Neo4j driver values into plain JS at the boundary: Integers become numbers, temporal
// values become ISO strings, nodes become their properties. Nothing downstream sees {low, high}.
import neo4j from "neo4j-driver";

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) {
    const n = value as { inSafeRange(): boolean; toNumber(): number; toString(): string };
    return n.inSafeRange() ? n.toNumber() : n.toString();
  }
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
  if (neo4j.isNode(value)) return toPlain((value as { properties: unknown }).properties);
  if (neo4j.isRelationship(value)) {
    const r = value as { type: string; properties: unknown };
    return { type: r.type, ...(toPlain(r.properties) as object) };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
  return out;
}
