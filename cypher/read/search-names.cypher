// Full-text search over names and aliases of entities and events (index entity_names), best first.
// $query: string — Lucene query built from escaped user terms (fuzzy terms for typo tolerance)
// $kinds: [NodeKind]? — kinds to keep (PERSON, ORGANIZATION, PLACE, EVENT), or null for all
// $limit: int — most hits returned
// returns: score: number, node: Entity|Event {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText}
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score
WHERE $kinds IS NULL OR node.kind IN $kinds
ORDER BY score DESC, node.mentionCount DESC, node.id
LIMIT $limit
RETURN score, node {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText} AS node
