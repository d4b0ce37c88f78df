// Entities each article names, most mentioned in that article first.
// $ids: [string] — article ids
// $kinds: [NodeKind]? — kinds to keep (PERSON, ORGANIZATION, PLACE), or null for all
// $limit: int — entities per article
// returns: id: string, entities: [Entity {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles}]
UNWIND $ids AS id
MATCH (x:Article {id: id})
CALL (x) {
  MATCH (x)-[h:HAS_ENTITY]->(e:Entity)
  WHERE $kinds IS NULL OR e.kind IN $kinds
  WITH e, h ORDER BY h.mentionCount DESC, e.id
  LIMIT $limit
  RETURN collect(e {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles}) AS entities
}
RETURN id, entities
