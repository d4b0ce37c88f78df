// entity(name:) when no alias matches: the entity stored under the name's normalised keys
// (src/ingest/name-keys.ts), if one clearly owns them — "halvorsen" is Ingrid Halvorsen when she is
// the only Halvorsen, or named far more often than any other; "zelenskyy" is the Zelensky entity.
import type { Tx } from "../../db/database.ts";
import { idKey, type KeyRelation, lookupKeys } from "../../ingest/name-keys.ts";
import { ENTITY_KINDS } from "../../vocabulary.ts";
import type { EntityRecord } from "../records.ts";

// Strongest first: the same normalised name; a lone word as a surname, acronym or first word; as a first name.
const TIERS: KeyRelation[][] = [["name"], ["surname", "acronym", "firstWord"], ["firstName"]];
/** An entity owns a name shared with others when it is named this many times more than all of them together. */
const CLEAR_SHARE = 3;

/** The one entity that clearly owns the candidates, or null. */
export function clearOwner(candidates: readonly EntityRecord[]): EntityRecord | null {
  const sorted = [...candidates].sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1));
  const [top, ...rest] = sorted;
  if (!top) return null;
  const others = rest.reduce((n, e) => n + e.mentionCount, 0);
  return rest.length === 0 || top.mentionCount >= CLEAR_SHARE * others ? top : null;
}

export async function findEntityByNameKeys(tx: Tx, name: string): Promise<EntityRecord | null> {
  const relationOf = new Map<string, KeyRelation>();
  for (const kind of ENTITY_KINDS) for (const [key, relation] of lookupKeys({ kind, name, aliases: [] })) relationOf.set(key, relation);
  const keys = [...relationOf.keys()].filter((k) => TIERS.flat().includes(relationOf.get(k)!));
  if (keys.length === 0) return null;
  const rows = await tx.run("read/entities-by-name-key", { keys });
  for (const tier of TIERS) {
    const nodes = new Map(rows.filter((r) => tier.includes(relationOf.get(r.key)!)).map((r) => [r.node.id, r.node]));
    if (nodes.size) return clearOwner([...nodes.values()]);
  }
  return null;
}

/** The entity an id was merged or linked into (its `ID|` key), when the id is no entity's own. */
export async function findEntityByRedirect(tx: Tx, id: string): Promise<EntityRecord | null> {
  const rows = await tx.run("read/entities-by-name-key", { keys: [idKey(id)] });
  return clearOwner(rows.map((r) => r.node));
}
