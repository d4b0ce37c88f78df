// Ids of the sentences describing each event, in article order.
// $ids: [string] — event ids
// returns: id: string, sentenceIds: [string]
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (s:Sentence)-[:DESCRIBES]->(e)
  WITH s ORDER BY s.articleId, s.index
  RETURN collect(s.id) AS sentenceIds
}
RETURN id, sentenceIds
