// Articles are keyed by their id (given, or a content hash of the text).
// returns: nothing
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE
