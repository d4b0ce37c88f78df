// Locks articles (ids sorted by the caller) whose contribution a merge or split moves, so no
// ingest of them runs meanwhile.
// $articleIds: [string] — article ids
// returns: nothing
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
SET a._lock = true
REMOVE a._lock
