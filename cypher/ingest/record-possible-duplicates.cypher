// Records that a new entity might be an existing one, with the linker's score and reasons, for
// an analyst to merge or keep apart (Entity.possibleDuplicates). articleId: the article whose
// linking found it (removed with that article). Pairs kept apart by a decision are skipped.
// $articleId: string — article id
// $pairs: [{fromId: string, toId: string, score: number, reasons: [string]}] — new entity, candidate
// returns: nothing
UNWIND $pairs AS row
MATCH (a:Entity {id: row.fromId})
MATCH (b:Entity {id: row.toId})
WHERE NOT EXISTS { (a)-[:DIFFERENT_FROM]-(b) } AND a <> b
MERGE (a)-[p:POSSIBLY_SAME_AS]->(b)
SET p.score = row.score, p.reasons = row.reasons, p.articleId = $articleId
