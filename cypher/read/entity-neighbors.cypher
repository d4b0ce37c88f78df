// Entities and events within $depth hops of each entity, over typed relationships and event
// participation, nearest first, with the relationship types along one shortest way. Quantifier
// bounds cannot be parameters, so there is one branch per allowed depth (1-3); the branches not
// chosen are cut by the $depth test before they expand anything.
// $ids: [string] — entity or event ids
// $depth: int — 1, 2 or 3
// $kinds: [NodeKind]? — kinds to keep (PERSON, ORGANIZATION, PLACE, EVENT), or null for all
// $limit: int — neighbors per entity
// returns: id: string,
//   neighbors: [{distance: int, types: [LinkType], node: Entity|Event {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .date, .dateText}}]
UNWIND $ids AS id
CALL (id) { MATCH (n:Entity {id: id}) RETURN n AS a UNION MATCH (n:Event {id: id}) RETURN n AS a }
CALL (a) {
  CALL (a) {
    WITH a WHERE $depth = 1
    MATCH p = ANY SHORTEST (a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-{1,1}(b)
    RETURN p, b
    UNION
    WITH a WHERE $depth = 2
    MATCH p = ANY SHORTEST (a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-{1,2}(b)
    RETURN p, b
    UNION
    WITH a WHERE $depth = 3
    MATCH p = ANY SHORTEST (a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-{1,3}(b)
    RETURN p, b
  }
  WITH p, b WHERE b <> a AND ($kinds IS NULL OR b.kind IN $kinds)
  ORDER BY length(p), b.mentionCount DESC, b.id
  LIMIT $limit
  RETURN collect({
    distance: length(p),
    types: [r IN relationships(p) | type(r)],
    node: b {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .date, .dateText}
  }) AS neighbors
}
RETURN id, neighbors
