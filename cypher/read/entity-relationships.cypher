// A page of typed relationships for each entity, strongest first (weight DESC, then a stable key
// of type, direction and other end). The type list is the allow-list of RELATIONSHIP_TYPES, so the
// expand only touches typed relationships, never MENTIONS or HAS_ENTITY. The first $evidence
// evidence sentences of each edge kept come with it, with their article (0 when the query does not
// ask for evidence), so an entity card costs one round trip for its edges and their sentences.
// The entity itself comes with them, projected as read/entities-by-id projects it, so the card
// (entity + relationships + evidence) is one statement: Query.entity looks ahead and loads this
// page first, and the by-id loader is answered from it.
// former: every supporting article tells the tie as past (false on relationships stored before).
// Only the first $evidence ids of an edge come back: a hub's strongest ties hold thousands (the
// card's 21 edges held 3,647 ids, 47 KB, decoded on every request to show one sentence each).
// $ids: [string] — entity ids
// $types: [RelationshipType]? — relationship types to keep, or null for all
// $direction: 'OUT' | 'IN' | 'BOTH' — relative to the entity
// $former: boolean? — only former (true) or only current (false) relationships, or null for all
// $after: {weight: number, key: string}? — keyset cursor of the last edge already seen, or null
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
  WHERE ($types IS NULL OR type(r) IN $types) AND a <> b
    AND ($former IS NULL OR coalesce(r.former, false) = $former)
  WITH r, b, CASE WHEN startNode(r) = a THEN 'OUT' ELSE 'IN' END AS direction
  WHERE $direction = 'BOTH' OR direction = $direction
  WITH r, b, direction, type(r) + '|' + direction + '|' + b.id AS key
  WHERE $after IS NULL OR r.weight < $after.weight OR (r.weight = $after.weight AND key > $after.key)
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
