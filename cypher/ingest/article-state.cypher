// Locks an existing article for this transaction and returns its content hash: no row when absent.
// $articleId: string — article id
// returns: contentHash: string?
MATCH (a:Article {id: $articleId})
SET a._lock = true
REMOVE a._lock
RETURN a.contentHash AS contentHash
