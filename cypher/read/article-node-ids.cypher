// The ids of the entities an article names and the events it reports (what a rewrite or delete of
// it touches, for the response cache's invalidation). One row, empty lists for an unknown article.
// $articleId: string — article id
// returns: entityIds: [string], eventIds: [string]
OPTIONAL MATCH (a:Article {id: $articleId})
RETURN COLLECT { MATCH (a)-[:HAS_ENTITY]->(e:Entity) RETURN e.id } AS entityIds,
  COLLECT { MATCH (a)-[:REPORTS]->(ev:Event) RETURN ev.id } AS eventIds
