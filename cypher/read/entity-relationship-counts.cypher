// How many typed relationships each entity has (Relationship connection totalCount); counts only.
// $ids: [string] — entity ids
// $types: [RelationshipType]? — relationship types to count, or null for all
// $direction: 'OUT' | 'IN' | 'BOTH' — relative to the entity
// $former: boolean? — only former (true) or only current (false) relationships, or null for all
// returns: id: string, count: int
UNWIND $ids AS id
MATCH (a:Entity {id: id})
RETURN id, CASE $direction
  WHEN 'OUT' THEN COUNT { MATCH (a)-[r:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF]->(b:Entity) WHERE ($types IS NULL OR type(r) IN $types) AND a <> b
    AND ($former IS NULL OR coalesce(r.former, false) = $former) }
  WHEN 'IN' THEN COUNT { MATCH (a)<-[r:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF]-(b:Entity) WHERE ($types IS NULL OR type(r) IN $types) AND a <> b
    AND ($former IS NULL OR coalesce(r.former, false) = $former) }
  ELSE COUNT { MATCH (a)-[r:SPOUSE_OF|FAMILY_OF|LEADER_OF|MEMBER_OF|PART_OF|LOCATED_IN|CITIZEN_OF|SUPPORTS|OPPOSES|ALLY_OF]-(b:Entity) WHERE ($types IS NULL OR type(r) IN $types) AND a <> b
    AND ($former IS NULL OR coalesce(r.former, false) = $former) }
END AS count
