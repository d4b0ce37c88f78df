// Folds the typed relationships claimed by the given pending articles (stored on each Article as
// parallel lists claimTypes/claimSources/claimTargets/claimSentences, types allow-listed at
// ingest) into entity-to-entity relationships: one MERGE per (type, source, target) per batch,
// evidence sentence ids and article ids unioned, weight = number of supporting sentences.
// $articleIds: [string] — article ids (locked and pending, from lock-pending-articles)
// returns: nothing
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
UNWIND range(0, size(coalesce(a.claimTypes, [])) - 1) AS i
WITH a.claimTypes[i] AS type, a.claimSources[i] AS sourceId, a.claimTargets[i] AS targetId,
     [x IN split(a.claimSentences[i], ',') | a.id + '#' + x] AS sentenceIds, a.id AS articleId
WITH type, sourceId, targetId, reduce(acc = [], ids IN collect(sentenceIds) | acc + ids) AS evidence,
     collect(articleId) AS articleIds
ORDER BY sourceId, targetId, type
MATCH (s:Entity {id: sourceId})
MATCH (t:Entity {id: targetId})
// Two entities merged into one make a claim between them a self-loop: it says nothing.
WITH s, t, type, evidence, articleIds WHERE s <> t
MERGE (s)-[r:$(type)]->(t)
WITH r, evidence, articleIds
CALL (r, evidence) {
  UNWIND coalesce(r.evidence, []) + evidence AS x
  WITH DISTINCT x ORDER BY x
  RETURN collect(x) AS allEvidence
}
CALL (r, articleIds) {
  UNWIND coalesce(r.articleIds, []) + articleIds AS x
  WITH DISTINCT x ORDER BY x
  RETURN collect(x) AS allArticleIds
}
SET r.evidence = allEvidence, r.articleIds = allArticleIds, r.weight = size(allEvidence)
