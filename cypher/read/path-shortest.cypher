// The shortest connection between two entities over typed relationships and event participation
// (entity -PARTICIPATED_IN- event -PARTICIPATED_IN- entity), at most $maxHops steps. Quantifier
// bounds cannot be parameters, so there is one branch per allowed bound (1-6, LIMITS.maxHops); the
// branches not chosen are cut by the $maxHops test before they expand anything, so a small
// maxHops also bounds the search. shortestPath() searches from both ends at once (on the 10k
// graph 20-40 ms between a typical entity and the hub, where SHORTEST 1 took about 900 ms); it
// refuses a path from a node to itself, hence a <> b. Each step carries its evidence sentence
// ids: the relationship's evidence, or for a participation step the event's DESCRIBES sentences;
// a typed relationship's step says whether it is former (null for a participation).
// $from: string — entity or event id where the path starts
// $to: string — entity or event id where the path ends
// $maxHops: int — longest path allowed (1-6)
// returns: nodes: [Entity|Event {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText}],
//   steps: [{type: LinkType, fromId: string, toId: string, forward: boolean, role: ParticipantRole?, weight: int?, former: boolean?,
//     evidence: [string]}]
CALL () { MATCH (n:Entity {id: $from}) RETURN n AS a UNION MATCH (n:Event {id: $from}) RETURN n AS a }
CALL () { MATCH (n:Entity {id: $to}) RETURN n AS b UNION MATCH (n:Event {id: $to}) RETURN n AS b }
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1 AND a <> b
  MATCH p = shortestPath((a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN*1..1]-(b))
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 2 AND a <> b
  MATCH p = shortestPath((a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN*1..2]-(b))
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 3 AND a <> b
  MATCH p = shortestPath((a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN*1..3]-(b))
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 4 AND a <> b
  MATCH p = shortestPath((a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN*1..4]-(b))
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 5 AND a <> b
  MATCH p = shortestPath((a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN*1..5]-(b))
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 6 AND a <> b
  MATCH p = shortestPath((a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN*1..6]-(b))
  RETURN p
}
RETURN
  [n IN nodes(p) | n {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText}] AS nodes,
  [i IN range(0, length(p) - 1) | {
    type: type(relationships(p)[i]),
    fromId: nodes(p)[i].id,
    toId: nodes(p)[i + 1].id,
    forward: startNode(relationships(p)[i]) = nodes(p)[i],
    role: relationships(p)[i].role,
    weight: relationships(p)[i].weight,
    former: CASE type(relationships(p)[i]) WHEN 'PARTICIPATED_IN' THEN null ELSE coalesce(relationships(p)[i].former, false) END,
    evidence: CASE type(relationships(p)[i])
      WHEN 'PARTICIPATED_IN' THEN COLLECT {
        MATCH (s:Sentence)-[:DESCRIBES]->(ev:Event)
        WHERE ev = endNode(relationships(p)[i])
        RETURN s.id ORDER BY s.articleId, s.index
      }
      ELSE relationships(p)[i].evidence
    END
  }] AS steps
