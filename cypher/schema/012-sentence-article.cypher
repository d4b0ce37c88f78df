// Finding an article's sentences by article id.
// returns: nothing
CREATE INDEX sentence_article IF NOT EXISTS FOR (s:Sentence) ON (s.articleId)
