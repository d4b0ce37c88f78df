// Writes the article's sentences (the unit of evidence) and links them to the article. Index and
// offsets are stored as integers (a JS number arrives as a Float).
// $articleId: string — article id
// $sentences: [{id: string, index: number, start: number, end: number, text: string}] — the article's sentences
// returns: nothing
MATCH (a:Article {id: $articleId})
UNWIND $sentences AS row
MERGE (s:Sentence {id: row.id})
SET s.articleId = $articleId, s.index = toInteger(row.index), s.start = toInteger(row.start), s.end = toInteger(row.end), s.text = row.text
MERGE (s)-[:IN_ARTICLE]->(a)
