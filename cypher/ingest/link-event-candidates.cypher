// Linking event reports at ingest: locks the keys the article's reports will be stored under (in
// key order; new keys are created to hold the lock), so two articles reporting the same new event
// serialise here, then reads the events stored under each report's lookup keys (at most 50 a
// key) with what chooseEvent (src/ingest/link-events.ts) compares: type, date, place (and its
// name, and the places it lies in), participants (with their names, kinds and the entities they
// are recorded as possibly the same as, at most 20) and the publication dates of the reporting
// articles. Also the places each report's own place lies in.
// $lockKeys: [string] — the reports' event keys, sorted
// $reports: [{id: string, placeId: string?, keys: [string]}] — each report's lookup keys
// returns: id: string, placeParents: [string],
//   candidates: [{id: string, elementId: string, type: EventType, date: string?, placeId: string?, placeName: string?,
//     participants: [string], people: [{id: string, name: string, kind: EntityKind, possiblySame: [string]}],
//     published: [string?], placeParents: [string]}]
CALL () {
  UNWIND $lockKeys AS key
  WITH DISTINCT key ORDER BY key
  MERGE (k:NameKey {key: key})
  SET k._lock = true
  REMOVE k._lock
  RETURN count(*) AS locked
}
UNWIND $reports AS r
CALL (r) {
  UNWIND r.keys AS key
  CALL (key) {
    MATCH (:NameKey {key: key})-[:NAMES]->(ev:Event)
    RETURN ev LIMIT 50
  }
  WITH DISTINCT ev
  OPTIONAL MATCH (ev)-[:TOOK_PLACE_IN]->(pl:Entity)
  RETURN collect({
    id: ev.id, elementId: elementId(ev), type: ev.type, date: ev.date, placeId: pl.id, placeName: pl.name,
    participants: [(x:Entity)-[:PARTICIPATED_IN]->(ev) | x.id],
    people: [(x:Entity)-[p:PARTICIPATED_IN]->(ev) WHERE p.role <> 'place' |
      {id: x.id, name: x.name, kind: x.kind, possiblySame: [(x)-[:POSSIBLY_SAME_AS]-(y:Entity) | y.id][0..20]}],
    published: [(a:Article)-[:REPORTS]->(ev) | a.publishedAt],
    placeParents: [(pl)-[:LOCATED_IN]->(q:Entity) | q.id]
  }) AS candidates
}
OPTIONAL MATCH (own:Entity {id: r.placeId})
RETURN r.id AS id, [(own)-[:LOCATED_IN]->(q:Entity) | q.id] AS placeParents, candidates
