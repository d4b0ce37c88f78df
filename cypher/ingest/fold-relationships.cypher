// Folds the typed relationships claimed by the given pending articles (stored on each Article as
// parallel lists claimTypes/claimSources/claimTargets/claimSentences/claimFormer, types
// allow-listed at ingest) into entity-to-entity relationships: one MERGE per (type, source, target)
// per batch, evidence sentence ids and article ids unioned, weight = number of supporting sentences.
// formerArticleIds are the supporting articles that tell the tie as past (an article whose claims
// of it, after entity merges, disagree tells it as holding); former is true when every supporting
// article does. The folded articles' view replaces what the relationship held of them, so folding
// an article again (identity merges re-fold) never leaves a stale former mark. Articles written
// before claims carried former (no claimFormer) tell every tie as holding.
// $articleIds: [string] — article ids (locked and pending, from lock-pending-articles)
// returns: nothing
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
UNWIND range(0, size(coalesce(a.claimTypes, [])) - 1) AS i
WITH a.claimTypes[i] AS type, a.claimSources[i] AS sourceId, a.claimTargets[i] AS targetId,
     [x IN split(a.claimSentences[i], ',') | a.id + '#' + x] AS sentenceIds, a.id AS articleId,
     coalesce(a.claimFormer[i], false) AS former
WITH type, sourceId, targetId, articleId, reduce(acc = [], ids IN collect(sentenceIds) | acc + ids) AS sentenceIds,
     all(f IN collect(former) WHERE f) AS former
WITH type, sourceId, targetId, reduce(acc = [], ids IN collect(sentenceIds) | acc + ids) AS evidence,
     collect(articleId) AS articleIds, collect(CASE WHEN former THEN articleId END) AS formerArticleIds
ORDER BY sourceId, targetId, type
MATCH (s:Entity {id: sourceId})
MATCH (t:Entity {id: targetId})
// Two entities merged into one make a claim between them a self-loop: it says nothing.
WITH s, t, type, evidence, articleIds, formerArticleIds WHERE s <> t
MERGE (s)-[r:$(type)]->(t)
WITH r, evidence, articleIds, formerArticleIds
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
CALL (r, articleIds, formerArticleIds) {
  UNWIND [x IN coalesce(r.formerArticleIds, []) WHERE NOT x IN articleIds] + formerArticleIds AS x
  WITH DISTINCT x ORDER BY x
  RETURN collect(x) AS allFormer
}
SET r.evidence = allEvidence, r.articleIds = allArticleIds, r.weight = size(allEvidence),
  r.formerArticleIds = allFormer, r.former = size(allFormer) = size(allArticleIds)
