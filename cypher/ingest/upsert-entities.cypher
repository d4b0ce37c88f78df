// Merges the article's entities on their stable id and adds this article's aliases, roles and
// mention count to the entity's aggregates (the article is new or was detached just before).
// Rows come sorted by id so concurrent ingests lock shared entities in the same order.
// $articleId: article id
// $entities: [{id, kind, label, name, aliases, roles, mentionCount}]
MATCH (a:Article {id: $articleId})
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.kind = row.kind, e.name = row.name, e.sortName = toLower(row.name),
    e.aliases = [], e.roles = [], e.mentionCount = 0, e.articleCount = 0
SET e:$(row.label)
// Take the entity's write lock before reading its aggregates: no lost update between writers.
SET e._lock = true
REMOVE e._lock
MERGE (a)-[h:HAS_ENTITY]->(e)
SET h.mentionCount = row.mentionCount, h.aliases = row.aliases, h.roles = row.roles
WITH e, row
CALL (e, row) {
  UNWIND e.aliases + row.aliases AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
CALL (e, row) {
  UNWIND e.roles + row.roles AS role
  WITH DISTINCT role ORDER BY role
  RETURN collect(role) AS roles
}
SET e.aliases = aliases,
    e.aliasesLower = [x IN aliases | toLower(x)],
    e.aliasText = reduce(s = '', x IN aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x),
    e.roles = roles,
    e.mentionCount = e.mentionCount + row.mentionCount,
    e.articleCount = e.articleCount + 1
