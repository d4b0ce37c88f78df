// Removes the possible-duplicate links an article's linking recorded (before it is replaced or deleted).
// $articleId: string — article id
// $entityIds: [string] — the entities the article named (the links start at one of them)
// returns: nothing
UNWIND $entityIds AS id
MATCH (:Entity {id: id})-[p:POSSIBLY_SAME_AS]->()
WHERE p.articleId = $articleId
DELETE p
