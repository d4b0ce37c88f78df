// A page of entities (and/or events) filtered by kind and optionally by a full-text query, ordered
// by mentions (DESC, then id DESC) or by name (sortName, then id), after a keyset cursor. The same
// order as entities-page-by-mentions/-by-name, which serve the index-backed cases.
// $kinds: [NodeKind] — kinds to list (PERSON, ORGANIZATION, PLACE, EVENT)
// $search: string? — Lucene query over names and aliases, or null for no text filter
// $orderBy: 'MENTIONS' | 'NAME' — the order of the page
// $after: {mentions: number?, name: string?, id: string}? — keyset cursor of the last entity already seen, or null
// $limit: int — page size + 1
// returns: mentions: int?, name: string?,
//   node: Entity|Event {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .date, .dateText}
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
  CASE $orderBy WHEN 'MENTIONS' THEN n.mentionCount END AS mentions,
  CASE $orderBy WHEN 'NAME' THEN coalesce(n.sortName, toLower(n.name)) END AS name
WHERE $after IS NULL
   OR ($orderBy = 'MENTIONS' AND (mentions < $after.mentions OR (mentions = $after.mentions AND n.id < $after.id)))
   OR ($orderBy = 'NAME' AND (name > $after.name OR (name = $after.name AND n.id > $after.id)))
ORDER BY mentions DESC, name, CASE $orderBy WHEN 'MENTIONS' THEN n.id END DESC, n.id
LIMIT $limit
RETURN mentions, name, n {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .date, .dateText} AS node
