// What an event's keys are derived from (eventKeys in src/ingest/link-events.ts): its type, each
// report (date, place, the article's publication) and the participants each report names, with
// the keys it is stored under now. Read after a report leaves, a merge or a split.
// $ids: [string] — event ids
// returns: id: string, type: EventType,
//   reports: [{articleId: string, date: string?, placeId: string?, publishedAt: string?}],
//   participants: [{entityId: string, role: ParticipantRole, articleIds: [string]}], keys: [string]
UNWIND $ids AS id
MATCH (ev:Event {id: id})
RETURN ev.id AS id, ev.type AS type,
  [(a:Article)-[r:REPORTS]->(ev) | {articleId: a.id, date: r.date, placeId: r.placeId, publishedAt: a.publishedAt}] AS reports,
  [(x:Entity)-[p:PARTICIPATED_IN]->(ev) | {entityId: x.id, role: p.role, articleIds: p.articleIds}] AS participants,
  [(k:NameKey)-[:NAMES]->(ev) | k.key] AS keys
