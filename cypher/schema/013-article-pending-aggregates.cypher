// Finds articles whose entity aggregates still need refreshing (crash recovery).
// returns: nothing
CREATE INDEX article_pending_aggregates IF NOT EXISTS FOR (a:Article) ON (a.pendingAggregates)
