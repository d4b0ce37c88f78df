// How many events match the timeline filters (Event connection totalCount); counts only.
// $types: [EventType]? — event types to keep, or null for all
// $subtypes: [EventSubtype]? — event subtypes to keep, or null for all
// $factuality: EventFactuality? — only events told this way, or null for all (events stored
//   before factuality was read as asserted)
// $participant: string? — entity id that must take part, or null
// $place: string? — place entity id where it happened, or null
// $from: string? — earliest date prefix (inclusive), or null
// $to: string? — latest date prefix (inclusive), or null
// returns: count: int
MATCH (e:Event)
WHERE ($types IS NULL OR e.type IN $types)
  AND ($subtypes IS NULL OR e.subtype IN $subtypes) AND ($factuality IS NULL OR coalesce(e.factuality, 'asserted') = $factuality)
  AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(e) })
  AND ($place IS NULL OR EXISTS { (e)-[:TOOK_PLACE_IN]->(:Entity {id: $place}) })
  AND ($from IS NULL OR e.dateSort >= $from)
  AND ($to IS NULL OR (e.dateSort <> '' AND (e.dateSort <= $to OR e.dateSort STARTS WITH $to)))
RETURN count(e) AS count
