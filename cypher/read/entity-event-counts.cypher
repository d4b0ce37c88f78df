// How many events each entity took part in or hosted (Event connection totalCount).
// $ids: [string] — entity ids
// $types: [EventType]? — event types to count, or null for all
// $subtypes: [EventSubtype]? — event subtypes to count, or null for all
// $factuality: EventFactuality? — only events told this way, or null for all (events stored
//   before factuality was read as asserted)
// returns: id: string, count: int
UNWIND $ids AS id
MATCH (a:Entity {id: id})
RETURN id, COUNT {
  CALL (a) {
    MATCH (a)-[:PARTICIPATED_IN]->(e:Event) RETURN e
    UNION
    MATCH (e:Event)-[:TOOK_PLACE_IN]->(a) RETURN e
  }
  WITH e WHERE ($types IS NULL OR e.type IN $types)
    AND ($subtypes IS NULL OR e.subtype IN $subtypes) AND ($factuality IS NULL OR coalesce(e.factuality, 'asserted') = $factuality)
  RETURN e
} AS count
