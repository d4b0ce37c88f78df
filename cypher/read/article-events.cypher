// Events each article reports, chronological with undated last.
// $ids: [string] — article ids
// $types: [EventType]? — event types to keep, or null for all
// $limit: int — events per article
// returns: id: string, events: [Event {.id, .kind, .name, .aliases, .mentionCount, .type, .subtype, .factuality, .date, .dateSort, .dateText}]
UNWIND $ids AS id
MATCH (x:Article {id: id})
CALL (x) {
  MATCH (x)-[:REPORTS]->(e:Event)
  WHERE $types IS NULL OR e.type IN $types
  WITH e ORDER BY e.dateSort = '', e.dateSort, e.id
  LIMIT $limit
  RETURN collect(e {.id, .kind, .name, .aliases, .mentionCount, .type, .subtype, .factuality, .date, .dateSort, .dateText}) AS events
}
RETURN id, events
