// A page of the events timeline: chronological (dateSort, then id) with undated events last,
// filtered by type, subtype, factuality, participant, place and an ISO date range (prefixes: 2014,
// 2014-03, 2014-03-01).
// Cost follows the page, not the graph: one branch runs, chosen by how many events the filter
// entity has (its degree, read from the node, not counted) against the events in the graph:
//   - a participant (or place) with few events: start from it, sort its events, keep a page;
//   - no participant or place, or one in so many events that a page of them comes soon in date
//     order: walk the (dateSort, id) index from the cursor (dated events, then the undated in id
//     order) and keep the matching ones, so a deep page seeks to its cursor instead of sorting
//     everything before it; the undated are walked only when the dated ones leave the page short.
// Expanding costs about its degree d, the index walk about page × events / d: the index wins when
// d² > page × events (× 4, as a walked entry also checks the filter).
// $types: [EventType]? — event types to keep, or null for all
// $subtypes: [EventSubtype]? — event subtypes to keep, or null for all
// $factuality: EventFactuality? — only events told this way, or null for all (events stored
//   before factuality was read as asserted)
// $participant: string? — entity id that must take part, or null
// $place: string? — place entity id where it happened, or null
// $from: string? — earliest date prefix (inclusive), or null
// $to: string? — latest date prefix (inclusive: "2014" keeps 2014-12-31), or null
// $after: {dateSort: string, id: string}? — keyset cursor of the last event already seen, or null
// $limit: int — page size + 1
// returns: event: Event {.id, .kind, .name, .aliases, .mentionCount, .type, .subtype, .factuality, .date, .dateSort, .dateText}
OPTIONAL MATCH (p:Entity {id: $participant})
OPTIONAL MATCH (pl:Entity {id: $place})
WITH p, pl WHERE ($participant IS NULL OR p IS NOT NULL) AND ($place IS NULL OR pl IS NOT NULL)
WITH p, pl, COUNT { MATCH (:Event) } AS events,
  CASE WHEN p IS NULL THEN null ELSE COUNT { (p)-[:PARTICIPATED_IN]->() } END AS pDegree,
  CASE WHEN pl IS NULL THEN null ELSE COUNT { (pl)<-[:TOOK_PLACE_IN]-() } END AS plDegree
WITH p, pl,
  CASE
    WHEN pDegree IS NOT NULL AND (plDegree IS NULL OR pDegree <= plDegree) AND pDegree * pDegree <= 4 * $limit * events THEN 'participant'
    WHEN plDegree IS NOT NULL AND plDegree * plDegree <= 4 * $limit * events THEN 'place'
    ELSE 'index'
  END AS start
// One row whatever the branch finds (a collect with no grouping key), so the undated walk below
// still runs when no dated event is left.
CALL (p, pl, start) {
  CALL (p, pl, start) {
    WITH p, pl WHERE start = 'participant'
    MATCH (p)-[:PARTICIPATED_IN]->(e:Event)
    RETURN e
    UNION
    WITH p, pl WHERE start = 'place'
    MATCH (pl)<-[:TOOK_PLACE_IN]-(e:Event)
    RETURN e
    UNION
    // Dated events from the cursor on, in index order (' ' sorts before every date and after '').
    // The branch guard sits in the seek's bound (a branch not taken seeks past every date, '~'):
    // as a plain WHERE the planner would test it only after seeking.
    WITH p, pl, CASE WHEN start = 'index' AND coalesce($after.dateSort, ' ') <> '' THEN coalesce($after.dateSort, ' ') ELSE '~' END AS lowest
    MATCH (e:Event)
    USING INDEX e:Event(dateSort, id)
    WHERE e.dateSort >= lowest AND e.dateSort >= coalesce($from, ' ') AND e.id IS NOT NULL
      AND ($after IS NULL OR e.dateSort > $after.dateSort OR e.id > $after.id)
      AND ($types IS NULL OR e.type IN $types)
      AND ($subtypes IS NULL OR e.subtype IN $subtypes) AND ($factuality IS NULL OR coalesce(e.factuality, 'asserted') = $factuality)
      AND (p IS NULL OR EXISTS { (p)-[:PARTICIPATED_IN]->(e) })
      AND (pl IS NULL OR EXISTS { (e)-[:TOOK_PLACE_IN]->(pl) })
      AND ($to IS NULL OR e.dateSort <= $to OR e.dateSort STARTS WITH $to)
    WITH e ORDER BY e.dateSort, e.id
    LIMIT $limit
    RETURN e
  }
  RETURN collect(e) AS dated
}
// Then the undated, in id order (none when a date range is asked for), walked only when the dated
// events left the page short: the dated branch already applies every filter, so when it filled
// the page no undated event could make it (they sort last).
CALL (p, pl, start, dated) {
  WITH p, pl, CASE WHEN start = 'index' AND $from IS NULL AND $to IS NULL AND size(dated) < $limit THEN '' ELSE '~' END AS undated
  MATCH (e:Event)
  USING INDEX e:Event(dateSort, id)
  WHERE e.dateSort = undated AND e.id > CASE WHEN $after.dateSort = '' THEN $after.id ELSE '' END
    AND ($types IS NULL OR e.type IN $types)
    AND ($subtypes IS NULL OR e.subtype IN $subtypes) AND ($factuality IS NULL OR coalesce(e.factuality, 'asserted') = $factuality)
    AND (p IS NULL OR EXISTS { (p)-[:PARTICIPATED_IN]->(e) })
    AND (pl IS NULL OR EXISTS { (e)-[:TOOK_PLACE_IN]->(pl) })
  // dateSort is '' throughout: ordering by it too lets the index give the order (no sort).
  WITH e ORDER BY e.dateSort, e.id
  LIMIT $limit
  RETURN collect(e) AS undated
}
UNWIND dated + undated AS e
WITH p, pl, e, e.dateSort = '' AS undated
WHERE ($types IS NULL OR e.type IN $types)
  AND ($subtypes IS NULL OR e.subtype IN $subtypes) AND ($factuality IS NULL OR coalesce(e.factuality, 'asserted') = $factuality)
  AND (p IS NULL OR EXISTS { (p)-[:PARTICIPATED_IN]->(e) })
  AND (pl IS NULL OR EXISTS { (e)-[:TOOK_PLACE_IN]->(pl) })
  AND ($from IS NULL OR e.dateSort >= $from)
  AND ($to IS NULL OR (e.dateSort <> '' AND (e.dateSort <= $to OR e.dateSort STARTS WITH $to)))
  AND ($after IS NULL
   OR ($after.dateSort = '' AND undated AND e.id > $after.id)
   OR ($after.dateSort <> '' AND (undated OR e.dateSort > $after.dateSort OR (e.dateSort = $after.dateSort AND e.id > $after.id))))
ORDER BY undated, e.dateSort, e.id
LIMIT $limit
RETURN e {.id, .kind, .name, .aliases, .mentionCount, .type, .subtype, .factuality, .date, .dateSort, .dateText} AS event
