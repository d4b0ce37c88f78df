// Removes the given articles' evidence from one entity's typed relationships (before their
// claims are folded again with the entity's new id); deletes relationships left with none.
// $entityId: string — entity id
// $articleIds: [string] — article ids
// returns: nothing
MATCH (e:Entity {id: $entityId})-[r]-(:Entity)
WHERE any(x IN r.articleIds WHERE x IN $articleIds)
WITH DISTINCT r
SET r.evidence = [x IN r.evidence WHERE NOT any(a IN $articleIds WHERE x STARTS WITH a + '#')],
    r.articleIds = [x IN r.articleIds WHERE NOT x IN $articleIds]
SET r.weight = size(r.evidence)
WITH r WHERE r.weight = 0
DELETE r
