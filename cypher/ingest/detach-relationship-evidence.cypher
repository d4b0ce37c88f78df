// Removes an article's evidence from typed relationships between its entities; deletes the
// relationships no other sentence supports.
// $articleId: string — article id
// returns: nothing
MATCH (:Article {id: $articleId})-[:HAS_ENTITY]->(:Entity)-[r]->(:Entity)
WHERE $articleId IN r.articleIds
WITH DISTINCT r
SET r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH $articleId + '#'],
    r.articleIds = [x IN r.articleIds WHERE x <> $articleId]
SET r.weight = size(r.evidence)
WITH r WHERE r.weight = 0
DELETE r
