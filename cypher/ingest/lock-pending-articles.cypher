// Locks the given articles (ids sorted by the caller) and returns those whose shared facts are
// still to be folded in, so two processes never fold the same article twice.
// $articleIds: [string] — article ids
// returns: articleIds: [string]
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
SET a._lock = true
REMOVE a._lock
WITH a
WHERE a.pendingAggregates = true
RETURN collect(a.id) AS articleIds
