// Moves the mentions in the given articles' sentences from one entity to another (same offsets).
// $fromId: string — entity the mentions leave
// $toId: string — entity they join
// $articleIds: [string] — article ids
// returns: nothing
MATCH (from:Entity {id: $fromId})
MATCH (to:Entity {id: $toId})
UNWIND $articleIds AS articleId
MATCH (s:Sentence {articleId: articleId})-[m:MENTIONS]->(from)
CREATE (s)-[n:MENTIONS]->(to)
SET n = properties(m)
DELETE m
