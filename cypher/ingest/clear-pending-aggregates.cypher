// Marks the given articles' shared facts (entity aggregates, typed relationships) as folded in.
// $articleIds: [string] — article ids
// returns: nothing
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
REMOVE a.pendingAggregates
