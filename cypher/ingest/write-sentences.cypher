// Writes the article's sentences (the unit of evidence) and links them to the article.
// $articleId: article id
// $sentences: [{id, index, start, end, text}]
MATCH (a:Article {id: $articleId})
UNWIND $sentences AS row
MERGE (s:Sentence {id: row.id})
SET s.articleId = $articleId, s.index = row.index, s.start = row.start, s.end = row.end, s.text = row.text
MERGE (s)-[:IN_ARTICLE]->(a)
