// Linking at ingest, one statement per article: for each extracted entity, the entity a decision
// pins it to (LinkPin), the entity with its id or the one its id redirects to (strong names), and
// the candidates stored under its lookup keys, with their keys and a sample of their context
// (those of the entities named in up to 20 of their articles, the closest in time, that this
// article's entities could resolve to; and those articles' dates). Every lookup is an
// index seek on NameKey.key, at most 50 candidates a key: the cost does not grow with the graph.
// The keys of entities not resolved by a pin or an id are locked first, in key order (a new key
// is created to hold the lock; drop-unused-name-keys removes it again if nothing was stored
// under it), so two articles naming the same new person serialise here and the second sees the
// first one's entity.
// $articleId: string — article id
// $published: string? — the article's publication day (YYYY-MM-DD), or null
// $entities: [{id: string, altId: string, byId: boolean, keys: [string]}] — the article's extracted entities
// returns: id: string, pinnedId: string?, idTaken: boolean, altTaken: boolean,
//   found: Entity {.id, .kind, .name, .roles, .articleCount, keys: [string], coMentions: [{id: string, n: int, df: int}], dates: [string]}?,
//   hits: [{key: string, id: string}],
//   nodes: [Entity {.id, .kind, .name, .roles, .articleCount, keys: [string], coMentions: [{id: string, n: int, df: int}], dates: [string]}]
UNWIND $entities AS x
OPTIONAL MATCH (pin:LinkPin {key: $articleId + '|' + x.id})
CALL (x, pin) {
  WITH coalesce(pin.entityId, x.id) AS target
  OPTIONAL MATCH (direct:Entity {id: target})
  // An id linked to several entities (a lone surname linked by context) redirects to the most named.
  OPTIONAL CALL (target) {
    MATCH (:NameKey {key: 'ID|' + target})-[:NAMES]->(moved:Entity)
    RETURN moved ORDER BY moved.articleCount DESC, moved.id LIMIT 1
  }
  RETURN CASE WHEN pin IS NOT NULL OR x.byId THEN coalesce(direct, moved) END AS found,
    EXISTS { (:Entity {id: x.id}) } AS idTaken, EXISTS { (:Entity {id: x.altId}) } AS altTaken
}
WITH collect({x: x, pinnedId: pin.entityId, found: found, idTaken: idTaken, altTaken: altTaken}) AS rows
CALL (rows) {
  UNWIND rows AS r
  WITH r WHERE r.found IS NULL AND r.pinnedId IS NULL
  UNWIND r.x.keys AS key
  WITH DISTINCT key ORDER BY key
  MERGE (k:NameKey {key: key})
  SET k._lock = true
  REMOVE k._lock
  RETURN count(*) AS locked
}
UNWIND rows AS r
CALL (r) {
  UNWIND CASE WHEN r.found IS NULL AND r.pinnedId IS NULL THEN r.x.keys ELSE [] END AS key
  CALL (key) {
    MATCH (:NameKey {key: key})-[:NAMES]->(c:Entity)
    RETURN c LIMIT 50
  }
  RETURN collect({key: key, id: c.id}) AS hits, collect(DISTINCT c) AS candidates
}
WITH collect({r: r, hits: hits, ids: [n IN [r.found] + candidates WHERE n IS NOT NULL | n.id], candidates: candidates}) AS looked
// Every entity this article's entities could resolve to, and their own ids: the only co-mentions
// the linker can use (it counts those of a candidate's co-mentions that are named in this
// article), so only those are returned.
WITH looked, [l IN looked | l.r.x.id] + [l IN looked | l.r.x.altId] + [l IN looked WHERE l.r.pinnedId IS NOT NULL | l.r.pinnedId]
  + reduce(acc = [], l IN looked | acc + l.ids) AS context
CALL (looked, context) {
  UNWIND looked AS l
  UNWIND l.candidates AS c
  WITH DISTINCT c
  // Context of each candidate by key (entities found by id: see below), from the 20 of its
  // articles closest in time to this one (news about one person clusters in time), chosen among
  // at most 300 of them: a bounded read however famous it is. Once per candidate, however many
  // of the article's entities it is a candidate of.
  CALL (c) {
    MATCH (c)<-[:HAS_ENTITY]-(a:Article)
    WITH a LIMIT 300
    WITH a, CASE WHEN a.publishedSort = '' OR $published IS NULL THEN 100000
      ELSE abs(duration.inDays(date(left(a.publishedSort, 10)), date($published)).days) END AS distance
    ORDER BY distance, a.id
    LIMIT 20
    RETURN collect(a) AS articles
  }
  CALL (c, articles, context) {
    UNWIND articles AS a
    MATCH (a)-[:HAS_ENTITY]->(o:Entity)
    WHERE o <> c AND o.id IN context
    WITH o, count(*) AS n
    RETURN collect({id: o.id, n: n, df: o.articleCount}) AS coMentions
  }
  RETURN collect(c {.id, .kind, .name, .roles, .articleCount, keys: [(k:NameKey)-[:NAMES]->(c) | k.key],
    coMentions: coMentions, dates: [a IN articles WHERE a.publishedSort <> '' | a.publishedSort]}) AS nodes
}
// An entity found by its id or a pin is linked to it whatever its context says (link-entities.ts),
// so it comes without context unless it is also some other entity's candidate by a key. (The
// found entities are the famous ones: reading their articles was most of this statement's work.)
CALL (looked, nodes) {
  UNWIND looked AS l
  WITH l.r.found AS c
  WHERE c IS NOT NULL AND NOT c.id IN [n IN nodes | n.id]
  WITH DISTINCT c
  RETURN collect(c {.id, .kind, .name, .roles, .articleCount, keys: [(k:NameKey)-[:NAMES]->(c) | k.key],
    coMentions: [], dates: []}) AS bare
}
UNWIND looked AS l
WITH l.r AS r, l.hits AS hits, [n IN nodes + bare WHERE n.id IN l.ids] AS nodes
RETURN r.x.id AS id, r.pinnedId AS pinnedId, r.idTaken AS idTaken, r.altTaken AS altTaken,
  [n IN nodes WHERE n.id = r.found.id][0] AS found, hits, nodes
