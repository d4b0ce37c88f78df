// The merges into an entity, newest first: a split of exactly a merge's articles restores the
// entity that merge removed.
// $entityId: string — the kept entity's id
// returns: id: string, otherId: string, articleIds: [string], snapshot: string
MATCH (d:IdentityDecision)
WHERE d.action = 'MERGE' AND d.entityId = $entityId
RETURN d.id AS id, d.otherId AS otherId, d.articleIds AS articleIds, d.snapshot AS snapshot
ORDER BY d.at DESC, d.id DESC
