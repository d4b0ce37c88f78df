// Recomputes events reported by several articles from their reports (REPORTS {eventId, date,
// dateText, name, placeId}): the id, the smallest of the reports' own event ids (so the id does not
// depend on which article came first); the most precise date (ties: the earliest article), the most precise place
// (the one inside the most other reported places; ties: most reports, then id) with one
// TOOK_PLACE_IN whose articleIds are the reports that name a place, the name of a report naming
// that place, every report's name as an alias, and the evidence count. The factuality is planned
// only while every report says planned; the subtype is the one most reports name (reports naming
// none do not count; ties: the latest report's by publication, then article id, then name; null
// when none names one) — the rules of src/ingest/event-report-facts.ts. Reports written before
// they carried these read as asserted, without a subtype. After a report joins or leaves.
// $eventIds: [string] — event ids
// $elementIds: [string] — element ids of more events (joined at ingest: an element id survives a rename)
// returns: nothing
CALL () {
  UNWIND $eventIds AS id
  MATCH (ev:Event {id: id})
  RETURN ev
  UNION
  UNWIND $elementIds AS eid
  MATCH (ev:Event)
  WHERE elementId(ev) = eid
  RETURN ev
}
SET ev._lock = true
REMOVE ev._lock
WITH ev
CALL (ev) {
  MATCH (a:Article)-[r:REPORTS]->(ev)
  WITH a, r ORDER BY size(coalesce(r.date, '')) DESC, a.publishedSort, a.id
  RETURN collect({date: r.date, dateText: r.dateText, name: r.name, placeId: r.placeId, articleId: a.id, eventId: r.eventId,
    subtype: r.subtype, factuality: coalesce(r.factuality, 'asserted'), latest: a.publishedSort + '|' + a.id}) AS reports
}
WITH ev, reports WHERE size(reports) > 0
CALL (reports) {
  UNWIND reports AS r
  WITH r WHERE r.placeId IS NOT NULL
  WITH r.placeId AS placeId, count(*) AS n
  MATCH (p:Entity {id: placeId})
  WITH p, n, COUNT { (p)-[:LOCATED_IN]->(q:Entity) WHERE q.id IN [x IN reports | x.placeId] AND q <> p } AS depth
  ORDER BY depth DESC, n DESC, p.id
  RETURN collect(p)[0] AS place
}
CALL (ev, place) {
  OPTIONAL MATCH (ev)-[t:TOOK_PLACE_IN]->(other:Entity)
  WHERE place IS NULL OR other <> place
  DELETE t
}
CALL (ev, place, reports) {
  WITH ev, place, reports WHERE place IS NOT NULL
  MERGE (ev)-[t:TOOK_PLACE_IN]->(place)
  SET t.articleIds = COLLECT { UNWIND reports AS x WITH x WHERE x.placeId IS NOT NULL RETURN x.articleId ORDER BY x.articleId }
}
CALL (reports) {
  UNWIND reports AS r
  WITH r WHERE r.subtype IS NOT NULL
  WITH r.subtype AS subtype, count(*) AS n, max(r.latest) AS latest
  ORDER BY n DESC, latest DESC, subtype
  RETURN collect(subtype)[0] AS subtype
}
WITH ev, reports, subtype, reports[0] AS byDate, [x IN reports WHERE x.placeId = place.id][0] AS byPlace
WITH ev, reports, subtype, byDate, coalesce(byPlace, byDate).name AS name
SET ev.id = coalesce(COLLECT { UNWIND reports AS x WITH x.eventId AS id WHERE id IS NOT NULL RETURN id ORDER BY id LIMIT 1 }[0], ev.id),
  ev.date = byDate.date, ev.dateSort = coalesce(byDate.date, ''), ev.dateText = byDate.dateText,
  ev.name = name, ev.sortName = toLower(name),
  ev.subtype = subtype,
  ev.factuality = CASE WHEN all(x IN reports WHERE x.factuality = 'planned') THEN 'planned' ELSE 'asserted' END,
  ev.aliases = reduce(acc = [name], x IN reports | CASE WHEN x.name IN acc THEN acc ELSE acc + x.name END),
  ev.aliasText = reduce(s = '', x IN reduce(acc = [name], y IN reports | CASE WHEN y.name IN acc THEN acc ELSE acc + y.name END) | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x),
  ev.mentionCount = COUNT { (:Sentence)-[:DESCRIBES]->(ev) }
