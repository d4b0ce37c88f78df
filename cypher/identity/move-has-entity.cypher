// Moves the given articles' HAS_ENTITY links from one entity to another. An article that names
// both keeps one link: mention counts added, aliases, roles and extraction ids unioned. Returns
// the extraction ids moved per article (a merge pins them to the entity they now belong to).
// $fromId: string — entity the articles' views leave
// $toId: string — entity they join
// $articleIds: [string] — article ids
// returns: articleId: string, extractedIds: [string]
MATCH (to:Entity {id: $toId})
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})-[h:HAS_ENTITY]->(:Entity {id: $fromId})
OPTIONAL MATCH (a)-[both:HAS_ENTITY]->(to)
WITH a, h, both, to, properties(h) AS moved
CALL (a, h, both, to) {
  WITH a, h, both, to WHERE both IS NULL
  CREATE (a)-[n:HAS_ENTITY]->(to)
  SET n = properties(h)
}
CALL (h, both) {
  WITH h, both WHERE both IS NOT NULL
  SET both.mentionCount = both.mentionCount + h.mentionCount,
    both.aliases = COLLECT { UNWIND both.aliases + h.aliases AS x WITH DISTINCT x RETURN x ORDER BY x },
    both.roles = COLLECT { UNWIND both.roles + h.roles AS x WITH DISTINCT x RETURN x ORDER BY x },
    both.extractedIds = COLLECT { UNWIND coalesce(both.extractedIds, []) + coalesce(h.extractedIds, []) AS x WITH DISTINCT x RETURN x ORDER BY x }
}
DELETE h
RETURN a.id AS articleId, coalesce(moved.extractedIds, []) AS extractedIds
