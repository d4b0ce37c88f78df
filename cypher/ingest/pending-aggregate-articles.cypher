// Articles whose entity aggregates were never refreshed (a crash between the two transactions).
// $limit: int — how many to return
// returns: id: string
MATCH (a:Article)
WHERE a.pendingAggregates = true
RETURN a.id AS id
LIMIT $limit
