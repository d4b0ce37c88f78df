// How many entities (and/or events) match a kind filter and optional full-text query (totalCount).
// $kinds: [NodeKind] — kinds to count (PERSON, ORGANIZATION, PLACE, EVENT)
// $search: string? — Lucene query over names and aliases, or null for no text filter
// returns: count: int
CALL () {
  WITH 1 AS ignored WHERE $search IS NULL
  MATCH (n:Entity) WHERE n.kind IN $kinds RETURN count(n) AS c
  UNION ALL
  WITH 1 AS ignored WHERE $search IS NULL AND 'EVENT' IN $kinds
  MATCH (n:Event) RETURN count(n) AS c
  UNION ALL
  WITH 1 AS ignored WHERE $search IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', $search) YIELD node
  WITH node WHERE node.kind IN $kinds RETURN count(node) AS c
}
RETURN sum(c) AS count
