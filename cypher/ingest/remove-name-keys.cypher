// Removes entities and events from name keys (a renamed entity's old lone word, keys no alias
// supports any more); a key nothing is stored under any more is deleted.
// $names: [{key: string, id: string}] — key and the id of the entity or event it no longer names
// returns: nothing
UNWIND $names AS row
MATCH (k:NameKey {key: row.key})-[l:NAMES]->(n)
WHERE n.id = row.id
DELETE l
WITH DISTINCT k
WHERE NOT EXISTS { (k)-[:NAMES]->() }
DELETE k
