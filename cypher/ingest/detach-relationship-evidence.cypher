// Removes an article's evidence from typed relationships between its entities; deletes the
// relationships no other sentence supports. The others are former again only when every article
// left tells the tie as past (fold-relationships).
// $articleId: string — article id
// returns: nothing
MATCH (:Article {id: $articleId})-[:HAS_ENTITY]->(:Entity)-[r]->(:Entity)
WHERE $articleId IN r.articleIds
WITH DISTINCT r
SET r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH $articleId + '#'],
    r.articleIds = [x IN r.articleIds WHERE x <> $articleId],
    r.formerArticleIds = [x IN coalesce(r.formerArticleIds, []) WHERE x <> $articleId]
SET r.weight = size(r.evidence), r.former = size(r.articleIds) > 0 AND size(r.formerArticleIds) = size(r.articleIds)
WITH r WHERE r.weight = 0
DELETE r
