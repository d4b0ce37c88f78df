// A page of articles, newest first (publishedSort DESC, id DESC; index article_published).
// $after: keyset cursor {publishedSort, id} of the last article already seen, or null
// $limit: page size + 1
MATCH (x:Article)
WHERE $after IS NULL OR x.publishedSort < $after.publishedSort OR (x.publishedSort = $after.publishedSort AND x.id < $after.id)
WITH x ORDER BY x.publishedSort DESC, x.id DESC
LIMIT $limit
RETURN x {.id, .title, .url, .publishedAt, .publishedSort, .ingestedAt, .sentenceCount} AS article
