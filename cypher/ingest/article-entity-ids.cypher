// The ids of the entities an article names (before its links are detached).
// $articleId: string — article id
// returns: entityIds: [string]
MATCH (a:Article {id: $articleId})
RETURN [(a)-[:HAS_ENTITY]->(e:Entity) | e.id] AS entityIds
