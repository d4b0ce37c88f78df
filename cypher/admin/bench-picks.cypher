// What npm run bench:api (and scripts/profile-statements.ts) ask about, chosen from the graph
// itself so every corpus size picks alike: the most mentioned person (entity card), the entity
// taking part in most events (the hub) and one taking part in about $typical events (typical
// participant), and the sort keys at $depth (0-1) of the entity list by mentions and of the
// timeline, where a deep page starts; an article and an event of the card's entity. One row.
// $typical: int — event count of a typical participant
// $depth: number — how far into each list the deep page starts (0.4 = the 21st of 50 pages)
// returns: card: {id: string, name: string}, hub: {id: string, name: string, events: int},
//   typical: {id: string, name: string, events: int},
//   entityKey: {mentions: int, id: string}, eventKey: {dateSort: string, id: string}, article: string, event: string
CALL () {
  MATCH (p:Person) WITH p ORDER BY p.mentionCount DESC, p.id LIMIT 1
  RETURN p {.id, .name} AS card
}
CALL () {
  MATCH (e:Entity) WITH e, COUNT { (e)-[:PARTICIPATED_IN]->() } AS events
  ORDER BY events DESC, e.id LIMIT 1
  RETURN e {.id, .name, events: events} AS hub
}
CALL () {
  MATCH (e:Entity) WITH e, COUNT { (e)-[:PARTICIPATED_IN]->() } AS events
  ORDER BY abs(events - $typical), e.id LIMIT 1
  RETURN e {.id, .name, events: events} AS typical
}
CALL () {
  MATCH (n:Entity) WITH n ORDER BY n.mentionCount DESC, n.id DESC
  WITH collect({mentions: n.mentionCount, id: n.id}) AS keys
  RETURN keys[toInteger(size(keys) * $depth)] AS entityKey
}
CALL () {
  MATCH (e:Event) WITH e ORDER BY e.dateSort = '', e.dateSort, e.id
  WITH collect({dateSort: e.dateSort, id: e.id}) AS keys
  RETURN keys[toInteger(size(keys) * $depth)] AS eventKey
}
CALL (card) {
  MATCH (a:Article)-[:HAS_ENTITY]->(:Entity {id: card.id})
  WITH a ORDER BY a.id LIMIT 1
  MATCH (a)-[:REPORTS]->(ev:Event)
  RETURN a.id AS article, min(ev.id) AS event
}
RETURN card, hub, typical, entityKey, eventKey, article, event
