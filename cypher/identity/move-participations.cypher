// Moves the given articles' share of one entity's event participations to another entity: each
// PARTICIPATED_IN's article ids in the set go to the other entity's link of the same role (made
// when missing); a link left with no article is deleted. Returns the events touched.
// $fromId: string — entity the participations leave
// $toId: string — entity they join
// $articleIds: [string] — article ids
// returns: eventIds: [string]
MATCH (from:Entity {id: $fromId})-[p:PARTICIPATED_IN]->(ev:Event)
WHERE any(x IN p.articleIds WHERE x IN $articleIds)
MATCH (to:Entity {id: $toId})
WITH from, to, p, ev, [x IN p.articleIds WHERE x IN $articleIds] AS moving
MERGE (to)-[q:PARTICIPATED_IN {role: p.role}]->(ev)
  ON CREATE SET q.articleIds = []
SET q.articleIds = COLLECT { UNWIND q.articleIds + moving AS x WITH DISTINCT x RETURN x ORDER BY x },
  p.articleIds = [x IN p.articleIds WHERE NOT x IN moving]
WITH p, ev
CALL (p) {
  WITH p WHERE size(p.articleIds) = 0
  DELETE p
}
RETURN collect(DISTINCT ev.id) AS eventIds
