// The pins of an article, by article id (a split and the identity log list them).
// returns: nothing
CREATE INDEX link_pin_article IF NOT EXISTS FOR (p:LinkPin) ON (p.articleId)
