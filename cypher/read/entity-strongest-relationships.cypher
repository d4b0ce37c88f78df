// The first page of read/entity-relationships with no filter (every type, both directions,
// current and former, no cursor): the entity card's and the nested lists' case. The same rows as
// read/entity-relationships gives for those arguments (a test compares them), without its
// per-relationship checks of null parameters, which cost a hub's card about a sixth of its time
// (976 relationships expanded to keep 21). Keep the two in step.
// $ids: [string] — entity ids
// $limit: int — rows per entity (page size + 1, to tell whether a next page exists)
// $evidence: int — evidence sentences to read with each edge, and evidence ids to return (0: none)
// returns: id: string,
//   node: Entity {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText,
//     placeId: string?},
//   edges: [{type: RelationshipType, direction: 'OUT' | 'IN', weight: int, former: boolean, evidence: [string], key: string,
//     node: Entity {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles},
//     sentences: [{sentence: Sentence {.id, .articleId, .index, .start, .end, .text},
//       article: Article {.id, .title, .url, .publishedAt, .publishedSort, .ingestedAt, .sentenceCount}}]}]
UNWIND $ids AS id
MATCH (a:Entity {id: id})
CALL (a) {
  MATCH (a)-[r:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF]-(b:Entity)
  WHERE a <> b
  WITH r, b, CASE WHEN startNode(r) = a THEN 'OUT' ELSE 'IN' END AS direction
  WITH r, b, direction, type(r) + '|' + direction + '|' + b.id AS key
  ORDER BY r.weight DESC, key
  LIMIT $limit
  RETURN collect({
    type: type(r), direction: direction, weight: r.weight, former: coalesce(r.former, false), evidence: r.evidence[0..$evidence], key: key,
    node: b {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles},
    sentences: COLLECT {
      UNWIND r.evidence[0..$evidence] AS sentenceId
      MATCH (s:Sentence {id: sentenceId})-[:IN_ARTICLE]->(x:Article)
      RETURN {
        sentence: s {.id, .articleId, .index, .start, .end, .text},
        article: x {.id, .title, .url, .publishedAt, .publishedSort, .ingestedAt, .sentenceCount}
      }
    }
  }) AS edges
}
RETURN id, a {.id, .kind, .name, .aliases, .mentionCount, .articleCount, .roles, .type, .subtype, .factuality, .date, .dateText, placeId: null} AS node, edges
