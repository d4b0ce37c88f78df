// The events the given articles report, each with its type and the article's evidence sentences
// (npm run eval:identity compares them with the planted events).
// $articleIds: [string] — article ids
// returns: articleId: string, events: [{id: string, type: EventType, sentences: [{start: int, end: int}]}]
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
RETURN a.id AS articleId,
  [(a)-[:REPORTS]->(ev:Event) | {id: ev.id, type: ev.type,
    sentences: [(s:Sentence {articleId: a.id})-[:DESCRIBES]->(ev) | {start: s.start, end: s.end}]}] AS events
