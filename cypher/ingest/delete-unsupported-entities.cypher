// Deletes entities that no article supports any more (their remaining links go with them).
// $entityIds: [string] — entity ids
// returns: nothing
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (:Article)-[:HAS_ENTITY]->(e) }
DETACH DELETE e
