// Entities and events by id (the per-request entity loader). One row per id found, in any order;
// events carry their place. Two index seeks per id (Entity and Event have separate constraints).
// $ids: [string] — entity or event ids
// returns: node: Entity|Event {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date,
//     .dateText, placeId: string?}
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id})
  RETURN n, null AS placeId
  UNION
  MATCH (n:Event {id: id})
  OPTIONAL MATCH (n)-[:TOOK_PLACE_IN]->(p:Entity)
  RETURN n, p.id AS placeId
}
RETURN n {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText, placeId: placeId} AS node
