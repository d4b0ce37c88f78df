// How many distinct entities share a sentence with each entity (CoMention connection totalCount).
// $ids: [string] — entity ids
// $kinds: [NodeKind]? — kinds to count, or null for all
// returns: id: string, count: int
UNWIND $ids AS id
MATCH (a:Entity {id: id})
RETURN id, COUNT {
  MATCH (a)<-[:MENTIONS]-(:Sentence)-[:MENTIONS]->(b:Entity)
  WHERE b <> a AND ($kinds IS NULL OR b.kind IN $kinds)
  RETURN DISTINCT b
} AS count
