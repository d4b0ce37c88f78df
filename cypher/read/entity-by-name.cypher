// Resolves a name or alias to entities, case-insensitively, most mentioned first. The full-text
// index narrows the candidates (a phrase query), then the exact lower-cased alias decides.
// $phrase: string — escaped Lucene phrase query for the name, e.g. "\"vladimir putin\""
// $name: string — the name, lower-cased and trimmed
// $limit: int — most candidates returned
// returns: node: Entity|Event {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText}
CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node
WITH node
WHERE toLower(node.name) = $name OR any(a IN coalesce(node.aliases, []) WHERE toLower(a) = $name)
WITH node ORDER BY node.mentionCount DESC, node.id
LIMIT $limit
RETURN node {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText} AS node
