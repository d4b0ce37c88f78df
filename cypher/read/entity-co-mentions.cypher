// A page of co-mentioned entities for each entity: others named in the same sentences, most shared
// sentences first (then id), each with a few sample sentence ids. Derived from MENTIONS, never stored.
// $ids: [string] — entity ids
// $kinds: [NodeKind]? — kinds to keep (PERSON, ORGANIZATION, PLACE), or null for all
// $after: {count: number, id: string}? — keyset cursor of the last item already seen, or null
// $limit: int — rows per entity (page size + 1)
// $samples: int — sample evidence sentences per co-mention
// returns: id: string,
//   items: [{count: int, evidence: [string], node: Entity {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles}}]
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(b:Entity)
  WHERE b <> a AND ($kinds IS NULL OR b.kind IN $kinds)
  WITH b, count(DISTINCT s) AS count, collect(DISTINCT s.id) AS sentenceIds
  WHERE $after IS NULL OR count < $after.count OR (count = $after.count AND b.id > $after.id)
  ORDER BY count DESC, b.id
  LIMIT $limit
  RETURN collect({
    count: count, evidence: sentenceIds[0..$samples],
    node: b {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles}
  }) AS items
}
RETURN id, items
