// Every mention in the given articles with the entity it resolved to (npm run eval:identity
// compares them with the generated corpus's gold).
// $articleIds: [string] — article ids
// returns: articleId: string, mentions: [{start: int, end: int, entityId: string}]
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
RETURN a.id AS articleId,
  [(s:Sentence {articleId: a.id})-[m:MENTIONS]->(e:Entity) | {start: m.start, end: m.end, entityId: e.id}] AS mentions
