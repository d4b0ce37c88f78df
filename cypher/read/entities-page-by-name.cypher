// A page of entities of the given kinds in name order (sortName, then id), after a keyset cursor,
// read in order from the (sortName, id) index: no sort, and the cursor seeks straight to its
// place. Used when no text search and no events are asked for.
// $kinds: [NodeKind] — kinds to list (PERSON, ORGANIZATION, PLACE)
// $after: {name: string?, id: string}? — keyset cursor of the last entity already seen, or null
// $limit: int — page size + 1
// returns: mentions: null, name: string,
//   node: Entity {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText}
MATCH (n:Entity)
USING INDEX n:Entity(sortName, id)
WHERE n.sortName >= coalesce($after.name, '') AND n.id IS NOT NULL
  AND n.kind IN $kinds
  AND ($after IS NULL OR n.sortName > $after.name OR n.id > $after.id)
WITH n ORDER BY n.sortName, n.id
LIMIT $limit
RETURN null AS mentions, n.sortName AS name, n {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText} AS node
