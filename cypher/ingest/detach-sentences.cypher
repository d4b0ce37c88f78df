// Deletes an article's sentences, and with them its mentions and event evidence.
// $articleId: string — article id
// returns: nothing
MATCH (s:Sentence {articleId: $articleId})
DETACH DELETE s
