// Entities stored under normalised name keys (src/ingest/name-keys.ts), for entity(name:) when no
// alias matches: "halvorsen" finds the people whose surname it is, "zelenskyy" the one spelled
// "Zelensky". One index seek per key; at most 50 entities a key.
// $keys: [string] — name keys, strongest first
// returns: key: string, node: Entity {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles}
UNWIND $keys AS key
CALL (key) {
  MATCH (:NameKey {key: key})-[:NAMES]->(e:Entity)
  RETURN e LIMIT 50
}
RETURN key, e {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles} AS node
