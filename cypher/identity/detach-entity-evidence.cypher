// Removes the given articles' evidence from one entity's typed relationships (before their
// claims are folded again with the entity's new id); deletes relationships left with none. Those
// left are former only when every article still supporting them says so (fold-relationships).
// $entityId: string — entity id
// $articleIds: [string] — article ids
// returns: nothing
MATCH (e:Entity {id: $entityId})-[r]-(:Entity)
WHERE any(x IN r.articleIds WHERE x IN $articleIds)
WITH DISTINCT r
SET r.evidence = [x IN r.evidence WHERE NOT any(a IN $articleIds WHERE x STARTS WITH a + '#')],
    r.articleIds = [x IN r.articleIds WHERE NOT x IN $articleIds],
    r.formerArticleIds = [x IN coalesce(r.formerArticleIds, []) WHERE NOT x IN $articleIds]
SET r.weight = size(r.evidence), r.former = size(r.articleIds) > 0 AND size(r.formerArticleIds) = size(r.articleIds)
WITH r WHERE r.weight = 0
DELETE r
