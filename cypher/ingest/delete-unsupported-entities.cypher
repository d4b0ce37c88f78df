// Deletes entities that no article supports any more (their remaining links go with them).
// $entityIds: [entityId]
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (:Article)-[:HAS_ENTITY]->(e) }
DETACH DELETE e
