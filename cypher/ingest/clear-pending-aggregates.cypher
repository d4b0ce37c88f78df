// Marks the given articles' entity aggregates as up to date.
// $articleIds: [articleId]
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
REMOVE a.pendingAggregates
