// How Neo4j values become plain JS, decided once at the driver boundary. The driver decodes every
// Integer straight into a JS number as it reads the wire (disableLosslessIntegers): the stored
// integers are counts, offsets and weights, far below 2^53, so nothing is lost, and no row is walked
// a second time to turn {low, high} back into numbers. Statements return maps, lists and scalars
// only (map projections, never nodes or temporal values: dates are ISO strings), so a record's
// toObject() is already the plain row. Parameters that must be Integers (LIMIT, SKIP) are still sent
// as neo4j.int(n); a plain JS number is sent as a Float.
import neo4j from "neo4j-driver";

/** The driver options that fix how values are decoded (spread into neo4j.driver's config). */
export const DRIVER_VALUE_OPTIONS = { disableLosslessIntegers: true } as const;

/** Plain JS for a value that may hold driver types (Integers sent as parameters, nodes, temporals): for logs and tests. */
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
