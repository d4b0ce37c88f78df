// Locks entities for a merge, split or keep-apart (in id order) and returns what the decision
// checks and records: kind, label, name, the articles naming it, and its identity links
// (POSSIBLY_SAME_AS, DIFFERENT_FROM) with their direction and properties.
// $ids: [string] — entity ids
// returns: id: string, kind: EntityKind, name: string, sortName: string, articleIds: [string],
//   links: [{type: string, otherId: string, out: boolean, props: map}]
UNWIND $ids AS id
WITH DISTINCT id ORDER BY id
MATCH (e:Entity {id: id})
SET e._lock = true
REMOVE e._lock
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.sortName AS sortName,
  COLLECT { MATCH (a:Article)-[:HAS_ENTITY]->(e) RETURN a.id ORDER BY a.id } AS articleIds,
  COLLECT {
    MATCH (e)-[l:POSSIBLY_SAME_AS|DIFFERENT_FROM]-(o:Entity)
    RETURN {type: type(l), otherId: o.id, out: startNode(l) = e, props: properties(l)} AS link
    ORDER BY link.type, link.otherId
  } AS links
