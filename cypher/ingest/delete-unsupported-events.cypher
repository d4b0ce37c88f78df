// Deletes events that no article reports any more. Returns how many, and the keys they were
// stored under (for drop-unused-name-keys).
// $eventIds: [string] — event ids
// returns: deleted: int, keys: [string]
UNWIND $eventIds AS id
MATCH (ev:Event {id: id})
WHERE NOT EXISTS { (:Article)-[:REPORTS]->(ev) }
WITH ev, [(k:NameKey)-[:NAMES]->(ev) | k.key] AS keys
DETACH DELETE ev
RETURN count(ev) AS deleted, reduce(acc = [], ks IN collect(keys) | acc + ks) AS keys
