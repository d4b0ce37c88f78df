// Recomputes aliases, roles, mention and article counts of entities from the HAS_ENTITY links of
// the articles that still support them (after an article was detached).
// $entityIds: [entityId]
UNWIND $entityIds AS id
MATCH (e:Entity {id: id})
SET e._lock = true
REMOVE e._lock
WITH e
CALL (e) {
  OPTIONAL MATCH (:Article)-[h:HAS_ENTITY]->(e)
  RETURN count(h) AS articleCount, coalesce(sum(h.mentionCount), 0) AS mentionCount
}
CALL (e) {
  OPTIONAL MATCH (:Article)-[h:HAS_ENTITY]->(e)
  UNWIND coalesce(h.aliases, []) AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (e) {
  OPTIONAL MATCH (:Article)-[h:HAS_ENTITY]->(e)
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
