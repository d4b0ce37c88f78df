// What an entity's name keys are derived from (entityKeys in src/ingest/name-keys.ts): kind, name,
// every alias and every extraction id its articles linked to it, with the keys it is stored under
// now. Read after a delete, re-ingest, merge or split, to bring the keys back in line.
// $ids: [string] — entity ids
// returns: id: string, kind: EntityKind, name: string, aliases: [string], extractedIds: [string], keys: [string]
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (:Article)-[h:HAS_ENTITY]->(e)
  UNWIND coalesce(h.aliases, []) AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (e) {
  OPTIONAL MATCH (:Article)-[h:HAS_ENTITY]->(e)
  UNWIND coalesce(h.extractedIds, []) AS x
  WITH DISTINCT x ORDER BY x
  RETURN collect(x) AS extractedIds
}
RETURN e.id AS id, e.kind AS kind, e.name AS name, aliases, extractedIds,
  [(k:NameKey)-[:NAMES]->(e) | k.key] AS keys
