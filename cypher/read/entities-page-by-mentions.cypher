// A page of entities of the given kinds, most mentioned first (ties: id descending), after a keyset
// cursor, read in order from the (mentionCount, id) index: no sort, and the cursor seeks straight
// to its place however deep the page. Used when no text search and no events are asked for.
// $kinds: [NodeKind] — kinds to list (PERSON, ORGANIZATION, PLACE)
// $after: {mentions: number?, id: string}? — keyset cursor of the last entity already seen, or null
// $limit: int — page size + 1
// returns: mentions: int, name: null,
//   node: Entity {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText}
MATCH (n:Entity)
USING INDEX n:Entity(mentionCount, id)
WHERE n.mentionCount <= coalesce($after.mentions, 9223372036854775807) AND n.id IS NOT NULL
  AND n.kind IN $kinds
  AND ($after IS NULL OR n.mentionCount < $after.mentions OR n.id < $after.id)
WITH n ORDER BY n.mentionCount DESC, n.id DESC
LIMIT $limit
RETURN n.mentionCount AS mentions, null AS name, n {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText} AS node
