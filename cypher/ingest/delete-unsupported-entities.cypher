// Deletes entities that no article supports any more (their remaining links go with them).
// Returns how many, and the name keys they were stored under (drop-unused-name-keys then
// deletes the keys nothing else is stored under).
// $entityIds: [string] — entity ids
// returns: deleted: int, keys: [string]
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (:Article)-[:HAS_ENTITY]->(e) }
WITH e, [(k:NameKey)-[:NAMES]->(e) | k.key] AS keys
DETACH DELETE e
RETURN count(e) AS deleted, reduce(acc = [], ks IN collect(keys) | acc + ks) AS keys
