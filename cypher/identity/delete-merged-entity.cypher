// Deletes the entity a merge emptied (its remaining identity links go with it). Returns the keys
// it was stored under and how many relationships it still had other than identity links (must be
// none: a merge moves everything else first).
// $id: string — entity id
// returns: keys: [string], leftOver: int
MATCH (e:Entity {id: $id})
WITH e, [(k:NameKey)-[:NAMES]->(e) | k.key] AS keys,
  COUNT { (e)-[r]-() WHERE NOT type(r) IN ['POSSIBLY_SAME_AS', 'DIFFERENT_FROM', 'NAMES'] } AS leftOver
DETACH DELETE e
RETURN keys, leftOver
