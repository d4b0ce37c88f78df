// A page of entities (and/or events) filtered by kind and optionally by a full-text query, ordered
// by mentions (DESC, then id DESC) or by name (sortName, then id), after a keyset cursor. The same
// order as entities-page-by-mentions/-by-name, which serve the index-backed cases. With a search,
// entities one of whose names or aliases IS the search text come first (exact = 0, others 1).
// $kinds: [NodeKind] — kinds to list (PERSON, ORGANIZATION, PLACE, EVENT)
// $search: string? — Lucene query over names and aliases, or null for no text filter
// $orderBy: 'MENTIONS' | 'NAME' — the order of the page
// $exact: string? — the search text lower-cased, whose exact alias hits come first, or null
// $after: {exact: number?, mentions: number?, name: string?, id: string}? — keyset cursor of the last entity already seen, or null
// $limit: int — page size + 1
// returns: exact: int?, mentions: int?, name: string?,
//   node: Entity|Event {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText}
CALL () {
  WITH 1 AS ignored WHERE $search IS NULL
  MATCH (n:Entity) WHERE n.kind IN $kinds RETURN n
  UNION
  WITH 1 AS ignored WHERE $search IS NULL AND 'EVENT' IN $kinds
  MATCH (n:Event) RETURN n
  UNION
  WITH 1 AS ignored WHERE $search IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', $search) YIELD node
  WITH node AS n WHERE n.kind IN $kinds RETURN n
}
WITH n,
  CASE WHEN $exact IS NULL THEN null
    WHEN toLower(n.name) = $exact OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = $exact) THEN 0 ELSE 1 END AS exact,
  CASE $orderBy WHEN 'MENTIONS' THEN n.mentionCount END AS mentions,
  CASE $orderBy WHEN 'NAME' THEN coalesce(n.sortName, toLower(n.name)) END AS name
WHERE $after IS NULL
   OR (exact IS NOT NULL AND exact > $after.exact)
   OR ((exact IS NULL OR exact = $after.exact) AND $orderBy = 'MENTIONS' AND (mentions < $after.mentions OR (mentions = $after.mentions AND n.id < $after.id)))
   OR ((exact IS NULL OR exact = $after.exact) AND $orderBy = 'NAME' AND (name > $after.name OR (name = $after.name AND n.id > $after.id)))
ORDER BY exact, mentions DESC, name, CASE $orderBy WHEN 'MENTIONS' THEN n.id END DESC, n.id
LIMIT $limit
RETURN exact, mentions, name, n {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText} AS node
