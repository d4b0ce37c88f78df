// A page of the events each entity took part in (or, for a place, that took place there),
// chronological with undated events last, then by id.
// $ids: [string] — entity ids
// $types: [EventType]? — event types to keep, or null for all
// $subtypes: [EventSubtype]? — event subtypes to keep, or null for all
// $factuality: EventFactuality? — only events told this way, or null for all (events stored
//   before factuality was read as asserted)
// $after: {dateSort: string, id: string}? — keyset cursor of the last event already seen, or null
// $limit: int — rows per entity (page size + 1)
// returns: id: string, events: [Event {.id, .kind, .name, .aliases, .mentionCount, .type, .subtype, .factuality, .date, .dateSort, .dateText}]
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a) {
  CALL (a) {
    MATCH (a)-[:PARTICIPATED_IN]->(e:Event) RETURN e
    UNION
    MATCH (e:Event)-[:TOOK_PLACE_IN]->(a) RETURN e
  }
  WITH e WHERE ($types IS NULL OR e.type IN $types)
    AND ($subtypes IS NULL OR e.subtype IN $subtypes) AND ($factuality IS NULL OR coalesce(e.factuality, 'asserted') = $factuality)
  WITH e, e.dateSort = '' AS undated
  WHERE $after IS NULL
     OR ($after.dateSort = '' AND undated AND e.id > $after.id)
     OR ($after.dateSort <> '' AND (undated OR e.dateSort > $after.dateSort OR (e.dateSort = $after.dateSort AND e.id > $after.id)))
  ORDER BY undated, e.dateSort, e.id
  LIMIT $limit
  RETURN collect(e {.id, .kind, .name, .aliases, .mentionCount, .type, .subtype, .factuality, .date, .dateSort, .dateText}) AS events
}
RETURN id, events
