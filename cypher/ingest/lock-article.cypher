// Locks the article for this transaction, creating its node when new, and returns the stored
// content hash (null when new). Concurrent ingests of the same article serialise here on the
// unique constraint, so the second one sees the first one's hash instead of writing it twice.
// $articleId: string — article id
// returns: contentHash: string?
MERGE (a:Article {id: $articleId})
SET a._lock = true
REMOVE a._lock
RETURN a.contentHash AS contentHash
