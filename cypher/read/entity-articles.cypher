// A page of the articles naming each entity, newest first (publishedSort DESC, id DESC).
// $ids: [string] — entity or event ids
// $after: {publishedSort: string, id: string}? — keyset cursor of the last article already seen, or null
// $limit: int — rows per entity (page size + 1)
// returns: id: string, articles: [Article {.id, .title, .url, .publishedAt, .publishedSort, .ingestedAt, .sentenceCount}]
UNWIND $ids AS id
CALL (id) {
  MATCH (x:Article)-[:HAS_ENTITY]->(:Entity {id: id}) RETURN x
  UNION
  MATCH (x:Article)-[:REPORTS]->(:Event {id: id}) RETURN x
}
WITH id, x
WHERE $after IS NULL OR x.publishedSort < $after.publishedSort OR (x.publishedSort = $after.publishedSort AND x.id < $after.id)
ORDER BY x.publishedSort DESC, x.id DESC
WITH id, collect(x {.id, .title, .url, .publishedAt, .publishedSort, .ingestedAt, .sentenceCount})[0..$limit] AS articles
RETURN id, articles
