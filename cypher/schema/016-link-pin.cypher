// A merge or split pins an article's extracted entity to an entity (key: articleId|extractedId),
// so re-ingesting the article keeps the decision.
// returns: nothing
CREATE CONSTRAINT link_pin IF NOT EXISTS FOR (p:LinkPin) REQUIRE p.key IS UNIQUE
