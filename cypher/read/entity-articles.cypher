// A page of the articles naming each entity (events: reporting it), newest first (publishedSort
// DESC, id DESC), the page kept inside the statement for each entity. One of two ways per entity,
// by its number of articles d (its degree, read from the node) against all articles n:
//   - few articles: expand them, sort, keep the page (cost about d);
//   - very many (d² > page × n × 4): walk the (publishedSort, id) index newest first from the
//     cursor, keeping the articles that name it (cost about page × n / d).
// $ids: [string] — entity or event ids
// $after: {publishedSort: string, id: string}? — keyset cursor of the last article already seen, or null
// $limit: int — rows per entity (page size + 1)
// returns: id: string, articles: [Article {.id, .title, .url, .publishedAt, .publishedSort, .ingestedAt, .sentenceCount}]
UNWIND $ids AS id
CALL (id) {
  CALL (id) {
    MATCH (n:Entity {id: id}) RETURN n, COUNT { (n)<-[:HAS_ENTITY]-() } AS degree
    UNION
    MATCH (n:Event {id: id}) RETURN n, COUNT { (n)<-[:REPORTS]-() } AS degree
  }
  WITH n, degree * degree > 4 * $limit * COUNT { MATCH (:Article) } AS walk
  CALL (n, walk) {
    WITH n WHERE NOT walk
    CALL (n) {
      MATCH (x:Article)-[:HAS_ENTITY]->(n) RETURN x
      UNION
      MATCH (x:Article)-[:REPORTS]->(n) RETURN x
    }
    WITH x WHERE $after IS NULL OR x.publishedSort < $after.publishedSort OR (x.publishedSort = $after.publishedSort AND x.id < $after.id)
    RETURN x ORDER BY x.publishedSort DESC, x.id DESC
    LIMIT $limit
    UNION
    // The guard sits in the seek's range (empty when not walking), as a plain WHERE the planner
    // would test it only after seeking.
    WITH n, walk, coalesce($after.publishedSort, '\uFFFF') AS highest
    WITH n, highest, CASE WHEN walk THEN '' ELSE highest + '~' END AS lowest
    MATCH (x:Article)
    USING INDEX x:Article(publishedSort, id)
    WHERE x.publishedSort <= highest AND x.publishedSort >= lowest AND x.id IS NOT NULL
      AND ($after IS NULL OR x.publishedSort < $after.publishedSort OR x.id < $after.id)
      AND (EXISTS { (x)-[:HAS_ENTITY]->(n) } OR EXISTS { (x)-[:REPORTS]->(n) })
    RETURN x ORDER BY x.publishedSort DESC, x.id DESC
    LIMIT $limit
  }
  WITH x ORDER BY x.publishedSort DESC, x.id DESC
  RETURN collect(x {.id, .title, .url, .publishedAt, .publishedSort, .ingestedAt, .sentenceCount}) AS articles
}
RETURN id, articles
