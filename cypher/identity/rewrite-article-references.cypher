// In the given articles, every reference to one entity id becomes another: roles held "of" it
// (the JSON strings on HAS_ENTITY), the staged relationship claims, and the place of each event
// report. Returns the entities whose roles changed and the events the articles report.
// $fromId: string — entity id referred to now
// $toId: string — entity id to refer to instead
// $articleIds: [string] — article ids
// returns: entityIds: [string], eventIds: [string]
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
SET a.claimSources = [x IN a.claimSources | CASE WHEN x = $fromId THEN $toId ELSE x END],
  a.claimTargets = [x IN a.claimTargets | CASE WHEN x = $fromId THEN $toId ELSE x END]
WITH a
CALL (a) {
  MATCH (a)-[h:HAS_ENTITY]->(e:Entity)
  WHERE any(r IN h.roles WHERE r CONTAINS '"of":' + '"' + $fromId + '"')
  SET h.roles = COLLECT {
    UNWIND [r IN h.roles | replace(r, '"of":"' + $fromId + '"', '"of":"' + $toId + '"')] AS x
    WITH DISTINCT x RETURN x ORDER BY x
  }
  RETURN collect(e.id) AS entityIds
}
CALL (a) {
  MATCH (a)-[r:REPORTS]->(ev:Event)
  SET r.placeId = CASE WHEN r.placeId = $fromId THEN $toId ELSE r.placeId END
  RETURN collect(ev.id) AS eventIds
}
RETURN reduce(acc = [], ids IN collect(entityIds) | acc + ids) AS entityIds,
  reduce(acc = [], ids IN collect(eventIds) | acc + ids) AS eventIds
