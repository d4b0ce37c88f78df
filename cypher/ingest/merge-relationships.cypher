// Merges typed entity-to-entity relationships (type allow-listed by the caller) and appends this
// article's evidence sentences; weight = number of supporting sentences.
// $articleId: article id
// $relationships: [{type, sourceId, targetId, evidence: [sentenceId]}]
UNWIND $relationships AS row
MATCH (a:Entity {id: row.sourceId})
MATCH (b:Entity {id: row.targetId})
MERGE (a)-[r:$(row.type)]->(b)
WITH r, row
CALL (r, row) {
  UNWIND coalesce(r.evidence, []) + row.evidence AS x
  WITH DISTINCT x ORDER BY x
  RETURN collect(x) AS evidence
}
CALL (r) {
  UNWIND coalesce(r.articleIds, []) + [$articleId] AS x
  WITH DISTINCT x ORDER BY x
  RETURN collect(x) AS articleIds
}
SET r.evidence = evidence, r.articleIds = articleIds, r.weight = size(evidence)
