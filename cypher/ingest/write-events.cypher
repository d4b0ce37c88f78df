// Merges the article's events with their evidence sentences, participants (with roles) and place.
// $articleId: article id
// $events: [{id, type, name, date, dateSort, dateText, placeId, evidence: [sentenceId], participants: [{entityId, role}]}]
MATCH (a:Article {id: $articleId})
UNWIND $events AS row
MERGE (ev:Event {id: row.id})
SET ev.kind = 'EVENT', ev.type = row.type, ev.name = row.name, ev.sortName = toLower(row.name),
    ev.date = row.date, ev.dateSort = row.dateSort, ev.dateText = row.dateText,
    ev.aliases = [row.name], ev.aliasText = row.name
MERGE (a)-[:REPORTS]->(ev)
WITH ev, row
CALL (ev, row) {
  UNWIND row.evidence AS sentenceId
  MATCH (s:Sentence {id: sentenceId})
  MERGE (s)-[:DESCRIBES]->(ev)
}
CALL (ev, row) {
  UNWIND row.participants AS p
  MATCH (e:Entity {id: p.entityId})
  MERGE (e)-[r:PARTICIPATED_IN {role: p.role}]->(ev)
  SET r.articleIds = CASE WHEN $articleId IN coalesce(r.articleIds, []) THEN r.articleIds
                          ELSE coalesce(r.articleIds, []) + $articleId END
}
CALL (ev, row) {
  UNWIND CASE WHEN row.placeId IS NULL THEN [] ELSE [row.placeId] END AS placeId
  MATCH (pl:Entity {id: placeId})
  MERGE (ev)-[t:TOOK_PLACE_IN]->(pl)
  SET t.articleIds = CASE WHEN $articleId IN coalesce(t.articleIds, []) THEN t.articleIds
                          ELSE coalesce(t.articleIds, []) + $articleId END
}
SET ev.mentionCount = COUNT { (:Sentence)-[:DESCRIBES]->(ev) }
