// Creates or updates the Article node with its metadata and full text.
// $article: {id, title, url, publishedAt, publishedSort, text, contentHash, ingestedAt, sentenceCount}
MERGE (a:Article {id: $article.id})
SET a += $article
