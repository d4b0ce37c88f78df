// Entities and events within $depth hops of each entity, over typed relationships and event
// participation, nearest first (then most mentioned, then id), with the relationship types along
// one shortest way. Ring by ring, so cost follows the page: the next ring is expanded only while
// the page is not full, and never at all when the nearer rings fill it (a hub's first ring always
// does, so its depth-2 page costs its own degree, not the graph). A node at distance k is one of
// ring k that no nearer ring holds (checked with an expand-into from the start for ring 1).
// $ids: [string] — entity or event ids
// $depth: int — 1, 2 or 3
// $kinds: [NodeKind]? — kinds to keep (PERSON, ORGANIZATION, PLACE, EVENT), or null for all
// $limit: int — neighbors per entity
// returns: id: string,
//   neighbors: [{distance: int, types: [LinkType], node: Entity|Event {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText}}]
UNWIND $ids AS id
CALL (id) { MATCH (n:Entity {id: id}) RETURN n AS a UNION MATCH (n:Event {id: id}) RETURN n AS a }
CALL (a) {
  OPTIONAL MATCH (a)-[r:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-(b)
  WHERE b <> a
  WITH b, head(collect(type(r))) AS type
  RETURN collect({node: b, types: [type]}) AS ring1
}
CALL (ring1) {
  UNWIND ring1 AS x
  WITH x WHERE $kinds IS NULL OR x.node.kind IN $kinds
  WITH x ORDER BY x.node.mentionCount DESC, x.node.id
  LIMIT $limit
  RETURN collect({distance: 1, types: x.types, node: x.node}) AS near1
}
CALL (a, ring1, near1) {
  UNWIND CASE WHEN $depth >= 2 AND size(near1) < $limit THEN ring1 ELSE [] END AS x
  WITH x.node AS b, x.types AS via
  MATCH (b)-[r:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-(c)
  WHERE c <> a AND NOT EXISTS { (a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-(c) }
  WITH c, head(collect(via + type(r))) AS types
  RETURN collect({node: c, types: types}) AS ring2
}
CALL (ring2) {
  UNWIND ring2 AS x
  WITH x WHERE $kinds IS NULL OR x.node.kind IN $kinds
  WITH x ORDER BY x.node.mentionCount DESC, x.node.id
  RETURN collect({distance: 2, types: x.types, node: x.node}) AS sorted2
}
WITH id, a, ring2, near1, sorted2[0..$limit - size(near1)] AS near2
CALL (a, ring2, near1, near2) {
  UNWIND CASE WHEN $depth >= 3 AND size(near1) + size(near2) < $limit THEN ring2 ELSE [] END AS x
  WITH x.node AS b, x.types AS via, [y IN ring2 | y.node] AS seen
  MATCH (b)-[r:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-(c)
  WHERE c <> a AND NOT c IN seen
    AND NOT EXISTS { (a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-(c) }
    AND ($kinds IS NULL OR c.kind IN $kinds)
  WITH c, head(collect(via + type(r))) AS types
  ORDER BY c.mentionCount DESC, c.id
  RETURN collect({distance: 3, types: types, node: c}) AS sorted3
}
WITH id, near1, near2, sorted3[0..$limit - size(near1) - size(near2)] AS near3
CALL (near1, near2, near3) {
  UNWIND near1 + near2 + near3 AS x
  WITH x, x.node AS n
  RETURN collect({
    distance: x.distance, types: x.types,
    node: n {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText}
  }) AS neighbors
}
RETURN id, neighbors
