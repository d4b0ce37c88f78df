// Deletes events that no article reports any more.
// $eventIds: [string] — event ids
// returns: nothing
UNWIND $eventIds AS id
MATCH (ev:Event {id: id})
WHERE NOT EXISTS { (:Article)-[:REPORTS]->(ev) }
DETACH DELETE ev
