// Deletes the article's HAS_ENTITY and REPORTS links; returns the entity and event ids they
// pointed to so their aggregates can be refreshed and orphans removed.
// $articleId: string — article id
// returns: entityIds: [string], eventIds: [string]
MATCH (a:Article {id: $articleId})
CALL (a) {
  OPTIONAL MATCH (a)-[h:HAS_ENTITY]->(e:Entity)
  WITH collect(e.id) AS entityIds, collect(h) AS links
  FOREACH (h IN links | DELETE h)
  RETURN entityIds
}
CALL (a) {
  OPTIONAL MATCH (a)-[r:REPORTS]->(ev:Event)
  WITH collect(ev.id) AS eventIds, collect(r) AS links
  FOREACH (r IN links | DELETE r)
  RETURN eventIds
}
RETURN entityIds, eventIds
