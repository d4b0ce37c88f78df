// Entity arguments accept a Relay global ID (what `id` fields return) or the graph key itself
// ("person:vladimir-putin"), which is friendlier in the playground. Global IDs are base64 and never
// contain ":", while every graph key does, so the two cannot be confused.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { quoted, userError } from "./cursor.ts";

const ENTITY_TYPENAMES = new Set(["Person", "Organization", "Place", "Event"]);

/** The graph key of an entity or event from a global ID or a raw key. Throws a user error. */
export function entityKey(id: string, argName = "id"): string {
  if (id.includes(":")) return id;
  let decoded: { typename: string; id: string } | null = null;
  try {
    decoded = decodeGlobalID(id);
  } catch {
    decoded = null;
  }
  if (!decoded || !ENTITY_TYPENAMES.has(decoded.typename)) {
    throw userError(`${argName}: ${quoted(id)} is neither an entity's global ID nor a key such as "person:vladimir-putin".`);
  }
  return decoded.id;
}

/** The graph key of an article from a global ID or a raw article id. */
export function articleKey(id: string, argName = "id"): string {
  try {
    const decoded = decodeGlobalID(id);
    if (decoded.typename === "Article") return decoded.id;
  } catch {
    // not a global ID: a raw article id
  }
  if (!id) throw userError(`${argName}: give an article's global ID or its id.`);
  return id;
}
