// Merges the article's events with their evidence sentences, participants (with roles) and place.
// Event ids are per article and this transaction holds the article's lock, so the links to
// participants and places are CREATEd: MERGE would lock popular entities until commit.
// $articleId: string — article id
// $events: [{id: string, type: string, name: string, date: string?, dateSort: string, dateText: string?,
//     placeId: string?, evidence: [string], participants: [{entityId: string, role: string}]}] — the article's events
// returns: nothing
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
  CREATE (e)-[:PARTICIPATED_IN {role: p.role, articleIds: [$articleId]}]->(ev)
}
CALL (ev, row) {
  UNWIND CASE WHEN row.placeId IS NULL THEN [] ELSE [row.placeId] END AS placeId
  MATCH (pl:Entity {id: placeId})
  CREATE (ev)-[:TOOK_PLACE_IN {articleIds: [$articleId]}]->(pl)
}
SET ev.mentionCount = COUNT { (:Sentence)-[:DESCRIBES]->(ev) }
