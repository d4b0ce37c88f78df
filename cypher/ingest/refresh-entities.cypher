// Recomputes aliases, roles, mention and article counts of entities from the HAS_ENTITY links of
// the articles that still support them (after an article was detached). Articles still pending
// are left out: fold-entity-aggregates adds them when their batch is folded.
// $entityIds: [string] — entity ids
// returns: nothing
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
SET e._lock = true
REMOVE e._lock
WITH e
CALL (e) {
  OPTIONAL MATCH (a:Article)-[h:HAS_ENTITY]->(e)
  WHERE a.pendingAggregates IS NULL
  RETURN count(h) AS articleCount, toInteger(coalesce(sum(h.mentionCount), 0)) AS mentionCount
}
CALL (e) {
  OPTIONAL MATCH (a:Article)-[h:HAS_ENTITY]->(e)
  WHERE a.pendingAggregates IS NULL
  UNWIND coalesce(h.aliases, []) AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (e) {
  OPTIONAL MATCH (a:Article)-[h:HAS_ENTITY]->(e)
  WHERE a.pendingAggregates IS NULL
  UNWIND coalesce(h.roles, []) AS role
  WITH DISTINCT role ORDER BY role
  RETURN collect(role) AS roles
}
SET e.aliases = aliases,
    e.aliasesLower = [x IN aliases | toLower(x)],
    e.aliasText = reduce(s = '', x IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x),
    e.roles = roles,
    e.mentionCount = mentionCount,
    e.articleCount = articleCount
