// Articles whose entity aggregates were never refreshed (a crash between the two transactions).
// $limit: how many to return
MATCH (a:Article)
WHERE a.pendingAggregates = true
RETURN a.id AS id
LIMIT $limit
