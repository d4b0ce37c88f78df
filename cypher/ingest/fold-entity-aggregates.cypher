// Adds the given pending articles' views of their entities (HAS_ENTITY: mention count, aliases,
// roles) to the entities' aggregates. Entities are locked in id order; one lock per entity per
// batch of articles, however many of them name it.
// $articleIds: [string] — article ids (locked and pending, from lock-pending-articles)
// returns: nothing
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})-[h:HAS_ENTITY]->(e:Entity)
WITH e, collect(h) AS links
ORDER BY e.id
SET e._lock = true
REMOVE e._lock
WITH e, links
CALL (e, links) {
  UNWIND e.aliases + reduce(acc = [], h IN links | acc + h.aliases) AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (e, links) {
  UNWIND e.roles + reduce(acc = [], h IN links | acc + h.roles) AS role
  WITH DISTINCT role ORDER BY role
  RETURN collect(role) AS roles
}
SET e.aliases = aliases,
    e.aliasesLower = [x IN aliases | toLower(x)],
    e.aliasText = reduce(s = '', x IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x),
    e.roles = roles,
    e.mentionCount = toInteger(e.mentionCount + reduce(n = 0, h IN links | n + h.mentionCount)),
    e.articleCount = toInteger(e.articleCount + size(links))
