// Creates or updates the Article node with its metadata and full text. pendingAggregates marks
// that the aggregates of its entities still need refreshing (cleared by clear-pending-aggregates;
// left set by a crash, and then picked up by the next ingest or start-up).
// $article: {id, title, url, publishedAt, publishedSort, text, contentHash, ingestedAt, sentenceCount}
MERGE (a:Article {id: $article.id})
SET a += $article, a.pendingAggregates = true
