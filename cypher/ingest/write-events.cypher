// Writes the article's event reports: a report starts a new event (its own id) or joins an event
// other articles reported (linked: the event is locked, then refresh-events recomputes its date,
// place, name, subtype and factuality). Each report keeps its own date, place, name, subtype and
// factuality on REPORTS; its evidence
// sentences DESCRIBE the event (REPORTS.eventId: the report's own event id); participants are one PARTICIPATED_IN per entity and role whose
// articleIds are the reports naming them. Links of a new event are CREATEd: MERGE would lock
// popular entities until commit, and only this transaction (holding the article's lock) sees the
// new event. A joined event's participant links are found from the event's side, under its lock.
// $articleId: string — article id
// $events: [{id: string, eventId: string, eventElementId: string?, linked: boolean, type: string, subtype: string?, factuality: string,
//     name: string, date: string?, dateSort: string, dateText: string?, placeId: string?, evidence: [string],
//     participants: [{entityId: string, role: string}]}]
//     — the article's event reports (eventId: the event written to; eventElementId: the joined event's
//     element id, which a concurrent report's rename of the event id does not change)
// returns: nothing
MATCH (a:Article {id: $articleId})
UNWIND $events AS row
OPTIONAL CALL (row) {
  MATCH (joined:Event)
  WHERE row.linked AND elementId(joined) = row.eventElementId
  RETURN joined
}
MERGE (ev:Event {id: coalesce(joined.id, row.id)})
  ON CREATE SET ev.kind = 'EVENT', ev.type = row.type, ev.subtype = row.subtype, ev.factuality = row.factuality,
    ev.name = row.name, ev.sortName = toLower(row.name),
    ev.date = row.date, ev.dateSort = row.dateSort, ev.dateText = row.dateText,
    ev.aliases = [row.name], ev.aliasText = row.name
FOREACH (_ IN CASE WHEN row.linked THEN [1] ELSE [] END | SET ev._lock = true REMOVE ev._lock)
CREATE (a)-[:REPORTS {eventId: row.id, name: row.name, date: row.date, dateText: row.dateText, placeId: row.placeId,
  subtype: row.subtype, factuality: row.factuality}]->(ev)
WITH ev, row
CALL (ev, row) {
  UNWIND row.evidence AS sentenceId
  MATCH (s:Sentence {id: sentenceId})
  MERGE (s)-[:DESCRIBES]->(ev)
}
CALL (ev, row) {
  UNWIND row.participants AS p
  MATCH (e:Entity {id: p.entityId})
  // Expand(Into) walks from the node with fewer relationships: the event, not a popular entity.
  CALL (ev, e, p, row) {
    OPTIONAL MATCH (e)-[l:PARTICIPATED_IN {role: p.role}]->(ev)
    WHERE row.linked
    RETURN collect(l) AS existing
  }
  FOREACH (l IN existing | SET l.articleIds = COLLECT { UNWIND l.articleIds + $articleId AS x WITH DISTINCT x RETURN x ORDER BY x })
  FOREACH (_ IN CASE WHEN size(existing) = 0 THEN [1] ELSE [] END |
    CREATE (e)-[:PARTICIPATED_IN {role: p.role, articleIds: [$articleId]}]->(ev))
}
CALL (ev, row) {
  UNWIND CASE WHEN row.placeId IS NULL OR row.linked THEN [] ELSE [row.placeId] END AS placeId
  MATCH (pl:Entity {id: placeId})
  CREATE (ev)-[:TOOK_PLACE_IN {articleIds: [$articleId]}]->(pl)
}
SET ev.mentionCount = COUNT { (:Sentence)-[:DESCRIBES]->(ev) }
