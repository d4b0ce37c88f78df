// The extraction ids each of the given articles linked to an entity (HAS_ENTITY.extractedIds)
// and the aliases it used, to pin them and to name a split-off entity.
// $entityId: string — entity id
// $articleIds: [string] — article ids
// returns: articleId: string, extractedIds: [string], aliases: [string]
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})-[h:HAS_ENTITY]->(:Entity {id: $entityId})
RETURN a.id AS articleId, coalesce(h.extractedIds, []) AS extractedIds, h.aliases AS aliases
