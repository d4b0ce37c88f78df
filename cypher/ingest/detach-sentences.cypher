// Deletes an article's sentences, and with them its mentions and event evidence.
// $articleId: article id
MATCH (s:Sentence {articleId: $articleId})
DETACH DELETE s
