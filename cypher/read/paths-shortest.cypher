// The k shortest connections between two entities (k at most LIMITS.maxPaths = 10, the SHORTEST
// literal), same graph, step evidence and one-branch-per-bound search as path-shortest, shortest first.
// $from: string — entity or event id where the paths start
// $to: string — entity or event id where the paths end
// $maxHops: int — longest path allowed (1-6)
// $limit: int — paths returned (1-10)
// returns: nodes: [Entity|Event {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText}],
//   steps: [{type: LinkType, fromId: string, toId: string, forward: boolean, role: ParticipantRole?, weight: int?, former: boolean?,
//     evidence: [string]}]
CALL () { MATCH (n:Entity {id: $from}) RETURN n AS a UNION MATCH (n:Event {id: $from}) RETURN n AS a }
CALL () { MATCH (n:Entity {id: $to}) RETURN n AS b UNION MATCH (n:Event {id: $to}) RETURN n AS b }
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1
  MATCH p = SHORTEST 10 (a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-{1,1}(b)
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 2
  MATCH p = SHORTEST 10 (a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-{1,2}(b)
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 3
  MATCH p = SHORTEST 10 (a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-{1,3}(b)
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 4
  MATCH p = SHORTEST 10 (a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-{1,4}(b)
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 5
  MATCH p = SHORTEST 10 (a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-{1,5}(b)
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 6
  MATCH p = SHORTEST 10 (a)-[:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF|PARTICIPATED_IN]-{1,6}(b)
  RETURN p
}
WITH p ORDER BY length(p)
LIMIT $limit
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
