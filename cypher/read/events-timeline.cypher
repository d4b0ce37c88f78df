// A page of the events timeline: chronological (dateSort, then id) with undated events last,
// filtered by type, participant, place and an ISO date range (prefixes: 2014, 2014-03, 2014-03-01).
// $types: [EventType]? — event types to keep, or null for all
// $participant: string? — entity id that must take part, or null
// $place: string? — place entity id where it happened, or null
// $from: string? — earliest date prefix (inclusive), or null
// $to: string? — latest date prefix (inclusive: "2014" keeps 2014-12-31), or null
// $after: {dateSort: string, id: string}? — keyset cursor of the last event already seen, or null
// $limit: int — page size + 1
// returns: event: Event {.id, .kind, .name, .aliases, .mentionCount, .type, .date, .dateSort, .dateText}
MATCH (e:Event)
WHERE ($types IS NULL OR e.type IN $types)
  AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(e) })
  AND ($place IS NULL OR EXISTS { (e)-[:TOOK_PLACE_IN]->(:Entity {id: $place}) })
  AND ($from IS NULL OR e.dateSort >= $from)
  AND ($to IS NULL OR (e.dateSort <> '' AND (e.dateSort <= $to OR e.dateSort STARTS WITH $to)))
WITH e, e.dateSort = '' AS undated
WHERE $after IS NULL
   OR ($after.dateSort = '' AND undated AND e.id > $after.id)
   OR ($after.dateSort <> '' AND (undated OR e.dateSort > $after.dateSort OR (e.dateSort = $after.dateSort AND e.id > $after.id)))
ORDER BY undated, e.dateSort, e.id
LIMIT $limit
RETURN e {.id, .kind, .name, .aliases, .mentionCount, .type, .date, .dateSort, .dateText} AS event
