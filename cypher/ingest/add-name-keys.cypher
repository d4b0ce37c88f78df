// Stores entities and events under name keys: (:NameKey {key})-[:NAMES]->(node). Only pairs the
// lookup did not find are sent, so a popular entity is touched only when it gets a new name.
// $names: [{key: string, id: string}] — key and the id of the entity or event it names
// returns: nothing
UNWIND $names AS row
CALL (row) {
  MATCH (n:Entity {id: row.id})
  RETURN n
  UNION
  MATCH (n:Event {id: row.id})
  RETURN n
}
MERGE (k:NameKey {key: row.key})
MERGE (k)-[:NAMES]->(n)
