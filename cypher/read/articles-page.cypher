// A page of articles, newest first (publishedSort DESC, id DESC; index article_published).
// $after: {publishedSort: string, id: string}? — keyset cursor of the last article already seen, or null
// $limit: int — page size + 1
// returns: article: Article {.id, .title, .url, .publishedAt, .publishedSort, .ingestedAt, .sentenceCount}
MATCH (x:Article)
WHERE $after IS NULL OR x.publishedSort < $after.publishedSort OR (x.publishedSort = $after.publishedSort AND x.id < $after.id)
WITH x ORDER BY x.publishedSort DESC, x.id DESC
LIMIT $limit
RETURN x {.id, .title, .url, .publishedAt, .publishedSort, .ingestedAt, .sentenceCount} AS article
