// The ids of the entities the given articles support, sorted (the lock order of refresh-entities).
// $articleIds: [articleId]
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})-[:HAS_ENTITY]->(e:Entity)
WITH DISTINCT e.id AS id ORDER BY id
RETURN collect(id) AS entityIds
