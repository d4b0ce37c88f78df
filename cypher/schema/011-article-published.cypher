// Article lists ordered by publication date then id (keyset pagination).
// returns: nothing
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedSort, a.id)
